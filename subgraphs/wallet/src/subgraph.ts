import { ChildPermissionsProjection, createPrismaClient, defineSubgraph, groupedLoader } from '@worldgraph/kit';
import { loadWalletConfig } from './config.ts';
import type { WalletContext } from './context.ts';
import { Wallet } from './domain/wallet.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** wallet: balances per asset, the ledger, transfers and internal movements for other contexts. */
export const wallet = defineSubgraph<WalletContext>({
  name: 'wallet',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/wallet/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadWalletConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    const service = new Wallet(db, config.WALLET_ASSETS, runtime);
    // Children's spending limits, replicated from social's events (never asked of social while paying).
    const childPermissions = new ChildPermissionsProjection(db, runtime.logger).follow(runtime.events, 'wallet');
    return {
      context: (base) => ({
        ...base,
        wallet: service,
        live: runtime.live,
        balances: groupedLoader(
          (userIds) => db.balance.findMany({ where: { userId: { in: [...userIds] } } }),
          (b) => b.userId,
        ),
      }),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await childPermissions.stop();
        await db.$disconnect();
      },
    };
  },
});
