import { Gauge } from 'prom-client';
import type { Consumer, DomainEvent, EventBus } from './bus.ts';

/** Live subscriptions open in this process (every subgraph's), read by tests and dashboards. */
const liveSubscriptions = new Gauge({ name: 'live_event_subscriptions', help: 'Live domain-event subscriptions open in this process' });

/** Thrown into a subscriber's iterator when it fell too far behind: the connection is dropped. */
export class SlowConsumerError extends Error {
  override name = 'SlowConsumerError';
}

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
    const queue: DomainEvent[] = [];
    let waiting: ((r: IteratorResult<DomainEvent>) => void) | undefined;
    let failWaiting: ((e: Error) => void) | undefined;
    let failure: Error | undefined;
    let done = false;
    const listener: Listener = {
      contexts: new Set(contexts),
      push: (event) => {
        if (done || (filter && !filter(event))) return;
        if (waiting) {
          const resolve = waiting;
          waiting = failWaiting = undefined;
          resolve({ value: event, done: false });
        } else if (queue.length >= maxBuffered) {
          failure = new SlowConsumerError(`subscriber fell more than ${maxBuffered} events behind`);
          finish();
          failWaiting?.(failure);
        } else {
          queue.push(event);
        }
      },
    };
    const finish = () => {
      done = true;
      queue.length = 0;
      if (this.listeners.delete(listener)) liveSubscriptions.dec();
    };
    this.listeners.add(listener);
    liveSubscriptions.inc();
    const iterator: AsyncIterableIterator<DomainEvent> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (failure) return Promise.reject(failure);
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          waiting = resolve;
          failWaiting = reject;
        });
      },
      return: () => {
        finish();
        waiting?.({ value: undefined, done: true });
        waiting = failWaiting = undefined;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
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
