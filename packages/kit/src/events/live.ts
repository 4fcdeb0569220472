import { Counter, Gauge } from 'prom-client';
import type { Consumer, DomainEvent, EventBus } from './bus.ts';
import { createChannel } from './channel.ts';

export { SlowConsumerError } from './channel.ts';

/** Live subscriptions open in this process (every subgraph's), read by tests and dashboards. */
const liveSubscriptions = new Gauge({ name: 'live_event_subscriptions', help: 'Live domain-event subscriptions open in this process' });
/** Live subscriptions started in this process, never down: a test knows its own has started when it rises (testenv subscribe). */
const liveSubscriptionsStarted = new Counter({ name: 'live_event_subscriptions_started_total', help: 'Live domain-event subscriptions started in this process' });


/** Options of one live subscription. */
export interface LiveSubscribeOptions {
  /** Keeps only the events this subscriber asked for. Default: all. */
  filter?: (event: DomainEvent) => boolean;
  /** Events waiting for a slow subscriber before it is dropped. Default: 256. */
  maxBuffered?: number;
}

type Listener = { contexts: Set<string>; push(event: DomainEvent): void };

/**
 * Live domain events for GraphQL subscriptions: one tail of the bus per process (every replica
 * sees every event), fanned out in memory to each subscription through a bounded buffer, so a
 * slow subscriber is dropped instead of growing memory.
 */
export class LiveEvents {
  private readonly listeners = new Set<Listener>();
  private readonly tails = new Map<string, Consumer>();

  constructor(private readonly bus: EventBus) {}

  /**
   * Starts following `contexts` now rather than at their first subscription, so that the first
   * subscriber does not wait for the tail to find its place in the stream. Subgraphs with
   * subscriptions call it at start.
   */
  follow(contexts: string[]): void {
    for (const context of contexts) {
      if (!this.tails.has(context)) this.tails.set(context, this.bus.tail([context], (e) => this.dispatch(e)));
    }
  }

  /** An async iterator of the events of `contexts` published from now on. */
  subscribe(contexts: string[], options: LiveSubscribeOptions = {}): AsyncIterableIterator<DomainEvent> {
    const { filter, maxBuffered = 256 } = options;
    this.follow(contexts);
    const channel = createChannel<DomainEvent>(maxBuffered, () => {
      if (this.listeners.delete(listener)) liveSubscriptions.dec();
    });
    const listener: Listener = {
      contexts: new Set(contexts),
      push: (event) => {
        if (!filter || filter(event)) channel.push(event);
      },
    };
    this.listeners.add(listener);
    liveSubscriptions.inc();
    liveSubscriptionsStarted.inc();
    return channel.iterator;
  }

  /** Subscriptions open in this process. */
  get size(): number {
    return this.listeners.size;
  }

  private dispatch(event: DomainEvent) {
    for (const l of this.listeners) if (l.contexts.has(event.context)) l.push(event);
  }

  async close(): Promise<void> {
    liveSubscriptions.dec(this.listeners.size);
    this.listeners.clear();
    await Promise.all([...this.tails.values()].map((t) => t.stop()));
    this.tails.clear();
  }
}

/**
 * Maps a live feed for a subscription resolver: `fn` turns each event into the value to send, or
 * undefined to skip it. Unlike an async generator, returning it (the client unsubscribed) reaches
 * the feed at once; a generator parked on its next event would hold the listener until one came.
 */
export function mapLive<T, U>(source: AsyncIterableIterator<T>, fn: (value: T) => Promise<U | undefined> | U | undefined): AsyncIterableIterator<U> {
  const iterator: AsyncIterableIterator<U> = {
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done) return { done: true, value: undefined };
        const mapped = await fn(r.value);
        if (mapped !== undefined) return { done: false, value: mapped };
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
