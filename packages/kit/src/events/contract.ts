// The event bus's contract: what every implementation (Redis streams, in process, Kafka) offers and
// what consumers rely on. Its own file, so implementations import it without importing each other.

/** A domain event as it travels between contexts: written to an outbox, relayed to a stream. */
export interface DomainEvent {
  /** `<context>:<outbox id>`: unique, so consumers can drop a redelivery. */
  id: string;
  context: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** Handles one event; a throw leaves it pending, to be delivered again. */
export type EventHandler = (event: DomainEvent) => Promise<void>;

/**
 * What a batch handler answers when it wrote no events to its own context's outbox: that
 * context's relay is then not woken for nothing after the batch (a relay round is two statements;
 * social and progression write events for few of the batches they consume). Any other answer wakes
 * it; a wrong answer only leaves the events to the relay's poll.
 */
export const NO_EVENTS_WRITTEN = Symbol('no events written');

/**
 * Handles the events that arrived together (each context's in stream order); a throw leaves the
 * whole batch pending, to be delivered again. One transaction per batch instead of one per event
 * is what keeps a consumer (the audit chain, the inbox) behind a busy write path.
 */
export type BatchHandler = (events: DomainEvent[]) => Promise<void | typeof NO_EVENTS_WRITTEN>;

/** Most events of one context handed to a batch handler at once. */
export const MAX_BATCH = 100;

/** Turns a per-event handler into a batch handler (one event after the other). */
export const oneByOne =
  (handler: EventHandler): BatchHandler =>
  async (events) => {
    for (const event of events) await handler(event);
  };

/** A running consumer of some contexts' streams. */
export interface Consumer {
  stop(): Promise<void>;
}

/**
 * Durable domain-event streams, one per context, read by consumer groups with at-least-once
 * delivery: Redis Streams when REDIS_URL is set, in process otherwise (a single-process run).
 */
export interface EventBus {
  /** Appends events to their contexts' streams; resolves once they are stored. */
  publish(events: DomainEvent[]): Promise<void>;
  /** Delivers every event of `contexts` to `handler` once per group, from the start of each stream. */
  consume(group: string, contexts: string[], handler: EventHandler): Consumer;
  /** As `consume`, handing over what arrived together (up to MAX_BATCH events of each context). */
  consumeBatch(group: string, contexts: string[], handler: BatchHandler): Consumer;
  /**
   * Delivers to `handler` every event of `contexts` published from now on, in every process that
   * tails (fan-out, not a group): what live subscriptions are fed from. After a Redis outage it
   * goes on from the last event it saw, so nothing published meanwhile is skipped.
   */
  tail(contexts: string[], handler: (event: DomainEvent) => void): Consumer;
  close(): Promise<void>;
}
