import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer as KafkaConsumer, type Producer } from 'kafkajs';
import { MAX_BATCH, type BatchHandler, type Consumer, type DomainEvent, type EventBus, type EventHandler } from './contract.ts';

/** Settings of the Kafka bus (EVENT_BUS=kafka). */
export interface KafkaBusOptions {
  /** host:port list (KAFKA_BROKERS). */
  brokers: string[];
  /** Topic and group name prefix, e.g. the REDIS_PREFIX of the deployment: `<prefix>events.<context>`. */
  prefix: string;
  /** Partitions of a topic the bus creates (KAFKA_TOPIC_PARTITIONS). Default: 6. */
  partitions?: number;
  /** Replication factor of a topic the bus creates (KAFKA_REPLICATION_FACTOR). Default: 1. */
  replicationFactor?: number;
  /** Client id in the brokers' logs and metrics. Default: worldgraph. */
  clientId?: string;
}

/**
 * The event bus on Kafka: one topic per context (`<prefix>events.<context>`), each event keyed by
 * its aggregate id, so one aggregate's events stay in one partition, in order; `consume` is a
 * Kafka consumer group per group name (at-least-once: offsets are committed after the handler
 * returns, so a throw delivers the batch again); `tail` joins a group of its own per process from
 * the latest offset (fan-out). Consumers stay idempotent: a rebalance may deliver an event twice.
 */
export class KafkaBus implements EventBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private connected?: Promise<void>;
  private readonly topicsReady = new Map<string, Promise<void>>();
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaBusOptions) {
    this.kafka = new Kafka({ clientId: options.clientId ?? 'worldgraph', brokers: options.brokers, logLevel: logLevel.NOTHING, retry: { retries: 5, initialRetryTime: 200 } });
    // Idempotent producer: a retried send is written once, in order, per partition.
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.admin = this.kafka.admin();
  }

  topic(context: string): string {
    return `${this.options.prefix}events.${context}`.replace(/[^a-zA-Z0-9._-]/g, '_');
  }

  private group(name: string): string {
    return `${this.options.prefix}${name}`.replace(/[^a-zA-Z0-9._-]/g, '_');
  }

  private connect(): Promise<void> {
    this.connected ??= Promise.all([this.producer.connect(), this.admin.connect()]).then(
      () => undefined,
      (error) => {
        this.connected = undefined; // tried again on the next call
        throw error;
      },
    );
    return this.connected;
  }

  /** Creates the contexts' topics once (partitions and replication from the options). */
  private async ensureTopics(contexts: string[]): Promise<void> {
    await this.connect();
    const missing = contexts.map((c) => this.topic(c)).filter((t) => !this.topicsReady.has(t));
    if (missing.length) {
      const created = this.admin
        .createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 6, replicationFactor: this.options.replicationFactor ?? 1 })),
        })
        .then(() => undefined);
      for (const topic of missing) this.topicsReady.set(topic, created);
      created.catch(() => missing.forEach((t) => this.topicsReady.delete(t)));
    }
    await Promise.all(contexts.map((c) => this.topicsReady.get(this.topic(c))));
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    const contexts = [...new Set(events.map((e) => e.context))];
    await this.ensureTopics(contexts);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: contexts.map((context) => ({
        topic: this.topic(context),
        messages: events.filter((e) => e.context === context).map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
      })),
    });
  }

  consume(group: string, contexts: string[], handler: EventHandler): Consumer {
    return this.consumeBatch(group, contexts, async (events) => {
      for (const event of events) await handler(event);
    });
  }

  consumeBatch(group: string, contexts: string[], handler: BatchHandler): Consumer {
    return this.run(this.group(group), contexts, true, handler);
  }

  tail(contexts: string[], handler: (event: DomainEvent) => void): Consumer {
    // A group of its own per process and tail: every process sees every event, from now on.
    return this.run(this.group(`tail-${process.pid}-${randomUUID().slice(0, 8)}`), contexts, false, async (events) => events.forEach(handler));
  }

  /** Runs one Kafka consumer until stopped; failures (brokers away, a handler threw) are retried. */
  private run(groupId: string, contexts: string[], fromBeginning: boolean, handler: BatchHandler): Consumer {
    let consumer: KafkaConsumer | undefined;
    let running = true;
    const start = async () => {
      while (running) {
        try {
          await this.ensureTopics(contexts);
          consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 500, sessionTimeout: 10_000, heartbeatInterval: 1_000, allowAutoTopicCreation: false, retry: { retries: 10 } });
          await consumer.connect();
          await consumer.subscribe({ topics: contexts.map((c) => this.topic(c)), fromBeginning });
          await consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
              // A partition's messages, in order, in slices of MAX_BATCH; committed once handled.
              for (let i = 0; i < batch.messages.length && isRunning() && !isStale(); i += MAX_BATCH) {
                const slice = batch.messages.slice(i, i + MAX_BATCH);
                await handler(slice.map((m) => JSON.parse(m.value!.toString()) as DomainEvent));
                resolveOffset(slice.at(-1)!.offset);
                await consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(slice.at(-1)!.offset) + 1n).toString() }]);
                await heartbeat();
              }
            },
          });
          return;
        } catch {
          await consumer?.disconnect().catch(() => {});
          if (running) await new Promise((r) => setTimeout(r, 1_000));
        }
      }
    };
    const started = start();
    const handle: Consumer = {
      stop: async () => {
        running = false;
        this.consumers.delete(handle);
        await started;
        await consumer?.disconnect().catch(() => {});
        // A tail's group is of no use once it stopped.
        if (!fromBeginning) await this.admin.deleteGroups([groupId]).catch(() => {});
      },
    };
    this.consumers.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.stop()));
    await this.producer.disconnect().catch(() => {});
    await this.admin.disconnect().catch(() => {});
  }
}
