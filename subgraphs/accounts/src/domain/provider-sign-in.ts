import { createHash, randomInt } from 'node:crypto';
import * as oidc from 'openid-client';
import { AppError, badInput, notFound, type Viewer } from '@worldgraph/kit';
import { Prisma, type PrismaClient, type ProviderLink, type User } from '../generated/prisma/client.ts';
import type { Accounts, ClientInfo, Session } from './accounts.ts';
import type { OpenIdProviders, ProviderIdentity } from './openid.ts';
import type { SignInRecords } from './sign-ins.ts';
import { emailSchema, usernameSchema } from './validation.ts';

/** signin: anyone; link and erase: the signed-in user, after a fresh sign-in at the provider. */
type Purpose = 'signin' | 'link' | 'erase';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const refused = (reason: string, message: string) => new AppError('BAD_USER_INPUT', message, { reason });
const LOOPBACK = new Set(['127.0.0.1', '[::1]']);
/** A URL without its query and fragment: what a redirect URI is compared on. */
const bare = (url: URL) => {
  const copy = new URL(url);
  copy.search = '';
  copy.hash = '';
  return copy.href;
};

/** Settings of provider sign-in (accounts config OIDC_*). */
export interface ProviderSignInOptions {
  redirectUris: string[];
  stateTtlSeconds: number;
  linkMaxAgeSeconds: number;
}

/**
 * Sign-in, sign-up and linking with OpenID providers (authorization code, PKCE S256, state, nonce).
 * A start keeps its state server-side (only its sha256), bound to the PKCE verifier, the nonce, the
 * provider and the redirect URI, and to link, to the user and session that started it. The state
 * works once, until it expires: the completion spends it before anything else happens, so a replay
 * or a second try with another code is refused whatever became of the first.
 */
export class ProviderSignIn {
  constructor(
    private readonly db: PrismaClient,
    private readonly providers: OpenIdProviders,
    private readonly accounts: Accounts,
    private readonly signIns: SignInRecords,
    private readonly options: ProviderSignInOptions,
  ) {}

  /** The configured providers, for the sign-in page's buttons. */
  available() {
    return this.providers.list();
  }

