import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { mailConfigSchema } from '@worldgraph/kit/mail';
import { z } from 'zod';

const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** One OpenID provider of OIDC_PROVIDERS. */
export const providerSchema = z.object({
  /** Short name in the API and the database: 1-32 of a-z, 0-9, `-`. */
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  /** Shown on the sign-in button ("Sign in with …"). */
  name: z.string().min(1).max(64),
  /** The issuer URL (discovery at /.well-known/openid-configuration): https, or http on a loopback address. */
  issuer: z
    .string()
    .url()
    .refine((u) => new URL(u).protocol === 'https:' || loopback(new URL(u)), 'must be https (http only on 127.0.0.1 or localhost)'),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type ProviderConfig = z.infer<typeof providerSchema>;

/** accounts' settings, on top of the kit's (with its mail settings: SMTP_URL, MAIL_CATCHER_PORT, MAIL_FROM). */
export const accountsConfigSchema = baseConfigSchema.extend(mailConfigSchema.shape).extend({
  /** Ed25519 private key (PKCS#8 PEM) signing access tokens. Unset outside production: generated under DATA_DIR. */
  JWT_PRIVATE_KEY: z.string().optional(),
  /** When set and no `admin` user exists, one is created with this password (development, first deploy). */
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(10).optional(),
  /** Failed sign-ins of one login from one address (15-minute window) before each further attempt must wait (1 s, doubling). Default: 3. */
  LOGIN_SLOW_AFTER: z.coerce.number().int().positive().default(3),
  /** Failed sign-ins from one address, whatever the logins (15-minute window), before each further attempt from it must wait; higher, since a NAT shares one. Default: 20. */
  LOGIN_ADDRESS_SLOW_AFTER: z.coerce.number().int().positive().default(20),
  /** The longest wait between failed sign-ins, in ms. No account is ever locked. Default: 60000. */
  LOGIN_MAX_DELAY_MS: z.coerce.number().int().min(1000).default(60_000),
  /** A user without a presence heartbeat for this long is offline (routers beat every third of it). Default: 60000. */
  PRESENCE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** How often stale presence is swept (users of a router that died). Default: 10000. */
  PRESENCE_SWEEP_MS: z.coerce.number().int().min(100).default(10_000),
  /** The web client's address, for the links in emails. Default: http://localhost:5173. */
  ACCOUNT_LINKS_URL: z.string().url().default('http://localhost:5173'),
  /** How long an email verification link works, in seconds. Default: 86400 (a day). */
  EMAIL_VERIFY_TTL_SECONDS: z.coerce.number().int().positive().default(86_400),
  /** How long a password reset link works, in seconds. Default: 3600. */
  PASSWORD_RESET_TTL_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Emails of one kind (verification, reset) to one address per hour; more are silently not sent. Default: 5. */
  MAIL_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(5),
  /** Failed two-factor code attempts per user in 15 minutes before attempts are refused (RATE_LIMITED). Default: 5. */
  TWO_FACTOR_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  /** OpenID providers to sign in with, a JSON list of { id, name, issuer, clientId, clientSecret } (see providerSchema). Default: none; `npm start` and test stacks run the development provider of tools/oidc and set it. */
  OIDC_PROVIDERS: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON list of providers' });
        return z.NEVER;
      }
    })
    .pipe(z.array(providerSchema))
    .default([]),
  /** Where providers may send the browser back, comma-separated; a 127.0.0.1 or [::1] entry matches any port (RFC 8252). Default: the web's /auth/callback on localhost:5173 and 127.0.0.1:5173, and the mobile app's com.worldgraph.mobile:/auth/callback. */
  OIDC_REDIRECT_URIS: z
    .string()
    .default('http://localhost:5173/auth/callback,http://127.0.0.1:5173/auth/callback,com.worldgraph.mobile:/auth/callback')
    .transform((text) => text.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().url())),
  /** How long a started provider sign-in may be completed, in seconds. Default: 600. */
  OIDC_STATE_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  /** Linking a provider, or deleting the account with one, needs a sign-in at the provider at most this many seconds old (the provider is asked to sign in again). Default: 300. */
  OIDC_LINK_MAX_AGE_SECONDS: z.coerce.number().int().min(30).default(300),
  /** How long an SMS one-time code works, in seconds. Default: 300. */
  SMS_CODE_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  /** SMS codes sent to one user per hour (enrolment, sign-in, disabling together); more are RATE_LIMITED. Default: 5. */
  SMS_CODES_PER_HOUR: z.coerce.number().int().positive().default(5),
  /** The youngest age at which a KYC submission is accepted, in years. Default: 18. */
  KYC_MIN_AGE: z.coerce.number().int().min(0).max(150).default(18),
});
export type AccountsConfig = z.infer<typeof accountsConfigSchema>;

export const loadAccountsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(accountsConfigSchema, env);
