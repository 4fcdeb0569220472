import { AppError, isUserId, notFound, revokeSession, unauthenticated, badInput, type KeyValueStore, type Role } from '@worldgraph/kit';
import { Prisma, type PrismaClient, type User } from '../generated/prisma/client.ts';
import { emit } from './presence.ts';
import { assertPasswordPolicy, burnPasswordCheck, hashPassword, verifyPassword } from './passwords.ts';
import type { ClientInfo, SignInRecords } from './sign-ins.ts';

export type { ClientInfo };
import type { LoginThrottle } from './throttle.ts';
import { twoFactorMethod, type TwoFactor } from './two-factor.ts';
import { hashRefreshToken, newRefreshToken, signAccessToken, type SigningKeys } from './tokens.ts';
import { emailSchema, parseInput, profileSchema, usernameSchema } from './validation.ts';


/** The tokens of a signed-in session, as AuthPayload returns them. */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** accounts' commands: registration, sign-in, sessions, profile and roles. */
export class Accounts {
  constructor(
    private readonly db: PrismaClient,
    private readonly keys: SigningKeys,
    private readonly kv: KeyValueStore,
    private readonly throttle: LoginThrottle,
    private readonly extras: { signIns?: SignInRecords; twoFactor?: TwoFactor } = {},
  ) {}