  /** The provider's sign-in page for a sign-in (anyone), a link or an erasure (`viewer`: the signed-in user). */
  async start(purpose: Purpose, providerId: string, redirectUri: string, viewer?: Extract<Viewer, { kind: 'user' }>) {
    this.providers.get(providerId);
    const redirect = this.allowedRedirect(redirectUri);
    const state = oidc.randomState();
    const expected = {
      redirectUri: redirect,
      codeVerifier: oidc.randomPKCECodeVerifier(),
      state,
      nonce: oidc.randomNonce(),
      maxAge: purpose === 'signin' ? undefined : this.options.linkMaxAgeSeconds,
    };
    const authorizationUrl = await this.providers.authorizationUrl(providerId, expected, purpose !== 'signin');
    const expiresAt = new Date(Date.now() + this.options.stateTtlSeconds * 1000);
    // Expired states have no use left: each start clears those a day old.
    await this.db.providerState.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 86_400_000) } } });
    await this.db.providerState.create({
      data: {
        stateHash: sha256(state),
        provider: providerId,
        purpose,
        redirectUri: redirect,
        codeVerifier: expected.codeVerifier,
        nonce: expected.nonce,
        userId: viewer?.userId,
        sessionId: viewer?.sessionId,
        expiresAt,
      },
    });
    return { authorizationUrl, expiresAt };
  }

  /** Completes a sign-in: the linked user's session, or a new user's; an existing account's email is refused. */
  async completeSignIn(authorizationResponse: string, client: ClientInfo): Promise<Session> {
    const { provider, identity } = await this.verify('signin', authorizationResponse, undefined, client);
    const link = await this.db.providerLink.findUnique({ where: { provider_subject: { provider, subject: identity.subject } }, include: { user: true } });
    if (link && !link.user.erasedAt) {
      await this.db.providerLink.update({ where: { id: link.id }, data: { lastUsedAt: new Date() } });
      return this.accounts.signInWithFirstFactor(link.user, client, provider);
    }
    const user = await this.signUp(provider, identity, client);
    return this.accounts.signInWithFirstFactor(user, client, provider);
  }

  /** Completes a link started by this session: the identity now signs in to the viewer's account. */
  async completeLink(viewer: Extract<Viewer, { kind: 'user' }>, authorizationResponse: string, client: ClientInfo) {
    const { provider, identity } = await this.verify('link', authorizationResponse, viewer, client);
    const taken = await this.db.providerLink.findUnique({ where: { provider_subject: { provider, subject: identity.subject } } });
    if (taken) {
      throw new AppError('CONFLICT', taken.userId === viewer.userId ? 'This identity is linked to your account already' : 'This identity signs in to another account', {
        reason: taken.userId === viewer.userId ? 'ALREADY_LINKED' : 'IDENTITY_IN_USE',
      });
    }
    try {
      const link = await this.db.providerLink.create({ data: { userId: viewer.userId, provider, subject: identity.subject, email: identity.email?.slice(0, 254) } });
      return this.linked(link);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', 'A provider of this kind is linked to your account already; unlink it first', { reason: 'ALREADY_LINKED' });
      }
      throw error;
    }
  }

  /**
   * Proves an erasure started by this session: the fresh sign-in must be at an identity linked to
   * the viewer's account (what a password proves for deleteMyAccount); FORBIDDEN otherwise.
   */
  async confirmErase(viewer: Extract<Viewer, { kind: 'user' }>, authorizationResponse: string, client: ClientInfo): Promise<void> {
    const { provider, identity } = await this.verify('erase', authorizationResponse, viewer, client);
    const link = await this.db.providerLink.findUnique({ where: { provider_subject: { provider, subject: identity.subject } } });
    if (link?.userId !== viewer.userId) {
      await this.signIns.record(viewer.userId, client, 'provider_refused', provider);
      throw new AppError('FORBIDDEN', 'This identity does not sign in to your account', { reason: 'IDENTITY_NOT_LINKED' });
    }
  }

  /** Unlinks a provider, unless it is the account's last way to sign in. */
  async unlink(userId: string, providerId: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      // Two unlinks at once must not both see the other's link: the user's row is locked first.
      const [user] = await tx.$queryRaw<{ password_hash: string }[]>`SELECT password_hash FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
      const links = await tx.providerLink.findMany({ where: { userId }, select: { provider: true } });
      if (!links.some((l) => l.provider === providerId)) throw notFound('Linked provider');
      const hasPassword = !!user && user.password_hash.startsWith('$argon2');
      if (!hasPassword && links.length === 1) {
        throw new AppError('CONFLICT', 'This provider is your only way to sign in: set a password (reset it by email) or link another provider first', { reason: 'LAST_SIGN_IN_METHOD' });
      }
      await tx.providerLink.deleteMany({ where: { userId, provider: providerId } });
      return true;
    });
  }

  /** The viewer's linked providers, oldest first. */
  async links(userId: string) {
    const links = await this.db.providerLink.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
    return links.map((l) => this.linked(l));
  }

  private linked(link: ProviderLink) {
    const known = this.providers.list().find((p) => p.id === link.provider);
    return { provider: known ?? { id: link.provider, name: link.provider }, email: link.email, linkedAt: link.createdAt, lastUsedAt: link.lastUsedAt };
  }

  /**
   * Spends the state of the authorization response, then checks it against what the start kept and
   * exchanges the code. Every refusal is recorded as a sign-in attempt and changes nothing else.
   */
  private async verify(purpose: Purpose, authorizationResponse: string, viewer: Extract<Viewer, { kind: 'user' }> | undefined, client: ClientInfo) {
    let provider: string | undefined;
    try {
      let response: URL;
      try {
        response = new URL(String(authorizationResponse));
      } catch {
        throw badInput('authorizationResponse must be the URL the provider sent the browser back to', { reason: 'INVALID_STATE', field: 'authorizationResponse' });
      }
      const state = response.searchParams.get('state');
      if (!state) throw refused('INVALID_STATE', 'The authorization response has no state');
      const stateHash = sha256(state);
      // Spent at once and for good (conditional on being unspent): of two completions, one goes on.
      // A link's or an erasure's state only by the session that started it.
      const owner = purpose === 'signin' ? {} : { userId: viewer?.userId, sessionId: viewer?.sessionId };
      const spent = await this.db.providerState.updateMany({ where: { stateHash, purpose, usedAt: null, ...owner }, data: { usedAt: new Date() } });
      const started = await this.db.providerState.findUnique({ where: { stateHash } });
      if (!started || started.purpose !== purpose) throw refused('INVALID_STATE', 'This sign-in was not started here (unknown state)');
      provider = started.provider;
      if (purpose !== 'signin' && (started.userId !== viewer?.userId || started.sessionId !== viewer?.sessionId)) {
        throw new AppError('FORBIDDEN', 'This was started by another session', { reason: 'STATE_NOT_YOURS' });
      }
      if (spent.count !== 1) throw refused('STATE_USED', 'This sign-in was completed already; start again');
      if (started.expiresAt <= new Date()) throw refused('STATE_EXPIRED', 'This sign-in has expired; start again');
      if (bare(response) !== started.redirectUri) throw refused('REDIRECT_URI_MISMATCH', 'The authorization response came back to another address than the sign-in asked for');
      const identity = await this.providers.identity(started.provider, response, {
        redirectUri: started.redirectUri,
        codeVerifier: started.codeVerifier,
        state,
        nonce: started.nonce,
        maxAge: purpose === 'signin' ? undefined : this.options.linkMaxAgeSeconds,
      });
      return { provider: started.provider, identity };
    } catch (error) {
      if (error instanceof AppError) await this.signIns.record(viewer?.userId ?? null, client, 'provider_refused', provider);
      throw error;
    }
  }

  /** A new user for an identity no account knows; an email that is an account's is refused (no silent takeover). */
  private async signUp(provider: string, identity: ProviderIdentity, client: ClientInfo): Promise<User> {
    const parsed = emailSchema.safeParse(identity.email ?? '');
    if (!parsed.success) {
      await this.signIns.record(null, client, 'provider_refused', provider);
      throw refused('EMAIL_REQUIRED', 'The provider gave no valid email address; an account needs one');
    }
    const email = parsed.data;
    const existing = await this.db.user.findUnique({ where: { emailKey: email.toLowerCase() }, select: { id: true } });
    if (existing) {
      await this.signIns.record(existing.id, client, 'provider_refused', provider);
      throw new AppError('CONFLICT', 'An account with this email exists: sign in to it, then link this provider from your account', { reason: 'ACCOUNT_EXISTS' });
    }
    const base = usernameBase(identity);
    for (let attempt = 0; attempt < 5; attempt++) {
      const username = attempt === 0 ? base : `${base.slice(0, 26)}_${randomInt(10_000, 100_000)}`;
      try {
        return await this.db.$transaction(async (tx) => {
          const user = await tx.user.create({
            data: {
              username,
              usernameKey: username.toLowerCase(),
              email,
              emailKey: email.toLowerCase(),
              // No password: this account signs in through its provider until one is set (a reset by email).
              passwordHash: '!provider',
              displayName: identity.name?.trim().slice(0, 64) || null,
              emailVerifiedAt: identity.emailVerified ? new Date() : null,
            },
          });
          await tx.providerLink.create({ data: { userId: user.id, provider, subject: identity.subject, email, lastUsedAt: new Date() } });
          return user;
        });
      } catch (error) {
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
        const target = String(error.meta?.target ?? '');
        if (target.includes('email')) throw new AppError('CONFLICT', 'An account with this email exists: sign in to it, then link this provider from your account', { reason: 'ACCOUNT_EXISTS' });
        // The same identity signed up at the same moment: sign in to that account.
        const raced = await this.db.providerLink.findUnique({ where: { provider_subject: { provider, subject: identity.subject } }, include: { user: true } });
        if (raced) return raced.user;
        // Otherwise the username was taken: try another.
      }
    }
    throw new AppError('CONFLICT', 'Could not choose a free username; try again', { reason: 'USERNAME_TAKEN' });
  }

  /** Only the configured redirect URIs; a loopback one (127.0.0.1, [::1]) with any port (RFC 8252 §7.3). */
  private allowedRedirect(redirectUri: string): string {
    let url: URL;
    try {
      url = new URL(redirectUri);
    } catch {
      throw badInput('redirectUri must be a URL', { reason: 'REDIRECT_URI_NOT_ALLOWED', field: 'redirectUri' });
    }
    const candidate = bare(url);
    const allowed = this.options.redirectUris.some((entry) => {
      const registered = new URL(entry);
      if (bare(registered) === candidate) return true;
      return url.protocol === 'http:' && LOOPBACK.has(url.hostname) && registered.hostname === url.hostname && registered.pathname === url.pathname && registered.protocol === url.protocol;
    });
    if (!allowed || url.search || url.hash) throw badInput('This redirect URI is not allowed', { reason: 'REDIRECT_URI_NOT_ALLOWED', field: 'redirectUri' });
    return candidate;
  }
}

/** A username from what the provider said: its preferred username or the email's name, made valid. */
function usernameBase(identity: ProviderIdentity): string {
  const raw = identity.preferredUsername ?? identity.email?.split('@')[0] ?? 'player';
  let name = raw.normalize('NFKD').replace(/[^A-Za-z0-9_]/g, '_').replace(/_+/g, '_').replace(/^_+|_+$/g, '');
  if (!/^[A-Za-z]/.test(name)) name = `p${name}`;
  name = name.slice(0, 32);
  if (name.length < 3) name = `${name}_player`.slice(0, 32);
  return usernameSchema.safeParse(name).success ? name : 'player';
}
