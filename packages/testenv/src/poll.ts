// The one wait of the test kit: what travels asynchronously (events through the bus, mail through
// SMTP, SMS through the outbox) is polled until it shows, never slept for.

/** How long a wait lasts by default: room for a loaded 2-core machine running several stacks. */
export const PATIENCE_MS = 30_000;

/** Pause between two reads. */
const INTERVAL_MS = 100;

/**
 * Reads `read` until `done` holds for its value, then answers that value; after `ms` (default
 * PATIENCE_MS) fails with `what` (or the last value) rather than asserting on timing.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = PATIENCE_MS, what?: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what ?? 'condition not met'} in ${ms} ms; last value ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
}
