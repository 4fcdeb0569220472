import { randomUUID } from 'node:crypto';
import { AppError, badInput, conflict, forbidden, notFound } from '@worldgraph/kit';
import type { Character, PrismaClient } from '../generated/prisma/client.ts';
import type { CharactersConfig } from '../config.ts';
import { CLASSES, RACES } from '../data/races.ts';
import { MAX_LEVEL, ZONES } from '../data/world.ts';
import { parseAppearance } from './appearance.ts';
import { nameProblem, normalizeName } from './names.ts';
import { emit } from './outbox.ts';
import { inTx, isId, isUniqueViolation, lockAccount, lockCharacters, type Tx } from './tx.ts';

export const RACE_BY_ID = new Map(RACES.map((r) => [r.id, r]));
export const CLASS_BY_ID = new Map(CLASSES.map((c) => [c.id, c]));

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What a player asks for when creating a character. */
export interface NewCharacter {
  realmId: string;
  name: string;
  race: string;
  class: string;
  appearance?: unknown;
}

/** What a game server reports; absent fields stay as they are. */
export interface CharacterState {
  characterId: string;
  level?: number | null;
  experience?: number | null;
  zoneId?: string | null;
  position?: { x: number; y: number; z: number } | null;
  playedAt?: Date | null;
}

/** `deleted`, `banned` or `active`, as the schema shows a character. */
export const statusOf = (c: Character) => (c.deletedAt ? 'deleted' : c.bannedAt ? 'banned' : 'active');

/** Refuses a command on a deleted or banned character. */
export function assertPlayable(c: Character): void {
  if (c.deletedAt) throw conflict(`${c.name} is deleted`);
  if (c.bannedAt) throw forbidden(`${c.name} is banned`);
}

/** Characters per account: creation rules and limits, selection, rename, delete/restore/purge, bans, game-server state. */
export class Characters {
  constructor(
    private readonly db: PrismaClient,
    private readonly config: CharactersConfig,
  ) {}

  /** When a deleted character is purged. */
  restorableUntil(c: Character): Date | null {
    return c.deletedAt ? new Date(c.deletedAt.getTime() + this.config.CHARACTERS_RESTORE_DAYS * DAY) : null;
  }

  /** When the character may next be renamed; null when it may now. */
  nextRenameAt(c: Character, now = Date.now()): Date | null {
    if (!c.renamedAt) return null;
    const next = c.renamedAt.getTime() + this.config.CHARACTERS_RENAME_COOLDOWN_HOURS * HOUR;
    return next > now ? new Date(next) : null;
  }

