import { ConfigError, createPrismaClient, defineSubgraph, devSecret, isUserId, keyedLoader } from '@worldgraph/kit';
import { loadAccountsConfig } from './config.ts';
import type { AccountsContext } from './context.ts';
import { Accounts } from './domain/accounts.ts';
import { ApiKeys } from './domain/api-keys.ts';
import { Limitations } from './domain/limitations.ts';
import { Presence } from './domain/presence.ts';
import { LoginThrottle } from './domain/throttle.ts';
import { generatePrivateKeyPem, loadSigningKeys } from './domain/tokens.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** accounts: users, credentials, sessions, roles and profile; signs the access tokens. */
export const accounts = defineSubgraph<AccountsContext>({
  name: 'accounts',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/accounts/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadAccountsConfig();
    if (!config.JWT_PRIVATE_KEY && config.NODE_ENV === 'production') throw new ConfigError('JWT_PRIVATE_KEY is required in production');
    const pem = config.JWT_PRIVATE_KEY ?? devSecret(runtime.config.DATA_DIR, 'accounts-jwt.pem', generatePrivateKeyPem);
    const keys = await loadSigningKeys(pem);
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    const throttle = new LoginThrottle(runtime.kv, {
      slowAfter: config.LOGIN_SLOW_AFTER,
      addressSlowAfter: config.LOGIN_ADDRESS_SLOW_AFTER,
      maxDelayMs: config.LOGIN_MAX_DELAY_MS,
    });
    const service = new Accounts(db, keys, runtime.kv, throttle);
    const apiKeys = new ApiKeys(db, keys, runtime.kv);
    const limitations = new Limitations(db);
    if (config.BOOTSTRAP_ADMIN_PASSWORD) await service.bootstrapAdmin(config.BOOTSTRAP_ADMIN_PASSWORD);
    const presence = new Presence(db, config.PRESENCE_TIMEOUT_MS, runtime.logger);
    const sweeper = setInterval(() => presence.sweep().catch((err) => runtime.logger.error({ err }, 'presence sweep failed')), config.PRESENCE_SWEEP_MS);
    sweeper.unref();
    return {
      context: (base) => ({
        ...base,
        accounts: service,
        apiKeys,
        presence,
        limitations,
        live: runtime.live,
        users: keyedLoader(
          (ids) => db.user.findMany({ where: { id: { in: ids.filter(isUserId) } } }),
          (u) => u.id,
        ),
        usersByUsername: keyedLoader(
          (keys) => db.user.findMany({ where: { usernameKey: { in: [...keys] } } }),
          (u) => u.usernameKey,
        ),
      }),
      routes(router) {
        router.get('/.well-known/jwks.json', (_req, res) => {
          res.set('cache-control', 'public, max-age=300').json(keys.jwks);
        });
      },
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        clearInterval(sweeper);
        await db.$disconnect();
      },
    };
  },
});
