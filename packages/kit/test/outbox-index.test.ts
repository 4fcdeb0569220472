import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The outbox relay reads the unpublished events in id order (OutboxRelay.relayOnce) through an index
// of exactly those rows; without it every read visits each event marked published since the last
// vacuum. Every context with an outbox must create it. Pure file reading: no database.

const PRISMA = new URL('../../../prisma', import.meta.url).pathname;

function migrationsOf(context: string): string {
  const dir = path.join(PRISMA, context, 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => readFileSync(path.join(dir, e.name, 'migration.sql'), 'utf8'))
    .join('\n');
}

const contexts = readdirSync(PRISMA, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(path.join(PRISMA, e.name)).includes('migrations'))
  .map((e) => e.name)
  .filter((context) => /CREATE TABLE "outbox_events"/.test(migrationsOf(context)));

describe('the outbox of every context', () => {
  it('is found in more than one context', () => expect(contexts.length).toBeGreaterThan(1));
  it.each(contexts)('%s: has the index of unpublished events in id order', (context) => {
    expect(migrationsOf(context)).toMatch(/CREATE INDEX "outbox_events_unpublished_idx" ON "outbox_events" \("id"\) WHERE "published_at" IS NULL/);
  });
});
