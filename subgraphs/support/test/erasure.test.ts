// Erasure: accounts' one UserErased event makes support forget what the person wrote.
import { closeDatabases, database, gql, registerUser } from '@worldgraph/testenv';
import { eventually, ok, openTicket, REPORT, RESPOND, staffUser } from './helpers.ts';

afterAll(closeDatabases);

test("an erased person's tickets, responses and report reasons go; others' reports keep their other reporters", async () => {
  const [person, other, target] = await Promise.all([registerUser(), registerUser(), registerUser()]);
  const staff = await staffUser();
  const ticket = await openTicket(person);
  await ok(RESPOND, { t: ticket.id, b: 'Looking into it' }, staff.staffToken);
  const othersTicket = await openTicket(other);
  await ok(RESPOND, { t: othersTicket.id, b: 'me too' }, other.accessToken);
  const { report } = await ok(REPORT, { i: { targetType: 'USER', targetId: target.id, reason: 'by the person' } }, person.accessToken);
  await ok(REPORT, { i: { targetType: 'USER', targetId: target.id, reason: 'by the other' } }, other.accessToken);
  const alone = (await ok(REPORT, { i: { targetType: 'EVENT', targetId: `event-${person.id}`, reason: 'only the person' } }, person.accessToken)).report;

  const erased = await gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: person.password }, { token: person.accessToken });
  expect(erased.errors).toBeUndefined();

  const db = database('support');
  const n = async (sql: string, params: unknown[]) => Number((await db.query(sql, params)).rows[0].n);
  await eventually(() => n('SELECT count(*) AS n FROM tickets WHERE author_id = $1', [person.id]), (v) => v === 0);
  await eventually(() => n('SELECT count(*) AS n FROM report_reporters WHERE reporter_id = $1', [person.id]), (v) => v === 0);
  expect(await n('SELECT count(*) AS n FROM ticket_responses WHERE ticket_id = $1', [ticket.id])).toBe(0);
  expect(await n('SELECT count(*) AS n FROM ticket_responses WHERE ticket_id = $1', [othersTicket.id])).toBe(1);
  expect((await db.query('SELECT reporter_count FROM reports WHERE id = $1', [report.id])).rows).toEqual([{ reporter_count: 1 }]);
  expect(await n('SELECT count(*) AS n FROM reports WHERE id = $1', [alone.id])).toBe(0);
});
