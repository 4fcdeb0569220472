import { registerUser } from '@worldgraph/testenv';
import { eventually, ok, parcelFor, refusal, say } from './helpers.ts';

const CHANNELS = 'query { myChannels { id kind name myRole } }';
const dynastyChannel = async (token: string) => ((await ok(CHANNELS, {}, token)).myChannels as any[]).find((c) => c.kind === 'DYNASTY');

describe('channels that follow other contexts', () => {
  it("opens a dynasty's channel to its members as social's events say, and closes it to those who leave", async () => {
    const head = await registerUser();
    const featureId = await parcelFor(head, 0);
    const { foundDynasty } = await ok('mutation ($i: FoundDynastyInput!) { foundDynasty(input: $i) { id } }', { i: { featureId, name: `House ${head.username}`.slice(0, 80) } }, head.accessToken);
    const channel = await eventually(() => dynastyChannel(head.accessToken), (c) => !!c);
    expect(channel).toMatchObject({ myRole: 'owner', name: `House ${head.username}`.slice(0, 80) });
    expect((await ok('query ($d: ID!) { dynasty(id: $d) { chatChannel { id } } }', { d: foundDynasty.id }, head.accessToken)).dynasty.chatChannel).toEqual({ id: channel.id });

    const member = await registerUser();
    const { sendJoinRequest } = await ok('mutation ($i: JoinRequestInput!) { sendJoinRequest(input: $i) { id } }', { i: { dynastyId: foundDynasty.id, kind: 'join' } }, member.accessToken);
    expect((await say(member, channel.id, 'not yet')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await ok('mutation ($id: ID!) { acceptJoinRequest(id: $id) { id } }', { id: sendJoinRequest.id }, head.accessToken);
    await eventually(() => dynastyChannel(member.accessToken), (c) => c?.id === channel.id);
    expect((await say(member, channel.id, 'hello family')).errors).toBeUndefined();

    await ok('mutation { leaveDynasty { id } }', {}, member.accessToken);
    await eventually(() => dynastyChannel(member.accessToken), (c) => !c);
    expect((await refusal('query ($c: ID!) { channel(id: $c) { id } }', { c: channel.id }, member.accessToken)).code).toBe('NOT_FOUND');
  });
});
