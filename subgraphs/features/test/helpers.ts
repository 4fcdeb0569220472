// Shared operations of the features tests.
import { randomUUID } from 'node:crypto';
import { database, gql } from '@worldgraph/testenv';

export const BUY = `mutation ($id: ID!, $key: String!) {
  buyFeature(id: $id, idempotencyKey: $key) { id status price { asset amount } commission feature { id status owner { id username } } seller { id } }
}`;

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Parcels of the seeded demo world in a box (anonymous query through the router). */
export async function parcelsIn(bbox: Box, first = 500, filter?: Record<string, unknown>) {
  const res = await gql<{ features: { edges: { node: { id: string; status: string; price: { amount: string } } }[] } }>(
    'query ($bbox: BBoxInput!, $first: Int, $filter: FeatureFilter) { features(bbox: $bbox, first: $first, filter: $filter) { edges { node { id status price { amount } } } } }',
    { bbox, first, filter },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.features.edges.map((e) => e.node);
}

/** A box around the seeded world's first blocks: its parcels exist in every test stack. */
export const CENTRE: Box = { minLng: 51.2, minLat: 35.5, maxLng: 51.6, maxLat: 35.9 };

export const key = () => randomUUID();

/** The PSC balance and ledger sum of a user, from the wallet database. */
export async function money(userId: string) {
  const { rows } = await database('wallet').query(
    "SELECT coalesce((SELECT amount FROM balances WHERE user_id = $1 AND asset = 'PSC'), 0)::text AS balance, (SELECT count(*)::int FROM ledger_entries WHERE user_id = $1) AS entries",
    [userId],
  );
  return { balance: rows[0].balance.replace(/\.?0+$/, '') || '0', entries: rows[0].entries as number };
}
