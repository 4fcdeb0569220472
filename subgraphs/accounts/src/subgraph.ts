import { ConfigError, createPrismaClient, defineSubgraph, devSecret, isUserId, keyedLoader, intervalJob } from '@worldgraph/kit';
import { openMailer } from '@worldgraph/kit/mail';
import { loadAccountsConfig } from './config.ts';
import type { AccountsContext } from './context.ts';
import { Accounts } from './domain/accounts.ts';
import { ApiKeys } from './domain/api-keys.ts';
import { BankAccounts } from './domain/bank-accounts.ts';
import { EmailTokens } from './domain/email-tokens.ts';
import { Kyc } from './domain/kyc.ts';
import { Limitations } from './domain/limitations.ts';
import { SignInRecords } from './domain/sign-ins.ts';
import { SmsCodes } from './domain/sms-codes.ts';
import { TwoFactor } from './domain/two-factor.ts';
import { Presence } from './domain/presence.ts';
import { OpenIdProviders } from './domain/openid.ts';
import { ProviderSignIn } from './domain/provider-sign-in.ts';
import { LoginThrottle } from './domain/throttle.ts';
import { generatePrivateKeyPem, loadSigningKeys } from './domain/tokens.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';

const SEND_CODE = 'mutation ($to: String!, $code: String!, $at: DateTime!) { internalSendSecurityCode(phoneNumber: $to, kind: two_factor_code, oneTimeCode: $code, expiresAt: $at) }';

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
    // SMTP_URL's server, or outside production a local catcher writing DATA_DIR/mail (README: reading them).
    const mail = await openMailer(runtime, config);
    const signIns = new SignInRecords(db);
    // Codes go out through notifications' SMS port (an internal call): never into an event stream.
    const sendCode = async (to: string, code: string, expiresAt: Date) => {
      await runtime.callSubgraph('notifications', SEND_CODE, { to, code, at: expiresAt.toISOString() });
    };
    const smsCodes = new SmsCodes(db, runtime.kv, runtime.config.SERVICE_TOKEN_SECRET, sendCode, { ttlSeconds: config.SMS_CODE_TTL_SECONDS, sendsPerHour: config.SMS_CODES_PER_HOUR });
    const twoFactor = new TwoFactor(db, runtime.kv, config.TWO_FACTOR_MAX_ATTEMPTS, smsCodes);
    const service = new Accounts(db, keys, runtime.kv, throttle, { signIns, twoFactor });
    const emailTokens = new EmailTokens(db, runtime.kv, mail.mailer, service, {
      webUrl: config.ACCOUNT_LINKS_URL.replace(/\/$/, ''),
      verifyTtlSeconds: config.EMAIL_VERIFY_TTL_SECONDS,
      resetTtlSeconds: config.PASSWORD_RESET_TTL_SECONDS,
      perAddressPerHour: config.MAIL_PER_ADDRESS_PER_HOUR,
    }, runtime.logger);
    const providerSignIn = new ProviderSignIn(db, new OpenIdProviders(config.OIDC_PROVIDERS), service, signIns, {
      redirectUris: config.OIDC_REDIRECT_URIS,
      stateTtlSeconds: config.OIDC_STATE_TTL_SECONDS,
      linkMaxAgeSeconds: config.OIDC_LINK_MAX_AGE_SECONDS,
    });
    const apiKeys = new ApiKeys(db, keys, runtime.kv);
    const limitations = new Limitations(db);
    const kyc = new Kyc(db, runtime, { minAge: config.KYC_MIN_AGE });
    if (config.BOOTSTRAP_ADMIN_PASSWORD) await service.bootstrapAdmin(config.BOOTSTRAP_ADMIN_PASSWORD);
    const presence = new Presence(db, config.PRESENCE_TIMEOUT_MS, runtime.logger);
    const sweeper = intervalJob(config.PRESENCE_SWEEP_MS, () => presence.sweep(), { name: 'presence sweep', logger: runtime.logger });
    return {
      context: (base) => ({
        ...base,
        accounts: service,
        apiKeys,
        presence,
        limitations,
        kyc,
        emailTokens,
        bankAccounts: new BankAccounts(db),
        twoFactor,
        signIns,
        providerSignIn,
        sessions: db.session,
        live: runtime.live,
        users: keyedLoader((ids) => db.user.findMany({ where: { id: { in: [...ids] } } }), (u) => u.id, { only: isUserId }),
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
        await sweeper.stop();
        await mail.close();
        await db.$disconnect();
      },
    };
  },
});
