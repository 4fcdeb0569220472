import { randomUUID } from 'node:crypto';
import { createLogger, databaseUrl, openDatabase, type DomainEvent } from '@worldgraph/kit';
import { closeDatabases, database, registerUser, stack } from '@worldgraph/testenv';
import { Channels } from '../src/domain/channels.ts';
import { handleEvents } from '../src/domain/consumer.ts';
import { Inbox } from '../src/domain/inbox.ts';
import { Preferences } from '../src/domain/preferences.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { eventually, market, offer } from './helpers.ts';

const notificationsDb = openDatabase(PrismaClient, databaseUrl(stack().databaseUrl, `${stack().dbPrefix}notifications`));
const db = notificationsDb.prisma;
afterAll(async () => {
  await notificationsDb.close();
  await closeDatabases();
});

const failing = { send: () => Promise.reject(new Error('provider down')) };
const rowsOf = async (eventId: string) =>
  (await database('notifications').query('SELECT id, user_id::text FROM notifications WHERE source_event_id = $1', [eventId])).rows;

describe('a redelivered event', () => {
  it('creates its notification once, with one NotificationAdded, and a failing provider changes nothing', async () => {
    const seller = await registerUser();
    const event: DomainEvent = {
      id: `features:test-${randomUUID()}`,
      context: 'features',
      type: 'BuyRequestCreated',
      aggregateId: 'br_x',
      payload: { requestId: 'br_x', featureId: 'f_x', buyerId: randomUUID(), sellerId: seller.id },
      occurredAt: new Date().toISOString(),
    };
    const channels = new Channels({ email: failing, sms: failing }, createLogger('test', 'silent'));
    const preferences = new Preferences(db, { email: ['buy_request_received'], sms: ['buy_request_received'] });
    const handle = handleEvents(new Inbox(db, preferences, notificationsDb.sql), channels);
    await handle([event, event]); // twice in one batch
    await handle([event]); // and redelivered
    const rows = await rowsOf(event.id);
    expect(rows).toEqual([{ id: expect.any(String), user_id: seller.id }]);
    // One event, carrying the whole row (what a live subscriber shows without a read of its own).
    const { rows: outbox } = await database('notifications').query("SELECT type, aggregate_id, payload FROM outbox_events WHERE payload->>'notificationId' = $1", [rows[0].id]);
    const { rows: [n] } = await database('notifications').query('SELECT id, kind::text, title, body, data, created_at FROM notifications WHERE id = $1', [rows[0].id]);
    expect(outbox).toEqual([
      {
        type: 'NotificationAdded',
        aggregate_id: seller.id,
        payload: {
          type: 'NotificationAdded',
          userId: seller.id,
          notificationId: n.id,
          notification: { id: n.id, userId: seller.id, kind: 'buy_request_received', title: n.title, body: n.body, data: n.data, createdAt: n.created_at.toISOString() },
        },
      },
    ]);
  });

  it('relayed again from the source outbox, it is absorbed by the consumer', async () => {
    const { owner, buyer, parcel } = await market();
    const requestId = await offer(buyer, parcel);
    await eventually(owner, (n) => n.some((x) => x.kind === 'buy_request_received'));
    // features relays the same outbox row again: the same event id reaches the bus twice.
    const features = database('features');
    const { rows } = await features.query(
      "UPDATE outbox_events SET published_at = NULL WHERE type = 'BuyRequestCreated' AND payload->>'requestId' = $1 RETURNING id",
      [requestId],
    );
    expect(rows).toHaveLength(1);
    for (;;) {
      const { rows: again } = await features.query('SELECT published_at FROM outbox_events WHERE id = $1', [rows[0].id]);
      if (again[0].published_at) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // Events are consumed in stream order: once a later offer is in, the replay was handled.
    const later = await registerUser();
    await offer(later, parcel);
    const nodes = await eventually(owner, (n) => n.filter((x) => x.kind === 'buy_request_received').length >= 2);
    expect(nodes.filter((x) => x.kind === 'buy_request_received').map((x) => x.data.requestId)).toEqual([expect.not.stringMatching(requestId), requestId]);
  });
});
