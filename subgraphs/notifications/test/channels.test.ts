import { createLogger } from '@worldgraph/kit';
import { Channels, type ChannelProvider } from '../src/domain/channels.ts';
import type { Outgoing } from '../src/domain/inbox.ts';
import type { Notification } from '../src/generated/prisma/client.ts';

const note = (kind: Notification['kind']): Notification => ({
  id: `ntf_${kind}`,
  userId: '00000000-0000-4000-8000-000000000001',
  kind,
  title: 't',
  body: 'b',
  data: {},
  sourceEventId: null,
  inApp: true,
  readAt: null,
  createdAt: new Date(),
});
const recorder = () => {
  const sent: string[] = [];
  return { sent, provider: { send: async (n: Notification) => void sent.push(n.id) } satisfies ChannelProvider };
};
const silent = createLogger('test', 'silent');

describe('Channels', () => {
  it('sends each notification only on the channels its user has on for its kind', async () => {
    const [email, sms] = [recorder(), recorder()];
    await new Channels({ email: email.provider, sms: sms.provider }, silent).deliver([
      { notification: note('parcel_sold'), channels: ['email', 'sms'] },
      { notification: note('system'), channels: ['email'] },
      { notification: note('profits_credited'), channels: [] },
    ]);
    expect(email.sent).toEqual(['ntf_parcel_sold', 'ntf_system']);
    expect(sms.sent).toEqual(['ntf_parcel_sold']);
  });

  it('never throws: a failing, throwing or hung provider is logged and the next channel still sends', async () => {
    const sms = recorder();
    const hung: ChannelProvider = { send: () => new Promise(() => {}) };
    const throwing: ChannelProvider = {
      send: () => {
        throw new Error('sync failure');
      },
    };
    const both: Outgoing[] = [{ notification: note('system'), channels: ['email', 'sms'] }];
    await expect(new Channels({ email: hung, sms: sms.provider }, silent, 20).deliver(both)).resolves.toBeUndefined();
    await expect(new Channels({ email: throwing, sms: sms.provider }, silent).deliver(both)).resolves.toBeUndefined();
    expect(sms.sent).toEqual(['ntf_system', 'ntf_system']);
  });
});