  ofAccount(accountId: string): Promise<Character[]> {
    return this.db.character.findMany({ where: { accountId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  async find(id: string): Promise<Character | null> {
    return isId(id) ? this.db.character.findUnique({ where: { id } }) : null;
  }

  /** The account's character, or NOT_FOUND (someone else's character is not told apart from none). */
  private async owned(tx: Tx | PrismaClient, accountId: string, id: string): Promise<Character> {
    const c = isId(id) ? await tx.character.findUnique({ where: { id } }) : null;
    if (!c || c.accountId !== accountId) throw notFound('Character');
    return c;
  }

  async create(accountId: string, input: NewCharacter): Promise<Character> {
    const problem = nameProblem(input.name);
    if (problem) throw badInput(problem, { field: 'name' });
    const name = normalizeName(input.name);
    const race = RACE_BY_ID.get(input.race);
    if (!race) throw badInput(`Unknown race ${input.race.slice(0, 32)}`, { field: 'race' });
    if (!CLASS_BY_ID.has(input.class)) throw badInput(`Unknown class ${input.class.slice(0, 32)}`, { field: 'class' });
    if (!race.classes.includes(input.class)) throw badInput(`A ${race.name} cannot be a ${CLASS_BY_ID.get(input.class)!.name}`, { field: 'class' });
    const appearance = parseAppearance(input.appearance);
    const realm = await this.db.realm.findUnique({ where: { id: input.realmId } });
    if (!realm) throw notFound('Realm');
    if (realm.status === 'offline') throw conflict(`${realm.name} is offline`);
    const start = ZONES.find((z) => z.start)!;

    try {
      return await inTx(this.db, async (tx) => {
        // The account's row serialises its creates: limits hold under concurrent requests.
        await lockAccount(tx, accountId, this.config.CHARACTERS_BANK_SLOTS);
        await this.assertWithinLimits(tx, accountId, realm.id);
        const taken = await tx.$queryRaw<unknown[]>`SELECT 1 FROM characters WHERE realm_id = ${realm.id} AND lower(name) = lower(${name})`;
        if (taken.length) throw conflict(`${name} is taken in ${realm.name}`);
        const character = await tx.character.create({
          data: {
            id: randomUUID(),
            accountId,
            realmId: realm.id,
            name,
            race: race.id,
            class: input.class,
            appearance,
            zoneId: start.id,
            posX: start.spawn[0],
            posY: start.spawn[1],
            posZ: start.spawn[2],
            bags: { create: this.config.CHARACTERS_BAG_SLOTS.map((slots, index) => ({ index, slots })) },
          },
        });
        await emit(tx, { type: 'CharacterCreated', characterId: character.id, accountId, realmId: realm.id, name, race: race.id, class: input.class });
        return character;
      });
    } catch (error) {
      // Two accounts creating the same name at once: the unique index decides.
      if (isUniqueViolation(error)) throw conflict(`${name} is taken in ${realm.name}`);
      throw error;
    }
  }

  /** Per-account and per-realm limits, deleted characters not counted (call with the account locked). */
  private async assertWithinLimits(tx: Tx, accountId: string, realmId: string): Promise<void> {
    const [row] = await tx.$queryRaw<{ total: number; in_realm: number }[]>`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE realm_id = ${realmId}))::int AS in_realm
      FROM characters WHERE account_id = ${accountId}::uuid AND deleted_at IS NULL`;
    if (row!.total >= this.config.CHARACTERS_MAX_PER_ACCOUNT) {
      throw new AppError('CONFLICT', `An account has at most ${this.config.CHARACTERS_MAX_PER_ACCOUNT} characters`, { limit: 'account' });
    }
    if (row!.in_realm >= this.config.CHARACTERS_MAX_PER_REALM) {
      throw new AppError('CONFLICT', `An account has at most ${this.config.CHARACTERS_MAX_PER_REALM} characters in a realm`, { limit: 'realm' });
    }
  }

  async select(accountId: string, id: string): Promise<Character> {
    return inTx(this.db, async (tx) => {
      const account = await lockAccount(tx, accountId, this.config.CHARACTERS_BANK_SLOTS);
      const c = await this.owned(tx, accountId, id);
      assertPlayable(c);
      if (account.active_character_id !== c.id) {
        await tx.account.update({ where: { id: accountId }, data: { activeCharacterId: c.id } });
        await emit(tx, { type: 'CharacterSelected', characterId: c.id, accountId });
      }
      return c;
    });
  }

  async rename(accountId: string, id: string, newName: string): Promise<Character> {
    const problem = nameProblem(newName);
    if (problem) throw badInput(problem, { field: 'name' });
    const name = normalizeName(newName);
    try {
      return await inTx(this.db, async (tx) => {
        await lockCharacters(tx, [id].filter(isId));
        const c = await this.owned(tx, accountId, id);
        assertPlayable(c);
        if (c.name === name) return c;
        const next = this.nextRenameAt(c);
        if (next) throw new AppError('CONFLICT', `${c.name} can be renamed again at ${next.toISOString()}`, { retryAt: next.toISOString() });
        const taken = await tx.$queryRaw<unknown[]>`SELECT 1 FROM characters WHERE realm_id = ${c.realmId} AND lower(name) = lower(${name}) AND id <> ${c.id}::uuid`;
        if (taken.length) throw conflict(`${name} is taken in this realm`);
        const renamed = await tx.character.update({ where: { id: c.id }, data: { name, renamedAt: new Date() } });
        await emit(tx, { type: 'CharacterRenamed', characterId: c.id, accountId, from: c.name, to: name });
        return renamed;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`${name} is taken in this realm`);
      throw error;
    }
  }

  async delete(accountId: string, id: string): Promise<Character> {
    return inTx(this.db, async (tx) => {
      const account = await lockAccount(tx, accountId, this.config.CHARACTERS_BANK_SLOTS);
      await lockCharacters(tx, [id].filter(isId));
      const c = await this.owned(tx, accountId, id);
      if (c.deletedAt) return c;
      if (account.active_character_id === c.id) await tx.account.update({ where: { id: accountId }, data: { activeCharacterId: null } });
      // Trades waiting on this character end with it.
      await tx.trade.updateMany({ where: { status: 'open', OR: [{ initiatorId: c.id }, { recipientId: c.id }] }, data: { status: 'cancelled', failureReason: `${c.name} was deleted` } });
      const deleted = await tx.character.update({ where: { id: c.id }, data: { deletedAt: new Date() } });
      await emit(tx, { type: 'CharacterDeleted', characterId: c.id, accountId, name: c.name });
      return deleted;
    });
  }

  /** Restores a deleted character within its window (any time before the purge for admins), within the limits. */
  async restore(accountId: string | null, id: string, by: string): Promise<Character> {
    return inTx(this.db, async (tx) => {
      const found = await this.find(id);
      if (!found || (accountId && found.accountId !== accountId)) throw notFound('Character');
      await lockAccount(tx, found.accountId, this.config.CHARACTERS_BANK_SLOTS);
      await lockCharacters(tx, [found.id]);
      const c = (await tx.character.findUnique({ where: { id: found.id } }))!;
      if (!c.deletedAt) return c;
      if (accountId && this.restorableUntil(c)!.getTime() <= Date.now()) throw conflict(`${c.name} can no longer be restored`);
      await this.assertWithinLimits(tx, c.accountId, c.realmId);
      const restored = await tx.character.update({ where: { id: c.id }, data: { deletedAt: null } });
      await emit(tx, { type: 'CharacterRestored', characterId: c.id, accountId: c.accountId, name: c.name, by });
      return restored;
    });
  }

  /** Removes characters deleted longer ago than the restore window, with their bags and items. */
  async purgeExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.CHARACTERS_RESTORE_DAYS * DAY);
    const due = await this.db.character.findMany({ where: { deletedAt: { lte: cutoff } }, select: { id: true }, take: 500 });
    let purged = 0;
    for (const { id } of due) {
      const done = await inTx(this.db, async (tx) => {
        await lockCharacters(tx, [id]);
        const c = await tx.character.findUnique({ where: { id } });
        if (!c?.deletedAt || c.deletedAt > cutoff) return false;
        const items = await tx.item.findMany({ where: { holderId: id } });
        await tx.item.deleteMany({ where: { holderId: id } });
        // Its finished trades go with it (the audit log keeps their history); a trade still
        // settling keeps its rows until the sweeper has finished it.
        await tx.trade.deleteMany({ where: { status: { in: ['completed', 'cancelled', 'failed'] }, OR: [{ initiatorId: id }, { recipientId: id }] } });
        await tx.character.delete({ where: { id } });
        await emit(
          tx,
          { type: 'CharacterPurged', characterId: id, accountId: c.accountId, name: c.name },
          ...items.map((i) => ({ type: 'ItemTaken' as const, characterId: id, accountId: c.accountId, itemId: i.id, definitionId: i.definitionId, quantity: i.quantity, source: 'admin' as const, reason: 'character purged' })),
        );
        return true;
      });
      if (done) purged++;
    }
    return purged;
  }

  async ban(adminId: string, id: string, reason: string, banned: boolean): Promise<Character> {
    const text = reason.trim();
    if (banned && (!text || text.length > 500)) throw badInput('A ban needs a reason of 1-500 characters', { field: 'reason' });
    return inTx(this.db, async (tx) => {
      await lockCharacters(tx, [id].filter(isId));
      const c = isId(id) ? await tx.character.findUnique({ where: { id } }) : null;
      if (!c) throw notFound('Character');
      if (!!c.bannedAt === banned) return c;
      const updated = await tx.character.update({ where: { id }, data: banned ? { bannedAt: new Date(), banReason: text } : { bannedAt: null, banReason: null } });
      if (banned) {
        await tx.account.updateMany({ where: { id: c.accountId, activeCharacterId: c.id }, data: { activeCharacterId: null } });
        await tx.trade.updateMany({ where: { status: 'open', OR: [{ initiatorId: c.id }, { recipientId: c.id }] }, data: { status: 'cancelled', failureReason: `${c.name} was banned` } });
      }
      await emit(tx, banned ? { type: 'CharacterBanned', characterId: id, accountId: c.accountId, reason: text, by: adminId } : { type: 'CharacterUnbanned', characterId: id, accountId: c.accountId, by: adminId });
      return updated;
    });
  }

  /** A game server's report; an event only when the level or the zone changes (positions are too frequent). */
  async updateState(state: CharacterState): Promise<Character> {
    if (state.level != null && (state.level < 1 || state.level > MAX_LEVEL)) throw badInput(`Levels are 1-${MAX_LEVEL}`, { field: 'level' });
    if (state.experience != null && state.experience < 0) throw badInput('Experience is never negative', { field: 'experience' });
    if (state.zoneId != null && !ZONES.some((z) => z.id === state.zoneId)) throw badInput(`Unknown zone ${state.zoneId.slice(0, 48)}`, { field: 'zoneId' });
    const p = state.position;
    if (p && ![p.x, p.y, p.z].every(Number.isFinite)) throw badInput('Positions are finite numbers', { field: 'position' });
    return inTx(this.db, async (tx) => {
      await lockCharacters(tx, [state.characterId].filter(isId));
      const c = isId(state.characterId) ? await tx.character.findUnique({ where: { id: state.characterId } }) : null;
      if (!c) throw notFound('Character');
      assertPlayable(c);
      const updated = await tx.character.update({
        where: { id: c.id },
        data: {
          level: state.level ?? undefined,
          experience: state.experience ?? undefined,
          zoneId: state.zoneId ?? undefined,
          ...(p ? { posX: p.x, posY: p.y, posZ: p.z } : {}),
          lastPlayedAt: state.playedAt ?? new Date(),
        },
      });
      if (updated.level !== c.level || updated.zoneId !== c.zoneId) {
        await emit(tx, { type: 'CharacterProgressed', characterId: c.id, accountId: c.accountId, level: updated.level, experience: updated.experience, zoneId: updated.zoneId, previousLevel: c.level, previousZoneId: c.zoneId });
      }
      return updated;
    });
  }

  /** Admin search: a case-insensitive name prefix, an account or a realm; deleted characters included. */
  search(filter: { name?: string | null; accountId?: string | null; realmId?: string | null }, first: number): Promise<Character[]> {
    if (filter.accountId && !isId(filter.accountId)) return Promise.resolve([]);
    return this.db.character.findMany({
      where: {
        ...(filter.name ? { name: { startsWith: filter.name, mode: 'insensitive' } } : {}),
        ...(filter.accountId ? { accountId: filter.accountId } : {}),
        ...(filter.realmId ? { realmId: filter.realmId } : {}),
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: Math.min(Math.max(first, 1), 100),
    });
  }
}
