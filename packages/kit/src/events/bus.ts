import type { ChainableCommander, Redis } from 'ioredis';
import { closeRedis, connectRedis, parseSentinelUrl } from '../redis.ts';
import { MAX_BATCH, oneByOne, type BatchHandler, type Consumer, type DomainEvent, type EventBus, type EventHandler } from './contract.ts';
import { KafkaBus, type KafkaBusOptions } from './kafka.ts';
import { measured } from './measured.ts';

export * from './contract.ts';

/** Tuning of the Redis bus. */
export interface EventBusOptions {
  /**
   * A pending entry idle this long (ms) belongs to a consumer that is gone (a replica stopped
   * mid-batch): a starting consumer of the group claims it, so none is left behind. Default: 60000.
   */
  claimIdleMs?: number;
  /** Kafka instead of Redis streams (EVENT_BUS=kafka): topics `<prefix>events.<context>` (kafka.ts). Default: none. */
  kafka?: Omit<KafkaBusOptions, 'prefix'>;
}

/** The bus of the configuration, its consumers measured (measured.ts: events handled, consumer lag). */
export function createEventBus(redisUrl: string | undefined, prefix: string, options: EventBusOptions = {}): EventBus {
  return measured(openEventBus(redisUrl, prefix, options));
}

function openEventBus(redisUrl: string | undefined, prefix: string, options: EventBusOptions): EventBus {
  if (options.kafka) return new KafkaBus({ ...options.kafka, prefix });
  return redisUrl ? new RedisStreamsBus(redisUrl, prefix, options.claimIdleMs ?? 60_000) : new InProcessBus();
}

/** What XREAD and XREADGROUP answer: per stream, its entries as [id, [field, value, …]]. */
type StreamBatch = [string, [string, string[]][]][] | null;

/** The tails of a Redis bus (RedisStreamsBus.tail): one read loop for them all. */
interface Tailing {
  last: Map<string, string | Promise<string | undefined>>;
  entries: Set<{ streams: Set<string>; handler: (event: DomainEvent) => void }>;
  consumer?: Consumer;
}

/** Keeps about this many events per stream; consumers read far faster than that piles up. */
const STREAM_LENGTH = 100_000;

/** Adds the XACKs of handled entries (per stream, their ids) of `group` to a pipeline; returns it. */
function acknowledging(pipeline: ChainableCommander, group: string, handled: [string, string[]][]): ChainableCommander {
  for (const [stream, ids] of handled) pipeline.xack(stream, group, ...ids);
  return pipeline;
}

class RedisStreamsBus implements EventBus {
  private readonly writer: Redis;
  /** Replicas that must hold a publish (Sentinel's waitReplicas; none for a single server). */
  private readonly waitReplicas: number;
  constructor(
    private readonly url: string,
    private readonly prefix: string,
    private readonly claimIdleMs: number,
  ) {
    // Commands fail fast while Redis is away: the outbox keeps the events until it is back.
    // Keys are prefixed by hand: ioredis' keyPrefix misses XGROUP's key.
    this.writer = connectRedis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.writer.on('error', () => {});
    this.waitReplicas = parseSentinelUrl(url)?.waitReplicas ?? 0;
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    const pipeline = this.writer.pipeline();
    for (const e of events) pipeline.xadd(this.key(e.context), 'MAXLEN', '~', STREAM_LENGTH, '*', 'event', JSON.stringify(e));
    if (this.waitReplicas) pipeline.wait(this.waitReplicas, 1_000);
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
    // Not yet on enough replicas: a failover now could lose them, so the outbox keeps them and
    // publishes again (consumers are idempotent).
    if (this.waitReplicas && (results.at(-1)![1] as number) < this.waitReplicas) {
      throw new Error(`events reached ${String(results.at(-1)![1])} of ${this.waitReplicas} Redis replicas within 1 s`);
    }
  }

  private key(context: string) {
    return `${this.prefix}events:${context}`;
  }

  /**
   * Runs `step` over and over on a blocking-read connection of its own until stopped; a failing
   * step (Redis away, a handler threw) is retried after `pauseMs`, once `onError` reset its state.
   */
  private reading(step: (reader: Redis) => Promise<void>, pauseMs: number, onError: () => void = () => {}): Consumer {
    const reader = connectRedis(this.url, { maxRetriesPerRequest: null });
    reader.on('error', () => {});
    let running = true;
    const done = (async () => {
      while (running) {
        try {
          await step(reader);
        } catch {
          onError();
          if (running) await new Promise((r) => setTimeout(r, pauseMs));
        }
      }
    })();
    return {
      stop: async () => {
        running = false;
        reader.disconnect();
        await done.catch(() => {});
      },
    };
  }

