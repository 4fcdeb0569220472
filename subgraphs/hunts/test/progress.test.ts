import { closeDatabases, registerUser, stack, subscribe } from '@worldgraph/testenv';
import { buildHunt, DISCOVER, JOIN, ok, offset, PARIS, PUBLISH } from './helpers.ts';

afterAll(closeDatabases);

const PROGRESS = 'subscription ($h: ID!) { huntProgress(huntId: $h) { type huntId clueId user { id } } }';
const S = PARIS;
const T = offset(PARIS, 20);

describe('huntProgress (graphql-ws on the hunts subgraph)', () => {
  it('streams joins, discoveries and the finish of one hunt to a partner member', async () => {
    const { huntId, clues, owner } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    const other = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    await ok(PUBLISH, { h: other.huntId }, other.owner.accessToken);
    const sub = await subscribe(PROGRESS, { h: huntId }, { url: stack().subgraphs.hunts, token: owner.accessToken });
    try {
      const player = await registerUser();
      // Activity in another hunt is not this subscriber's.
      await ok(JOIN, { h: other.huntId }, player.accessToken);
      await ok(JOIN, { h: huntId }, player.accessToken);
      await ok(DISCOVER, { h: huntId, c: clues.S, p: { ...S, accuracy: 2 } }, player.accessToken);
      await ok(DISCOVER, { h: huntId, c: clues.T, p: { ...T, accuracy: 2 } }, player.accessToken);
      const user = { id: player.id };
      // Read until the payment; the hunt's own HuntPublished may still be on its way from the
      // outbox when the subscription starts, so it is allowed before the rest.
      const seen: Record<string, unknown>[] = [];
      for (let n = 1; seen.at(-1)?.type !== 'RewardPaid'; n++) seen.push((await sub.nth(n)).data!.huntProgress);
      expect(seen.filter((e) => e.type !== 'HuntPublished')).toEqual([
        { type: 'ParticipantJoined', huntId, clueId: null, user },
        { type: 'ClueDiscovered', huntId, clueId: clues.S, user },
        { type: 'ClueDiscovered', huntId, clueId: clues.T, user },
        { type: 'HuntFinished', huntId, clueId: clues.T, user },
        { type: 'RewardPaid', huntId, clueId: null, user },
      ]);
    } finally {
      await sub.close();
    }
  });

  it('reaches a partner through the router too, with the player resolved by accounts', async () => {
    const { huntId, clues, owner } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    const sub = await subscribe('subscription ($h: ID!) { huntProgress(huntId: $h) { type clueId user { id username } } }', { h: huntId }, { token: owner.accessToken });
    try {
      const player = await registerUser();
      await ok(JOIN, { h: huntId }, player.accessToken);
      await ok(DISCOVER, { h: huntId, c: clues.S, p: { ...S, accuracy: 2 } }, player.accessToken);
      const seen: Record<string, unknown>[] = [];
      for (let n = 1; seen.at(-1)?.type !== 'ClueDiscovered'; n++) seen.push((await sub.nth(n)).data!.huntProgress);
      expect(seen.filter((e) => e.type !== 'HuntPublished')).toEqual([
        { type: 'ParticipantJoined', clueId: null, user: { id: player.id, username: player.username } },
        { type: 'ClueDiscovered', clueId: clues.S, user: { id: player.id, username: player.username } },
      ]);
    } finally {
      await sub.close();
    }
  });

  it('refuses players who are not members of the partner, and anonymous sockets', async () => {
    const { huntId, owner } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    const stranger = await registerUser();
    const refused = await subscribe(PROGRESS, { h: huntId }, { url: stack().subgraphs.hunts, token: stranger.accessToken });
    expect(await refused.end()).toBe('complete');
    expect(refused.results[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subscribe(PROGRESS, { h: huntId }, { url: stack().subgraphs.hunts });
    await anonymous.end();
    expect(JSON.stringify(anonymous.results[0]?.errors ?? anonymous.ended)).toContain('UNAUTHENTICATED');
  });
});
