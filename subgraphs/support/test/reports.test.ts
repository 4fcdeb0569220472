// Reports through the router: folding per target and reporter, the moderation queue, outcomes as
// domain events (UserLimited is what accounts applies as a profile limitation).
import { randomUUID } from 'node:crypto';
import { adminToken, closeDatabases, database, gql, registerUser, serviceToken, stack } from '@worldgraph/testenv';
import { codeOf, DECIDE, eventually, ok, QUEUE, REPORT, staffUser } from './helpers.ts';

afterAll(closeDatabases);

const openReport = async (token: string, targetId: string) => {
  for (let after: string | null = null; ; ) {
    const { reportQueue }: any = await ok(QUEUE, { s: 'OPEN', first: 100, after }, token);
    const found = reportQueue.edges.find((e: any) => e.node.targetId === targetId);
    if (found) return found.node;
    if (!reportQueue.pageInfo.hasNextPage) return null;
    after = reportQueue.pageInfo.endCursor;
  }
};
const eventsOf = async (reportId: string) =>
  (await database('support').query('SELECT type, payload FROM outbox_events WHERE aggregate_id = $1 OR payload->>\'reportId\' = $1 ORDER BY id', [reportId])).rows;

test('reports of one target fold into one, each reporter counted once, even when sent together', async () => {
  const target = await registerUser();
  const reporters = await Promise.all([registerUser(), registerUser(), registerUser()]);
  const staff = await staffUser();
  const results = await Promise.all(
    [...reporters, reporters[0]!, reporters[1]!].map((r, i) => ok(REPORT, { i: { targetType: 'USER', targetId: target.id, reason: `spam ${i}` } }, r.accessToken)),
  );
  expect(new Set(results.map((r) => r.report.id)).size).toBe(1);
  const report = await openReport(staff.staffToken, target.id);
  expect(report.reporterCount).toBe(3);
  expect(report.reasons).toHaveLength(3);
  expect(report.reasons.map((r: any) => r.reporter.id).sort()).toEqual(reporters.map((r) => r.id).sort());

  // A message reported by one user is its own report.
  const messageId = randomUUID();
  const { report: message } = await ok(REPORT, { i: { targetType: 'MESSAGE', targetId: messageId, reason: 'insult' } }, reporters[0]!.accessToken);
  expect(message.id).not.toBe(results[0]!.report.id);
  expect((await openReport(staff.staffToken, messageId)).reporterCount).toBe(1);

  // Refusals.
  expect(await codeOf(REPORT, { i: { targetType: 'USER', targetId: reporters[0]!.id, reason: 'me' } }, reporters[0]!.accessToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(REPORT, { i: { targetType: 'USER', targetId: 'nobody', reason: 'x' } }, reporters[0]!.accessToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(REPORT, { i: { targetType: 'EVENT', targetId: 'e1', reason: ' ' } }, reporters[0]!.accessToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(QUEUE, { s: 'OPEN' }, reporters[0]!.accessToken)).toBe('FORBIDDEN');
  expect(await codeOf('query { reportQueue { edges { node { id } } } }', {})).toBe('UNAUTHENTICATED');
});

test('outcomes: dismissed, warned and limited, each a domain event; limited names the user, the kind and the end', async () => {
  const [offender, reporter, other] = await Promise.all([registerUser(), registerUser(), registerUser()]);
  const staff = await staffUser();
  const file = (targetType: string, targetId: string) => ok(REPORT, { i: { targetType, targetId, reason: 'rude' } }, reporter.accessToken).then((r) => r.report.id as string);

  const dismissed = await file('FEATURE', `parcel-${randomUUID().slice(0, 8)}`);
  const { decideReport: d } = await ok(DECIDE, { i: { reportId: dismissed, outcome: 'DISMISSED', note: 'fine' } }, staff.staffToken);
  expect(d).toMatchObject({ status: 'DECIDED', outcome: 'DISMISSED', subjectUser: null });
  expect(await codeOf(DECIDE, { i: { reportId: dismissed, outcome: 'WARNED', userId: offender.id } }, staff.staffToken)).toBe('CONFLICT');
  expect((await eventsOf(dismissed)).map((e) => e.type)).toEqual(['ReportFiled', 'ReportDecided']);

  const warned = await file('USER', other.id);
  const { decideReport: w } = await ok(DECIDE, { i: { reportId: warned, outcome: 'WARNED', note: 'be nice' } }, staff.staffToken);
  expect(w).toMatchObject({ outcome: 'WARNED', subjectUser: { id: other.id } });
  expect((await eventsOf(warned)).map((e) => e.type)).toEqual(['ReportFiled', 'ReportDecided', 'UserWarned']);

  // A message's report: staff name its author.
  const message = await file('MESSAGE', randomUUID());
  expect(await codeOf(DECIDE, { i: { reportId: message, outcome: 'LIMITED', limitation: 'CANNOT_CHAT', until: new Date(Date.now() + 86_400_000).toISOString() } }, staff.staffToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(DECIDE, { i: { reportId: message, outcome: 'LIMITED', userId: offender.id, limitation: 'CANNOT_CHAT', until: new Date(Date.now() - 1000).toISOString() } }, staff.staffToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(DECIDE, { i: { reportId: message, outcome: 'LIMITED', userId: offender.id, until: new Date(Date.now() + 1000).toISOString() } }, staff.staffToken)).toBe('BAD_USER_INPUT');
  const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const { decideReport: l } = await ok(DECIDE, { i: { reportId: message, outcome: 'LIMITED', userId: offender.id, limitation: 'CANNOT_CHAT', until, note: 'insults' } }, staff.staffToken);
  expect(l).toMatchObject({ outcome: 'LIMITED', subjectUser: { id: offender.id }, outcomeNote: 'insults' });
  // accounts holds the limitation; the contexts that act read it through its internal query.
  const { rows: inAccounts } = await database('accounts').query('SELECT kind, until, reason FROM user_limitations WHERE user_id = $1', [offender.id]);
  expect(inAccounts).toEqual([{ kind: 'CANNOT_CHAT', until: new Date(until), reason: 'insults' }]);
  const asked = await gql(
    'query ($u: [ID!]!) { internalUserLimitations(userIds: $u) { userId kind until } }',
    { u: [offender.id, other.id] },
    { token: await serviceToken('chat'), url: stack().subgraphs.accounts },
  );
  expect(asked.data?.internalUserLimitations).toEqual([{ userId: offender.id, kind: 'CANNOT_CHAT', until }]);
  const limited = (await eventsOf(message)).find((e) => e.type === 'UserLimited');
  expect(limited?.payload).toMatchObject({ userId: offender.id, kind: 'CANNOT_CHAT', until, reason: 'insults', reportId: message, by: staff.id });

  // The audit log records the outcomes (from support's events), with the staff member as actor.
  const audit = await eventually(
    async () => (await ok('query ($id: String!) { auditLog(filter: { context: "support", entityId: $id }, first: 20) { edges { node { action actor entityType } } } }', { id: offender.id }, await adminToken())).auditLog.edges.map((e: any) => e.node),
    (entries: any[]) => entries.some((e) => e.action === 'UserLimited'),
  );
  expect(audit).toContainEqual({ action: 'UserLimited', actor: staff.id, entityType: 'User' });

  // Decided reports leave the open queue; a new report of the same target opens a new one.
  const { reportQueue } = await ok(QUEUE, { s: 'DECIDED', first: 100 }, staff.staffToken);
  expect(reportQueue.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([dismissed, warned, message]));
  const again = await file('USER', other.id);
  expect(again).not.toBe(warned);
  expect(await codeOf(DECIDE, { i: { reportId: again, outcome: 'DISMISSED' } }, reporter.accessToken)).toBe('FORBIDDEN');
  expect(await codeOf(DECIDE, { i: { reportId: randomUUID(), outcome: 'DISMISSED' } }, staff.staffToken)).toBe('NOT_FOUND');
});

test('two staff deciding one report at once: one decision stands, the other is a CONFLICT', async () => {
  const [reporter, target] = await Promise.all([registerUser(), registerUser()]);
  const [a, b] = await Promise.all([staffUser(), staffUser()]);
  const { report } = await ok(REPORT, { i: { targetType: 'USER', targetId: target.id, reason: 'cheats' } }, reporter.accessToken);
  const results = await Promise.all([
    gql(DECIDE, { i: { reportId: report.id, outcome: 'WARNED' } }, { token: a.staffToken }),
    gql(DECIDE, { i: { reportId: report.id, outcome: 'DISMISSED' } }, { token: b.staffToken }),
  ]);
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  const { rows } = await database('support').query("SELECT type FROM outbox_events WHERE type = 'ReportDecided' AND payload->>'reportId' = $1", [report.id]);
  expect(rows).toHaveLength(1);
});

test("accounts' limitation fields are internal: not in the router's graph, refused to a user's token", async () => {
  const user = await registerUser();
  const LIMIT = 'mutation ($u: ID!) { internalLimitUser(userId: $u, kind: CANNOT_TRADE, until: "2099-01-01T00:00:00Z") { until } }';
  expect(await codeOf(LIMIT, { u: user.id }, user.accessToken)).toBe('GRAPHQL_VALIDATION_FAILED');
  const direct = await gql(LIMIT, { u: user.id }, { token: user.accessToken, url: stack().subgraphs.accounts });
  expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const { rows } = await database('accounts').query('SELECT 1 FROM user_limitations WHERE user_id = $1', [user.id]);
  expect(rows).toEqual([]);
});
