// Shared operations of the characters tests: players and game servers through the router (and the
// subgraph itself for internal operations, which the router never exposes).
import { randomUUID } from 'node:crypto';
import { gql, registerUser, serviceToken, stack, uniqueCharacterName, type GraphQLResponse, type TestUser } from '@worldgraph/testenv';
import { ok } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok };

/** Calls the characters subgraph directly as a game server (service credential). */
export async function asGameServer<T = Record<string, any>>(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return gql<T>(query, variables, { url: stack().subgraphs.characters, token: await serviceToken('gameserver') });
}

export const CREATE = `mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id name level status realm { id } zone { id } } }`;

/** A name the rules accept and no other test uses (testenv's). */
export const uniqueName = uniqueCharacterName;

/** A fresh player with one character. */
export async function player(opts: { realmId?: string; race?: string; class?: string } = {}): Promise<{ user: TestUser; characterId: string; name: string }> {
  const user = await registerUser();
  const name = uniqueName();
  const { createCharacter } = await ok(CREATE, { i: { realmId: opts.realmId ?? 'aurora', name, race: opts.race ?? 'human', class: opts.class ?? 'warrior' } }, user.accessToken);
  return { user, characterId: createCharacter.id, name: createCharacter.name };
}

const GRANT = `mutation ($i: GameItemsInput!) { internalGrantItems(input: $i) { eventId applied } }`;
const TAKE = `mutation ($i: GameItemsInput!) { internalTakeItems(input: $i) { eventId applied } }`;

/** Loot from a game server; returns the response (errors included). */
export function grant(characterId: string, items: { itemId: string; quantity: number }[], eventId = `loot:${randomUUID()}`) {
  return asGameServer<{ internalGrantItems: { eventId: string; applied: boolean } }>(GRANT, { i: { eventId, characterId, items } });
}

export function take(characterId: string, items: { itemId: string; quantity: number }[], eventId = `use:${randomUUID()}`) {
  return asGameServer<{ internalTakeItems: { eventId: string; applied: boolean } }>(TAKE, { i: { eventId, characterId, items } });
}

export interface ItemView {
  id: string;
  quantity: number;
  definition: { id: string };
  location: { container: string; bag: number | null; slot: number; equipSlot: string | null };
}

export const INVENTORY_FIELDS = `
  bags { index slots freeSlots items { id quantity definition { id } location { container bag slot equipSlot } } }
  equipment { slot item { id definition { id } } }
  bank { slots freeSlots items { id quantity definition { id } location { container bag slot equipSlot } } }`;

/** A character's inventory as its owner sees it through the router. */
export interface InventoryView {
  bags: { index: number; slots: number; freeSlots: number; items: ItemView[] }[];
  equipment: { slot: string; item: { id: string; definition: { id: string } } | null }[];
  bank: { slots: number; freeSlots: number; items: ItemView[] };
  bagItems: ItemView[];
  bankItems: ItemView[];
}

export async function inventoryOf(characterId: string, token: string): Promise<InventoryView> {
  const { character } = await ok(`query ($id: ID!) { character(id: $id) { inventory { ${INVENTORY_FIELDS} } } }`, { id: characterId }, token);
  const inv = character.inventory as Omit<InventoryView, 'bagItems' | 'bankItems'>;
  return { ...inv, bagItems: inv.bags.flatMap((b) => b.items), bankItems: inv.bank.items };
}

/** Total quantity of a definition across a list of items. */
export const count = (items: ItemView[], definitionId: string) => items.filter((i) => i.definition.id === definitionId).reduce((s, i) => s + i.quantity, 0);
