import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  AcceptBuyRequestDocument,
  BuyParcelDocument,
  BuyRequestsReceivedDocument,
  BuyRequestsSentDocument,
  CancelBuyRequestDocument,
  CancelParcelListingDocument,
  CreateBuyRequestDocument,
  FeatureStatusChangedDocument,
  ListParcelForSaleDocument,
  ParcelDocument,
  RejectBuyRequestDocument,
  type BuyRequestSummaryFragment,
  type ParcelSummaryFragment,
} from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { ParcelPhotos } from '../media/ParcelPhotos.tsx';
import { ParcelDynasty } from './ParcelDynasty.tsx';
import { useSession } from '../useSession.ts';

/** One parcel: details and owner, and what the viewer can do with it. */
export function ParcelPage({ id }: { id: string }) {
  const session = useSession();
  const [parcel, setParcel] = useState<ParcelSummaryFragment | null>();
  const [offers, setOffers] = useState<{ received: BuyRequestSummaryFragment[]; sent: BuyRequestSummaryFragment[] }>({ received: [], sent: [] });
  const [error, setError] = useState<{ error: unknown; action?: string }>();
  const [notice, setNotice] = useState<string>();

  const load = useCallback(async () => {
    const { feature } = await request(ParcelDocument, { id });
    setParcel(feature);
    if (!session || !feature) return;
    const [received, sent] = await Promise.all([request(BuyRequestsReceivedDocument, { first: 100 }), request(BuyRequestsSentDocument, { first: 100 })]);
    const here = (r: BuyRequestSummaryFragment) => r.feature.id === id && r.status === 'pending';
    setOffers({ received: received.buyRequestsReceived.edges.map((e) => e.node).filter(here), sent: sent.buyRequestsSent.edges.map((e) => e.node).filter(here) });
  }, [id, session]);

  useEffect(() => {
    load().catch((e) => setError({ error: e }));
  }, [load]);

  // Someone else's purchase or listing shows up here at once.
  useEffect(() => {
    if (!parcel) return;
    const { lng, lat } = parcel.centroid;
    const bbox = { minLng: lng - 1e-5, minLat: lat - 1e-5, maxLng: lng + 1e-5, maxLat: lat + 1e-5 };
    return subscribe(FeatureStatusChangedDocument, { bbox }, ({ featureStatusChanged: c }) => {
      if (c.feature.id === id) void load();
    });
  }, [parcel?.id, load]); // eslint-disable-line react-hooks/exhaustive-deps

  const act = async (action: string, run: () => Promise<unknown>, done: string) => {
    setError(undefined);
    setNotice(undefined);
    try {
      await run();
      setNotice(done);
      await load();
    } catch (e) {
      setError({ error: e, action });
    }
  };
  const priceOf = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    return String(new FormData(e.currentTarget).get('price') ?? '').trim();
  };

  if (parcel === undefined) return <p>Loading…</p>;
  if (parcel === null) return <p className="error">This parcel does not exist.</p>;
  const mine = !!session && parcel.owner?.id === session.user.id;
  const buyable = (parcel.status === 'available' || parcel.status === 'for_sale') && !mine;

  return (
    <section className="card parcel">
      <h1>
        Parcel {parcel.id} <span className={`pill status-${parcel.status}`} data-testid="parcel-status">{parcel.status}</span>
      </h1>
      <dl>
        <dt>Land use</dt>
        <dd>
          <span className="swatch" style={{ background: parcel.colour }} /> {parcel.landUse}
        </dd>
        <dt>Area</dt>
        <dd>{Math.round(parcel.areaM2).toLocaleString()} m²</dd>
        <dt>Price</dt>
        <dd data-testid="parcel-price">
          {parcel.price.amount} {parcel.price.asset}
        </dd>
        <dt>Owner</dt>
        <dd data-testid="parcel-owner">{parcel.owner ? parcel.owner.username : 'the world (for sale at its price)'}</dd>
      </dl>
      {notice && <p className="notice">{notice}</p>}
      <ErrorText error={error?.error} action={error?.action} />
      {!session && <p className="hint">Sign in to buy or make an offer.</p>}
      {session && buyable && (
        <button data-testid="buy" onClick={() => act('buy', () => request(BuyParcelDocument, { id: parcel.id, idempotencyKey: crypto.randomUUID() }), 'It is yours.')}>
          Buy for {parcel.price.amount} {parcel.price.asset}
        </button>
      )}
      {session && !mine && parcel.status === 'sold' && (
        <form onSubmit={(e) => { const price = priceOf(e); void act('offer', () => request(CreateBuyRequestDocument, { featureId: parcel.id, price }), 'Offer sent to the owner.'); }}>
          <label>
            Offer ({parcel.price.asset}) <input name="price" inputMode="decimal" required />
          </label>
          <button type="submit">Make an offer</button>
        </form>
      )}
      {mine && parcel.status === 'sold' && (
        <form onSubmit={(e) => { const price = priceOf(e); void act('list', () => request(ListParcelForSaleDocument, { id: parcel.id, price }), 'Listed for sale.'); }}>
          <label>
            Asking price ({parcel.price.asset}) <input name="price" inputMode="decimal" required />
          </label>
          <button type="submit">List for sale</button>
        </form>
      )}
      {mine && parcel.status === 'for_sale' && <button onClick={() => act('unlist', () => request(CancelParcelListingDocument, { id: parcel.id }), 'No longer for sale.')}>Cancel the listing</button>}
      <Offers
        title="Offers for this parcel"
        offers={offers.received}
        actions={[
          ['Accept', (o) => act('accept', () => request(AcceptBuyRequestDocument, { id: o.id }), `Sold to ${o.buyer.username}.`)],
          ['Reject', (o) => act('reject', () => request(RejectBuyRequestDocument, { id: o.id }), 'Offer rejected.')],
        ]}
      />
      {session && <ParcelDynasty featureId={parcel.id} mine={mine} />}
      <ParcelPhotos id={parcel.id} mine={mine} />
      <Offers title="Your offers" offers={offers.sent} actions={[['Cancel', (o) => act('cancel', () => request(CancelBuyRequestDocument, { id: o.id }), 'Offer withdrawn.')]]} />
    </section>
  );
}

function Offers({ title, offers, actions }: { title: string; offers: BuyRequestSummaryFragment[]; actions: [string, (o: BuyRequestSummaryFragment) => void][] }) {
  if (!offers.length) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul className="offers">
        {offers.map((o) => (
          <li key={o.id}>
            {o.buyer.username} offers {o.price.amount} {o.price.asset}
            {o.note ? ` — “${o.note}”` : ''}{' '}
            {actions.map(([label, run]) => (
              <button key={label} onClick={() => run(o)}>
                {label}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
