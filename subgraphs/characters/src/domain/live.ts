import type { DomainEvent } from '@worldgraph/kit';

/** What the portal's subscription sends for one event. */
export interface CharacterChangeView {
  type: string;
  characterId: string;
  at: Date;
}

/** The account an event of this context concerns (both accounts for a trade or an item traded). */
export function accountsOf(event: DomainEvent): string[] {
  const p = event.payload as { accountId?: string; toAccountId?: string; withAccountId?: string };
  return [p.accountId, p.toAccountId, p.withAccountId].filter((a): a is string => !!a);
}

/** The change a character event means to `accountId`, or undefined for trade events and others' characters. */
export function characterChange(event: DomainEvent, accountId: string): CharacterChangeView | undefined {
  if (event.type.startsWith('Trade')) return undefined;
  const p = event.payload as { characterId?: string; accountId?: string; toCharacterId?: string; toAccountId?: string };
  const characterId = p.toAccountId === accountId && p.accountId !== accountId ? p.toCharacterId : p.characterId;
  if (!characterId || !accountsOf(event).includes(accountId)) return undefined;
  return { type: event.type, characterId, at: new Date(event.occurredAt) };
}
