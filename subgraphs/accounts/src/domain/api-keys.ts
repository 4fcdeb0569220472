import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { badInput, forbidden, isUserId, notFound, revokeSession, type KeyValueStore, type Role, type Viewer } from '@worldgraph/kit';
import type { ApiKey, PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './presence.ts';
import { signAccessToken, type SigningKeys } from './tokens.ts';

/** Secrets start with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'wgk_';
const LAST_USED_EVERY_MS = 60_000;

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new secret (256 random bits) and what is stored of it. */
function newSecret() {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, secretHash: hashApiKey(secret), prefix: secret.slice(0, 12) };
}

/** What the router learns of a valid key. */
export interface ApiKeyGrant {
  keyId: string;
  name: string;
  ownerId: string;
  roles: Role[];
  accessToken: string;
  accessTokenExpiresAt: Date;
}

/**
 * Integrators' application keys: created, listed, rotated and revoked by their owner or an admin,
 * scoped to a subset of the owner's roles. The router exchanges a key for a short-lived access
 * token of the owner limited to the key's roles (`grant`), so subgraphs verify it as any other.
 */
export class ApiKeys {
  constructor(
    private readonly db: PrismaClient,
    private readonly keys: SigningKeys,
    private readonly kv: KeyValueStore,
  ) {}

  async create(viewer: Viewer, input: { name: string; roles?: Role[] | null; ownerId?: string | null }): Promise<{ apiKey: ApiKey; secret: string }> {
    const actor = signedIn(viewer);
    const ownerId = input.ownerId ?? actor.userId;
    if (ownerId !== actor.userId && !actor.roles.includes('admin')) throw forbidden('Only admins can create keys for someone else');
    const name = input.name.trim();
    if (!name || name.length > 64) throw badInput('A key needs a name of 1-64 characters', { field: 'name' });
    const owner = isUserId(ownerId) ? await this.db.user.findUnique({ where: { id: ownerId }, select: { roles: true } }) : null;
    if (!owner) throw notFound('User');
    const roles = [...new Set(input.roles ?? ['user'])] as Role[];
    if (!roles.length) throw badInput('A key needs at least one role', { field: 'roles' });
    // Within the owner's roles, and within the caller's own when they are the owner: a key (or a
    // token minted for one) can never make a key worth more than itself.
    const beyond = roles.filter((r) => !owner.roles.includes(r) || (ownerId === actor.userId && !actor.roles.includes(r)));
    if (beyond.length) throw forbidden(`The key's owner does not hold ${beyond.join(', ')}: a key is scoped to its owner's roles`);
    const { secret, secretHash, prefix } = newSecret();
    const apiKey = await this.db.apiKey.create({ data: { ownerId, name, roles, secretHash, prefix, tokenSessionId: randomUUID() } });
    return { apiKey, secret };
  }

  /** A new secret; the old one, and every token minted for it, stops working at once. */
  async rotate(viewer: Viewer, id: string): Promise<{ apiKey: ApiKey; secret: string }> {
    const key = await this.manageable(viewer, id);
    if (key.revokedAt) throw badInput('This key is revoked; create a new one');
    const { secret, secretHash, prefix } = newSecret();
    const apiKey = await this.db.$transaction(async (tx) => {
      const updated = await tx.apiKey.update({ where: { id }, data: { secretHash, prefix, tokenSessionId: randomUUID(), rotatedAt: new Date() } });
      await emit(tx, key.ownerId, { type: 'SessionRevoked', userId: key.ownerId, sessionId: key.tokenSessionId, apiKeyId: id });
      return updated;
    });
    await revokeSession(this.kv, key.tokenSessionId);
    return { apiKey, secret };
  }

  async revoke(viewer: Viewer, id: string): Promise<ApiKey> {
    const key = await this.manageable(viewer, id);
    if (key.revokedAt) return key;
    const apiKey = await this.db.$transaction(async (tx) => {
      const updated = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      // Routers close the key's live connections when they see this.
      await emit(tx, key.ownerId, { type: 'SessionRevoked', userId: key.ownerId, sessionId: key.tokenSessionId, apiKeyId: id });
      return updated;
    });
    await revokeSession(this.kv, key.tokenSessionId);
    return apiKey;
  }

  /** The keys of one owner (the caller's own, or anyone's for admins), newest first. */
  list(ownerId: string | undefined, first = 50): Promise<ApiKey[]> {
    if (first < 1 || first > 200) throw badInput('first must be 1-200', { field: 'first' });
    if (ownerId !== undefined && !isUserId(ownerId)) return Promise.resolve([]);
    return this.db.apiKey.findMany({ where: ownerId ? { ownerId } : {}, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: first });
  }

  /** The router's check of a presented secret: null when unknown, rotated away or revoked. */
  async grant(secret: string): Promise<ApiKeyGrant | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 100) return null;
    const key = await this.db.apiKey.findUnique({ where: { secretHash: hashApiKey(secret) }, include: { owner: { select: { roles: true } } } });
    if (!key || key.revokedAt) return null;
    // An owner who lost a role since loses it for the key too.
    const roles = key.roles.filter((r) => key.owner.roles.includes(r));
    if (!roles.length) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
      await this.db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
    }
    const access = await signAccessToken(this.keys, { id: key.ownerId, roles }, key.tokenSessionId);
    return { keyId: key.id, name: key.name, ownerId: key.ownerId, roles, accessToken: access.token, accessTokenExpiresAt: access.expiresAt };
  }

  /** A key the viewer may manage: their own, or any for admins; NOT_FOUND otherwise (others' keys are not revealed). */
  private async manageable(viewer: Viewer, id: string): Promise<ApiKey> {
    const actor = signedIn(viewer);
    const key = isUserId(id) ? await this.db.apiKey.findUnique({ where: { id } }) : null;
    if (!key || (key.ownerId !== actor.userId && !actor.roles.includes('admin'))) throw notFound('API key');
    return key;
  }
}

function signedIn(viewer: Viewer): Extract<Viewer, { kind: 'user' }> {
  if (viewer.kind !== 'user') throw forbidden('Only a signed-in user can manage API keys');
  return viewer;
}
