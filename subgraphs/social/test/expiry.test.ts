// The expiry job on the stack's social database: overdue requests become expired, with their event.
import { createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { closeDatabases, database, registerUser, stack } from '@worldgraph/testenv';
import { Dynasties } from '../src/domain/dynasties.ts';
import { Members } from '../src/domain/members.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { dynastyOn, ok, boughtParcel, SEND } from './helpers.ts';

afterAll(() => closeDatabases());

test('the job marks overdue requests expired once, each with a JoinRequestExpired event', async () => {
  const db = createPrismaClient(PrismaClient, databaseUrl(stack().databaseUrl, `${stack().dbPrefix}social`), { poolSize: 2 });
  try {
    const members = new Members(db, new Dynasties(db, {} as never, 100, {} as never), 3_600_000, async () => true);
    const { dynastyId } = await dynastyOn(boughtParcel);
    const asker = await registerUser();
    const { sendJoinRequest } = await ok(SEND, { i: { dynastyId } }, asker.accessToken);
    await database('social').query("UPDATE join_requests SET expires_at = now() - interval '1 second' WHERE id = $1", [sendJoinRequest.id]);
    // Twice (as two replicas' jobs might): the request expires once.
    await Promise.all([members.expireDue(), members.expireDue()]);
    const { rows } = await database('social').query(
      "SELECT (SELECT status::text FROM join_requests WHERE id = $1) AS status, (SELECT count(*)::int FROM outbox_events WHERE type = 'JoinRequestExpired' AND payload->>'requestId' = $1::text) AS events",
      [sendJoinRequest.id],
    );
    expect(rows[0]).toEqual({ status: 'expired', events: 1 });
  } finally {
    await db.$disconnect();
  }
});