  consume(group: string, contexts: string[], handler: EventHandler): Consumer {
    return this.consumeBatch(group, contexts, oneByOne(handler));
  }

  consumeBatch(group: string, contexts: string[], handler: BatchHandler): Consumer {
    const consumerName = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const streams = contexts.map((c) => this.key(c));
    // First what this consumer was given and did not acknowledge, then new events.
    let cursor = '0';
    let groupsReady = false;
    /**
     * Entries handled and not yet acknowledged, per stream: their XACKs go to Redis with the next
     * read, in one pipeline (XACK first, so a re-read of this consumer's pending entries never sees
     * them), one socket write and one reply read per batch instead of two; under the purchase
     * benchmark each consumer group's separate XACK pipeline was about 1 % of the test stack's CPU.
     * Whatever is left when the consumer stops is acknowledged then; what a lost connection left
     * unacknowledged is delivered again (at least once, as before).
     */
    let handled: [string, string[]][] = [];
    const read = async (reader: Redis): Promise<StreamBatch> => {
      const args = ['GROUP', group, consumerName, 'COUNT', MAX_BATCH, 'BLOCK', 1000, 'STREAMS', ...streams, ...streams.map(() => cursor)] as const;
      if (!handled.length) return (await reader.xreadgroup(...args)) as StreamBatch;
      const pipeline = acknowledging(reader.pipeline(), group, handled);
      pipeline.xreadgroup(...args);
      handled = [];
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
      return results.at(-1)![1] as StreamBatch;
    };
    const step = async (reader: Redis) => {
      // (Again after an error: a Redis that restarted empty has lost the groups.)
      if (!groupsReady) {
        for (const stream of streams) {
          await reader.xgroup('CREATE', stream, group, '0', 'MKSTREAM').catch((e: Error) => {
            if (!e.message.includes('BUSYGROUP')) throw e;
          });
          // A consumer of this group that died (a replica stopped mid-batch) left entries pending
          // under its name; whoever starts next takes over those idle for a while, so none is lost.
          await reader.xautoclaim(stream, group, consumerName, this.claimIdleMs, '0', 'COUNT', 1_000, 'JUSTID');
        }
        groupsReady = true;
      }
      const batch = await read(reader);
      const events: DomainEvent[] = [];
      const ids: [string, string[]][] = [];
      for (const [stream, entries] of batch ?? []) {
        for (const [, fields] of entries) events.push(JSON.parse(fields[1]!) as DomainEvent);
        if (entries.length) ids.push([stream, entries.map(([entryId]) => entryId)]);
      }
      if (events.length) {
        await handler(events);
        handled = ids;
      } else if (cursor === '0') cursor = '>';
    };
    const consumer = this.reading(step, 1_000, () => {
      cursor = '0';
      groupsReady = false;
    });
    return {
      stop: async () => {
        await consumer.stop();
        const left = handled;
        handled = [];
        if (!left.length) return;
        // Redis away: delivered again later, as any unacknowledged entry.
        await acknowledging(this.writer.pipeline(), group, left).exec().catch(() => {});
      },
    };
  }

  /**
   * Every tail of this bus reads through one XREAD loop (one connection) over the streams of all of
   * them: a live process follows each of its contexts with subscriptions (nine in the whole stack),
   * and one blocking read per context was about three XREADs (three socket writes and replies) per
   * purchase in the buyFeature benchmark, where one read takes what arrived on every stream
   * (tools/bench/README.md). Each stream's place is the newest id when it is first tailed, found at
   * once (the tail sees what is published after that), and read on from its last event after a
   * Redis outage, as before.
   */
  tail(contexts: string[], handler: (event: DomainEvent) => void): Consumer {
    const tailing: Tailing = (this.tailing ??= { last: new Map(), entries: new Set() });
    const entry = { streams: new Set(contexts.map((c) => this.key(c))), handler };
    for (const stream of entry.streams) {
      if (tailing.last.has(stream)) continue;
      // Its place now, not at the loop's next read (up to a blocked read's second away); the loop
      // waits for it, and finds it itself if this lookup failed (the writer not connected yet).
      const found = this.writer.xrevrange(stream, '+', '-', 'COUNT', 1).then(
        ([top]) => (top?.[0] ?? '0-0') as string,
        () => undefined,
      );
      tailing.last.set(stream, found);
    }
    tailing.entries.add(entry);
    tailing.consumer ??= this.reading(this.tailStep(tailing), 500);
    return {
      stop: async () => {
        if (!tailing.entries.delete(entry)) return;
        // Streams no other tail reads are read no more.
        for (const stream of entry.streams) if (![...tailing.entries].some((e) => e.streams.has(stream))) tailing.last.delete(stream);
        if (tailing.entries.size || this.tailing !== tailing) return;
        this.tailing = undefined;
        await tailing.consumer?.stop();
      },
    };
  }