  async register(input: { username: string; email: string; password: string; displayName?: string | null }, client: ClientInfo): Promise<Session> {
    const username = parseInput(usernameSchema, input.username, 'username');
    const email = parseInput(emailSchema, input.email.trim(), 'email');
    const { displayName } = parseInput(profileSchema, { displayName: input.displayName });
    assertPasswordPolicy(input.password, username);
    const taken = await this.db.user.findFirst({
      where: { OR: [{ usernameKey: username.toLowerCase() }, { emailKey: email.toLowerCase() }] },
      select: { usernameKey: true },
    });
    if (taken) throw takenError(taken.usernameKey === username.toLowerCase() ? 'username' : 'email');
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await this.db.user.create({
        data: { username, usernameKey: username.toLowerCase(), email, emailKey: email.toLowerCase(), passwordHash, displayName },
      });
      return await this.openSession(user, client);
    } catch (error) {
      // Two registrations raced past the check above: the unique index decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw takenError(String(error.meta?.target ?? '').includes('email') ? 'email' : 'username');
      }
      throw error;
    }
  }

  async login(input: { login: string; password: string }, client: ClientInfo): Promise<Session> {
    const login = input.login.trim().toLowerCase();
    if (!login || !input.password) throw badInput('Login and password are required');
    await this.throttle.check(login, client.address);
    const user = await this.db.user.findFirst({ where: login.includes('@') ? { emailKey: login } : { usernameKey: login } });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
    if (!user || !valid || user.erasedAt) {
      await this.throttle.failed(login, client.address);
      await this.extras.signIns?.record(user?.id ?? null, client, user ? 'wrong_password' : 'unknown_login');
      throw unauthenticated('Wrong login or password');
    }
    await this.throttle.succeeded(login, client.address);
    return this.signInWithFirstFactor(user, client);
  }

  /**
   * The sign-in of a user whose first factor passed (a password; `provider`, an OpenID provider):
   * a session, or with two-factor on, a refusal carrying a challenge to complete with a code.
   */
  async signInWithFirstFactor(user: User, client: ClientInfo, provider?: string): Promise<Session> {
    if (twoFactorMethod(user) && this.extras.twoFactor) {
      // The first factor was right; a session needs a code too. The answer carries a challenge to
      // complete, and says which code (from the app, or the SMS just sent to the hinted number).
      const { challenge, expiresAt, method, phoneHint } = await this.extras.twoFactor.challenge(user);
      await this.extras.signIns?.record(user.id, client, 'two_factor_required', provider);
      throw new AppError('FORBIDDEN', 'Two-factor code required: complete the sign-in with completeTwoFactorLogin', {
        reason: 'TWO_FACTOR_REQUIRED',
        challenge,
        challengeExpiresAt: expiresAt.toISOString(),
        method,
        ...(phoneHint ? { phoneHint } : {}),
      });
    }
    await this.extras.signIns?.record(user.id, client, 'success', provider);
    return this.openSession(user, client);
  }

  /** The second step of a two-factor sign-in: the challenge from login and a TOTP or recovery code. */
  async completeTwoFactorLogin(challenge: string, code: string, client: ClientInfo): Promise<Session> {
    if (!this.extras.twoFactor) throw unauthenticated();
    let user: User;
    try {
      user = await this.extras.twoFactor.complete(challenge, code);
    } catch (error) {
      if (error instanceof AppError && error.extensions.reason === 'WRONG_CODE') await this.extras.signIns?.record(null, client, 'two_factor_failed');
      throw error;
    }
    await this.extras.signIns?.record(user.id, client, 'two_factor_success');
    return this.openSession(user, client);
  }

  /**
   * Erases the caller's account, re-authenticated with the password: the person is removed
   * (username and email become placeholders; profile, credentials, two-factor, tokens, API keys
   * and sessions are gone) and one UserErased event tells every other context to do the same
   * with what it holds. The id stays, so ledgers and records keep their integrity without a name.
   */
  async erase(userId: string, password: string, client: ClientInfo): Promise<boolean> {
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user || user.erasedAt) throw unauthenticated('This account no longer exists');
    await this.throttle.check(`erase:${userId}`, client.address);
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.throttle.failed(`erase:${userId}`, client.address);
      throw new AppError('FORBIDDEN', 'Wrong password', { reason: 'WRONG_PASSWORD' });
    }
    return this.eraseConfirmed(userId);
  }

  /**
   * Erases an account whose owner re-authenticated another way than the password (a fresh sign-in
   * at a linked provider, ProviderSignIn.confirmErase): as erase does.
   */
  async eraseConfirmed(userId: string): Promise<boolean> {
    const user = await this.db.user.findUnique({ where: { id: userId }, select: { erasedAt: true } });
    if (!user || user.erasedAt) throw unauthenticated('This account no longer exists');
    const placeholder = `erased_${userId.replace(/-/g, '').slice(0, 24)}`;
    const erasedAt = new Date();
    const keys = await this.db.$transaction(async (tx) => {
      const apiKeys = await tx.apiKey.findMany({ where: { ownerId: userId }, select: { tokenSessionId: true } });
      await tx.apiKey.deleteMany({ where: { ownerId: userId } });
      await tx.accountToken.deleteMany({ where: { userId } });
      await tx.recoveryCode.deleteMany({ where: { userId } });
      await tx.smsCode.deleteMany({ where: { userId } });
      await tx.bankAccount.deleteMany({ where: { userId } });
      await tx.providerLink.deleteMany({ where: { userId } });
      await tx.kycSubmission.deleteMany({ where: { userId } });
      await tx.user.update({
        where: { id: userId },
        data: {
          username: placeholder,
          usernameKey: placeholder,
          email: `${placeholder}@erased.invalid`,
          emailKey: `${placeholder}@erased.invalid`,
          passwordHash: '!erased',
          roles: ['user'],
          displayName: null,
          bio: null,
          avatarUrl: null,
          locale: null,
          emailVerifiedAt: null,
          totpSecret: null,
          totpEnabledAt: null,
          phoneNumber: null,
          smsTwoFactorAt: null,
          kycStatus: 'none',
          erasedAt,
        },
      });
      await emit(tx, userId, { type: 'UserErased', userId, erasedAt: erasedAt.toISOString() });
      return apiKeys;
    });
    await Promise.all(keys.map((k) => revokeSession(this.kv, k.tokenSessionId)));
    await this.endAllSessions(userId);
    // Revoked, the sessions' rows (addresses, user agents) go too; their ids stay on the revocation list.
    await this.db.session.deleteMany({ where: { userId } });
    return true;
  }

  /** Rotates a refresh token. Presenting a token already rotated away ends its session (it was copied). */
  async refresh(refreshToken: string): Promise<Session> {
    const hash = hashRefreshToken(refreshToken);
    const session = await this.db.session.findUnique({ where: { refreshTokenHash: hash }, include: { user: true } });
    if (!session) {
      const retired = await this.db.retiredRefreshToken.findUnique({ where: { tokenHash: hash } });
      if (retired) {
        await this.revoke(retired.sessionId);
        throw unauthenticated('Refresh token was already used; the session has been ended');
      }
      throw unauthenticated('Invalid refresh token');
    }
    if (session.revokedAt || session.expiresAt <= new Date() || session.user.erasedAt) throw unauthenticated('Session has ended; sign in again');
    const next = newRefreshToken();
    // Conditional on the old hash: of two concurrent refreshes with one token, only one wins.
    const rotated = await this.db.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { id: session.id, refreshTokenHash: hash, revokedAt: null },
        data: { refreshTokenHash: next.hash, expiresAt: next.expiresAt, lastRefreshedAt: new Date() },
      });
      if (count === 1) await tx.retiredRefreshToken.create({ data: { tokenHash: hash, sessionId: session.id } });
      return count === 1;
    });
    if (!rotated) throw unauthenticated('Refresh token was already used');
    const access = await signAccessToken(this.keys, session.user, session.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: next.token,
      refreshTokenExpiresAt: next.expiresAt,
      user: session.user,
    };
  }

  /** Ends a session: its refresh token stops at once, its access tokens wherever they are verified. */
  async revoke(sessionId: string): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const session = await tx.session.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
      if (!session || session.revokedAt) return;
      await tx.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
      // Routers close the session's live connections when they see this.
      await emit(tx, session.userId, { type: 'SessionRevoked', userId: session.userId, sessionId });
    });
    await revokeSession(this.kv, sessionId);
  }

  /**
   * Ends every open session of a user at once: each refresh token stops, each access token is
   * refused wherever it is verified (the revocation list), and routers close the user's live
   * connections (a SessionRevoked per session, in the same transaction). Erasing or disabling an
   * account calls it, so a token of a user who is gone is never served again. Returns how many ended.
   */
  async endAllSessions(userId: string): Promise<number> {
    const ended = await this.db.$transaction(async (tx) => {
      const open = await tx.session.findMany({ where: { userId, revokedAt: null }, select: { id: true } });
      if (!open.length) return [];
      const ids = open.map((s) => s.id);
      await tx.session.updateMany({ where: { id: { in: ids } }, data: { revokedAt: new Date() } });
      for (const sessionId of ids) await emit(tx, userId, { type: 'SessionRevoked', userId, sessionId });
      return ids;
    });
    await Promise.all(ended.map((sessionId) => revokeSession(this.kv, sessionId)));
    return ended.length;
  }

  /** A user by id, read fresh. */
  user(id: string): Promise<User | null> {
    return this.db.user.findUnique({ where: { id } });
  }

  async updateProfile(userId: string, input: Record<string, unknown>): Promise<User> {
    const data = parseInput(profileSchema, input);
    // Only fields the caller sent change; explicit nulls clear them.
    const changes = Object.fromEntries(Object.entries(data).filter(([k]) => k in input));
    return this.db.user.update({ where: { id: userId }, data: changes });
  }

  /** Sets who sees what (columns privacyEmail, privacyPresence, …; values are the kit's Audience). */
  updatePrivacy(userId: string, data: Record<string, string>): Promise<User> {
    return this.db.user.update({ where: { id: userId }, data });
  }

  async setRoles(userId: string, roles: Role[]): Promise<User> {
    if (!roles.length) throw badInput('A user needs at least one role', { field: 'roles' });
    if (!isUserId(userId)) throw notFound('User');
    const result = await this.db.user.updateMany({ where: { id: userId }, data: { roles: [...new Set(roles)] } });
    if (!result.count) throw notFound('User');
    return this.db.user.findUniqueOrThrow({ where: { id: userId } });
  }

  /** Creates the `admin` user with `password` unless it exists (first deploy, development). */
  async bootstrapAdmin(password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.db.user.upsert({
      where: { usernameKey: 'admin' },
      update: {},
      create: { username: 'admin', usernameKey: 'admin', email: 'admin@worldgraph.local', emailKey: 'admin@worldgraph.local', passwordHash, roles: ['admin', 'user'] },
    });
  }

  /** Opens a session (registration, sign-in). */
  async openSession(user: User, client: ClientInfo): Promise<Session> {
    const refresh = newRefreshToken();
    const session = await this.db.session.create({
      data: {
        userId: user.id,
        refreshTokenHash: refresh.hash,
        expiresAt: refresh.expiresAt,
        clientAddress: client.address.slice(0, 64),
        userAgent: client.userAgent?.slice(0, 512),
      },
    });
    const access = await signAccessToken(this.keys, user, session.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user,
    };
  }
}

const takenError = (field: 'username' | 'email') =>
  new AppError('CONFLICT', field === 'email' ? 'An account with this email already exists' : 'This username is taken', { field });
