import { TokenVerifier } from './auth.ts';
import { baseConfigSchema, ConfigError, loadConfig, type BaseConfig } from './config.ts';
import { createEventBus, type EventBus } from './events/bus.ts';
import { LiveEvents } from './events/live.ts';
import { createKeyValueStore, type KeyValueStore } from './kv.ts';
import { devSecret } from './secrets.ts';

/** What the subgraphs and the router of one process share: config, the key-value store, token checks. */
export interface ProcessParts {
  config: BaseConfig & { SERVICE_TOKEN_SECRET: string };
  kv: KeyValueStore;
  /** Domain-event streams: Redis Streams with REDIS_URL, else in process. */
  events: EventBus;
  /** Live events fanned out to this process's subscriptions. */
  live: LiveEvents;
  /** Closes the shared connections. */
  close(): Promise<void>;
  /** For subgraphs: user access tokens and service credentials. */
  verifier: TokenVerifier;
  /** For the router, which faces the internet: user access tokens only. */
  publicVerifier: TokenVerifier;
}

/**
 * Reads the base config and opens the shared parts. `subgraphUrls` is read lazily: the JWKS
 * endpoint is accounts' unless AUTH_JWKS_URL says otherwise.
 */
export function createProcessParts(subgraphUrls: Map<string, string>, env: NodeJS.ProcessEnv = process.env): ProcessParts {
  const base = loadConfig(baseConfigSchema, env);
  if (base.NODE_ENV === 'production' && !base.SERVICE_TOKEN_SECRET) throw new ConfigError('SERVICE_TOKEN_SECRET is required in production');
  const config = { ...base, SERVICE_TOKEN_SECRET: base.SERVICE_TOKEN_SECRET ?? devSecret(base.DATA_DIR, 'service-token-secret') };
  const kv = createKeyValueStore(config.REDIS_URL, config.REDIS_PREFIX);
  if (config.EVENT_BUS === 'kafka' && !config.KAFKA_BROKERS) throw new ConfigError('EVENT_BUS=kafka needs KAFKA_BROKERS');
  const events = createEventBus(config.REDIS_URL, config.REDIS_PREFIX, {
    kafka:
      config.EVENT_BUS === 'kafka'
        ? { brokers: config.KAFKA_BROKERS!.split(',').map((b) => b.trim()), partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_REPLICATION_FACTOR }
        : undefined,
  });
  const live = new LiveEvents(events);
  const accessKeys = () => {
    if (config.AUTH_JWKS_URL) return new URL(config.AUTH_JWKS_URL);
    const accounts = subgraphUrls.get('accounts');
    if (!accounts) throw new ConfigError('set AUTH_JWKS_URL or SUBGRAPH_URL_ACCOUNTS');
    return new URL('/.well-known/jwks.json', accounts);
  };
  const verifier = new TokenVerifier({ kv, accessKeys, serviceSecret: config.SERVICE_TOKEN_SECRET });
  const publicVerifier = new TokenVerifier({ kv, accessKeys });
  const close = async () => {
    await live.close();
    await events.close();
    await kv.close();
  };
  return { config, kv, events, live, close, verifier, publicVerifier };
}
