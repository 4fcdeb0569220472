import { registerUser, startRouterProcess, subscribe, type RouterProcess } from '@worldgraph/testenv';
import { eventually, ok, party, say } from './helpers.ts';

const ADDED = 'subscription ($c: ID!) { messageAdded(channelId: $c) { id body author { id username } } }';
const ACTIVITY = 'subscription { channelActivity { kind channel { id } message { body } user { id } } }';

describe('live chat', () => {
  let second: RouterProcess;
  beforeAll(async () => {
    second = await startRouterProcess();
  });
  afterAll(() => second?.stop());

  it('delivers each message once to each subscriber, on two routers, with fields from accounts', async () => {
    const { owner, members, channelId } = await party(1);
    const [member] = members;
    const onFirst = await subscribe(ADDED, { c: channelId }, { token: owner.accessToken });
    const onSecond = await subscribe(ADDED, { c: channelId }, { token: member!.accessToken, url: second.graphqlUrl });
    try {
      for (const n of [1, 2, 3]) await say(member!, channelId, `live ${n}`);
      for (const sub of [onFirst, onSecond]) {
        await sub.nth(3, 20_000);
        expect(sub.results.map((r) => r.data!.messageAdded.body)).toEqual(['live 1', 'live 2', 'live 3']);
        expect(sub.results[0]!.data!.messageAdded.author).toEqual({ id: member!.id, username: member!.username });
      }
      // Nothing arrives twice: the next message is the fourth result on each.
      await say(owner, channelId, 'live 4');
      for (const sub of [onFirst, onSecond]) expect((await sub.nth(4, 20_000)).data!.messageAdded.body).toBe('live 4');
      expect(onFirst.results).toHaveLength(4);
      expect(onSecond.results).toHaveLength(4);
    } finally {
      await onFirst.close();
      await onSecond.close();
    }
  });

  it("refuses a channel the subscriber may not read", async () => {
    const { channelId } = await party(1);
    const stranger = await registerUser();
    const sub = await subscribe(ADDED, { c: channelId }, { token: stranger.accessToken });
    const first = await sub.nth(1);
    expect(first.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await sub.close();
  });

  it('tells members who is typing and what changed in their channels, without storing typing', async () => {
    const { owner, members, channelId } = await party(1);
    const [member] = members;
    const activity = await subscribe(ACTIVITY, {}, { token: owner.accessToken });
    try {
      await ok('mutation ($c: ID!) { sendTyping(channelId: $c) }', { c: channelId }, member!.accessToken);
      const typing = await activity.nth(1, 20_000);
      expect(typing.data!.channelActivity).toEqual({ kind: 'typing', channel: { id: channelId }, message: null, user: { id: member!.id } });
      const sent = (await say(member!, channelId, 'typed it')).data!.sendMessage;
      await eventually(async () => activity.results.map((r) => r.data!.channelActivity.kind), (kinds) => kinds.includes('message'));
      await ok('mutation ($id: ID!) { deleteMessage(id: $id) { id } }', { id: sent.id }, member!.accessToken);
      await eventually(async () => activity.results.map((r) => r.data!.channelActivity.kind), (kinds) => kinds.includes('deleted'));
    } finally {
      await activity.close();
    }
  });
});