  /** The tails of this bus: each stream's place (the last id read, or its lookup under way), and who reads what. */
  private tailing?: Tailing;

  /** One read of every tailed stream, handing each event to the tails of its stream. */
  private tailStep({ last, entries }: Tailing) {
    return async (reader: Redis) => {
      for (const [stream, at] of last) {
        if (typeof at === 'string') continue;
        const found = await at;
        if (found !== undefined) last.set(stream, found);
        else {
          const [top] = (await reader.xrevrange(stream, '+', '-', 'COUNT', 1)) as [string, string[]][];
          last.set(stream, top?.[0] ?? '0-0');
        }
      }
      const streams = [...last.keys()];
      if (!streams.length) return void (await new Promise((r) => setTimeout(r, 1_000))); // tails of no context
      const batch = (await reader.xread('COUNT', 500, 'BLOCK', 1000, 'STREAMS', ...streams, ...streams.map((s) => last.get(s) as string))) as StreamBatch;
      for (const [stream, read] of batch ?? []) {
        for (const [entryId, fields] of read) {
          last.set(stream, entryId);
          const event = JSON.parse(fields[1]!) as DomainEvent;
          for (const e of entries) if (e.streams.has(stream)) e.handler(event);
        }
      }
    };
  }

  async close(): Promise<void> {
    await closeRedis(this.writer);
  }
}

/** Streams kept in memory; each group reads each stream from its own offset. */
class InProcessBus implements EventBus {
  private readonly streams = new Map<string, DomainEvent[]>();
  private readonly wake = new Set<() => void>();
  private readonly tails = new Set<{ contexts: Set<string>; handler: (event: DomainEvent) => void }>();

  async publish(events: DomainEvent[]): Promise<void> {
    for (const e of events) {
      const stream = this.streams.get(e.context) ?? [];
      stream.push(e);
      this.streams.set(e.context, stream);
      for (const t of this.tails) if (t.contexts.has(e.context)) t.handler(e);
    }
    for (const w of this.wake) w();
  }

  tail(contexts: string[], handler: (event: DomainEvent) => void): Consumer {
    const entry = { contexts: new Set(contexts), handler };
    this.tails.add(entry);
    return { stop: async () => void this.tails.delete(entry) };
  }

  consume(group: string, contexts: string[], handler: EventHandler): Consumer {
    return this.consumeBatch(group, contexts, oneByOne(handler));
  }

  consumeBatch(_group: string, contexts: string[], handler: BatchHandler): Consumer {
    const offsets = new Map(contexts.map((c) => [c, 0]));
    let running = true;
    let wakeUp: () => void = () => {};
    const notify = () => wakeUp();
    this.wake.add(notify);
    const loop = async () => {
      while (running) {
        const batch: DomainEvent[] = [];
        const taken = new Map<string, number>();
        for (const context of contexts) {
          const stream = this.streams.get(context) ?? [];
          const from = offsets.get(context)!;
          const events = stream.slice(from, from + MAX_BATCH);
          batch.push(...events);
          taken.set(context, from + events.length);
        }
        if (batch.length) {
          try {
            await handler(batch);
            for (const [context, offset] of taken) offsets.set(context, offset);
          } catch {
            await new Promise((r) => setTimeout(r, 1_000)); // delivered again after a pause
          }
        } else await new Promise<void>((resolve) => ((wakeUp = resolve), setTimeout(resolve, 1_000)));
      }
    };
    const done = loop();
    return {
      stop: async () => {
        running = false;
        this.wake.delete(notify);
        wakeUp();
        await done;
      },
    };
  }

  async close(): Promise<void> {
    this.wake.clear();
    this.tails.clear();
  }
}
