import type { IncomingMessage } from 'node:http';
import { ChildPermissionsProjection, defineSubgraph, groupedLoader, onUserErased, openDatabase, privacyLoader, VerifiedUsers, intervalJob } from '@worldgraph/kit';
import { loadWalletConfig, type WalletConfig } from './config.ts';
import type { WalletContext } from './context.ts';
import { ParsianGateway } from './domain/gateway.ts';
import { Orders } from './domain/orders.ts';
import { Referrals } from './domain/referrals.ts';
import { PlatformVariables } from './domain/variables.ts';
import { Wallet } from './domain/wallet.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

/** The gateway's callback route (Parsian posts its form here). */
export const CALLBACK_PATH = '/payments/parsian/callback';

/** wallet: balances per asset, the ledger, transfers, internal movements, top-up orders, referrals, commissions and platform variables. */
export const wallet = defineSubgraph<WalletContext>({
  name: 'wallet',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/wallet/migrations', import.meta.url),
  outbox: true,
  // Recorded for audit as one internalDebit / internalCredit per item, as the single calls are.
  batchedCommands: { internalDebits: 'internalDebit', internalCredits: 'internalCredit' },
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadWalletConfig();
    if (config.NODE_ENV === 'production' && config.PARSIAN_LOGIN_ACCOUNT === 'sandbox-pin') throw new Error('production needs PARSIAN_LOGIN_ACCOUNT');
    const database = openDatabase(PrismaClient, runtime.databaseUrl);
    const { prisma: db, sql } = database;
    const variables = new PlatformVariables(db, config.WALLET_ASSETS);
    const referrals = new Referrals(db, variables);
    const service = new Wallet(db, sql, config.WALLET_ASSETS, runtime, referrals, { verified: new VerifiedUsers(runtime), thresholds: config.WALLET_KYC_TRANSFER_ABOVE });
    const gateway = new ParsianGateway(config.PAYMENT_GATEWAY_URL, config.PARSIAN_LOGIN_ACCOUNT);
    const ownOrigin = () => new URL(runtime.subgraphUrl('wallet') ?? 'http://127.0.0.1:4002/graphql').origin;
    const orders = new Orders(db, config.WALLET_ASSETS, gateway, variables, referrals, {
      callbackUrl: () => config.PAYMENT_CALLBACK_URL ?? `${ownOrigin()}${CALLBACK_PATH}`,
      returnAllowed: (url) => returnAllowed(config, url),
    }, runtime.logger);
    // Children's spending limits, replicated from social's events (never asked of social while paying).
    const childPermissions = new ChildPermissionsProjection(db, runtime.logger).follow(runtime.events, 'wallet');
    // An erased person: the ledger, orders and referrals stay (ids and amounts, kept by law), the
    // network address their referral was claimed from goes, and so does their referral code.
    const erasure = onUserErased(runtime.events, 'wallet', async (userId) => {
      await db.referral.updateMany({ where: { referredId: userId }, data: { address: null } });
      await db.referralCode.deleteMany({ where: { userId } });
    });
    // Payments no callback announced, and orders nobody paid: asked about in the background.
    const job = intervalJob(
      config.PAYMENT_RECONCILE_INTERVAL_MS,
      async () => {
        const counts = await orders.reconcile({ olderThanMs: config.PAYMENT_RECONCILE_AFTER_MS });
        if (counts.checked) runtime.logger.info(counts, 'orders reconciled');
      },
      { name: 'order reconciliation', logger: runtime.logger, level: 'warn' },
    );
    return {
      context: (base) => ({
        ...base,
        wallet: service,
        orders,
        referrals,
        variables,
        db,
        live: runtime.live,
        balances: groupedLoader(
          (userIds) => db.balance.findMany({ where: { userId: { in: [...userIds] } } }),
          (b) => b.userId,
        ),
        privacy: privacyLoader(runtime, base.requestId),
      }),
      routes: (router) => {
        router.post(CALLBACK_PATH, async (req, res) => {
          let fields: Record<string, string>;
          try {
            fields = await formOf(req);
          } catch {
            return void res.status(400).type('text/plain').send('Bad callback');
          }
          try {
            const result = await orders.callback(fields);
            if ('rejected' in result) {
              runtime.logger.warn({ reason: result.rejected, orderId: fields.OrderId }, 'payment callback rejected');
              return void res.status(400).type('text/plain').send(`Payment callback rejected: ${result.rejected}. Nothing was changed.`);
            }
            const { order } = result;
            if (order.returnUrl) return void res.redirect(303, withOrder(order.returnUrl, order.id));
            res.status(200).type('text/plain').send(`Order ${order.id}: ${order.status}`);
          } catch (err) {
            // The gateway could not be asked: the order stays open for reconciliation.
            runtime.logger.error({ err }, 'payment callback could not be settled');
            res.status(502).type('text/plain').send('Your payment is being checked; your order page will show the result shortly.');
          }
        });
      },
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
      close: async () => {
        await job.stop();
        await erasure.stop();
        await childPermissions.stop();
        await database.close();
      },
    };
  },
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
function returnAllowed(config: WalletConfig, url: URL): boolean {
  if (config.PAYMENT_RETURN_ORIGINS.includes(url.origin)) return true;
  return config.NODE_ENV !== 'production' && LOOPBACK.has(url.hostname);
}

/** The return URL with ?order=<id>; web's hash routes take it inside the hash. */
function withOrder(returnUrl: string, orderId: string): string {
  const url = new URL(returnUrl);
  if (url.hash) return `${url.toString()}${url.hash.includes('?') ? '&' : '?'}order=${encodeURIComponent(orderId)}`;
  url.searchParams.set('order', orderId);
  return url.toString();
}

/** The callback's urlencoded (or JSON) form, at most 16 KiB. */
async function formOf(req: IncomingMessage & { body?: unknown }): Promise<Record<string, string>> {
  if (req.body && typeof req.body === 'object' && Object.keys(req.body).length) return Object.fromEntries(Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error('callback too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('json')) return Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(new URLSearchParams(text));
}
