import { closeDatabases, gql } from '@worldgraph/testenv';
import { eventually, market, offer } from './helpers.ts';

afterAll(closeDatabases);

const ACCEPT = 'mutation ($id: ID!) { acceptBuyRequest(id: $id) { status } }';
const REJECT = 'mutation ($id: ID!) { rejectBuyRequest(id: $id) { status } }';

describe('notifications from marketplace events', () => {
  it('buying from the world tells the buyer, and nobody else (the world has no inbox)', async () => {
    const { owner, parcel } = await market();
    const [bought] = await eventually(owner, (n) => n.length > 0);
    expect(bought).toMatchObject({ kind: 'system', title: 'You bought a parcel', read: false, data: { feature: { id: parcel }, asset: 'PSC' } });
  });

  it('a buy request tells the seller; accepting it tells the buyer, and the seller the parcel sold', async () => {
    const { owner, buyer, parcel } = await market();
    const requestId = await offer(buyer, parcel, '25');
    const [received] = await eventually(owner, (n) => n.some((x) => x.kind === 'buy_request_received'));
    expect(received).toMatchObject({ kind: 'buy_request_received', read: false, data: { feature: { id: parcel }, requestId } });

    expect((await gql(ACCEPT, { id: requestId }, { token: owner.accessToken })).data?.acceptBuyRequest.status).toBe('completed');
    const buyerSees = await eventually(buyer, (n) => n.some((x) => x.kind === 'buy_request_accepted') && n.some((x) => x.kind === 'system'));
    expect(buyerSees.find((x) => x.kind === 'buy_request_accepted')).toMatchObject({ data: { feature: { id: parcel }, requestId } });
    const [sold] = await eventually(owner, (n) => n.some((x) => x.kind === 'parcel_sold'));
    expect(sold).toMatchObject({ kind: 'parcel_sold', data: { feature: { id: parcel }, asset: 'PSC', amount: '25' } });
    expect(sold!.body).toContain(parcel);
  });

  it('rejecting a buy request tells the buyer', async () => {
    const { owner, buyer, parcel } = await market();
    const requestId = await offer(buyer, parcel);
    expect((await gql(REJECT, { id: requestId }, { token: owner.accessToken })).data?.rejectBuyRequest.status).toBe('rejected');
    const [rejected] = await eventually(buyer, (n) => n.length > 0);
    expect(rejected).toMatchObject({ kind: 'buy_request_rejected', data: { feature: { id: parcel }, requestId } });
  });
});
