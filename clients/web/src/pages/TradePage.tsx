import { useCallback, useEffect, useState } from 'react';
import {
  CancelTradeDocument,
  CharacterInventoryDocument,
  ConfirmTradeDocument,
  SetTradeOfferDocument,
  TradeChangedDocument,
  TradeDocument,
  type InventoryItemFragment,
  type TradeFieldsFragment,
} from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { currentSession } from '../api/session.ts';
import { ErrorText } from '../ErrorText.tsx';

type Side = TradeFieldsFragment['initiator'];

/** The trade window: both offers side by side, live; mine is edited from my bags. */
export function TradePage({ id }: { id: string }) {
  const [trade, setTrade] = useState<TradeFieldsFragment | null>();
  const [bags, setBags] = useState<InventoryItemFragment[]>([]);
  const [error, setError] = useState<unknown>();
  const me = currentSession()?.user.id;
  const mine: 'initiator' | 'recipient' | undefined = trade ? (trade.initiator.character.owner.id === me ? 'initiator' : trade.recipient.character.owner.id === me ? 'recipient' : undefined) : undefined;
  const myCharacterId = trade && mine ? trade[mine].character.id : undefined;

  useEffect(() => {
    request(TradeDocument, { id }).then((d) => setTrade(d.trade), setError);
    // Every offer, confirmation and the outcome arrive as they happen.
    return subscribe(TradeChangedDocument, { tradeId: id }, (d) => setTrade(d.tradeChanged), setError);
  }, [id]);
  const loadBags = useCallback(async () => {
    if (!myCharacterId) return;
    const inv = (await request(CharacterInventoryDocument, { id: myCharacterId })).character?.inventory;
    setBags(inv ? inv.bags.flatMap((b) => b.items).filter((i) => !i.definition.bound) : []);
  }, [myCharacterId]);
  useEffect(() => {
    loadBags().catch(setError);
  }, [loadBags, trade?.status]);

  if (trade === undefined) return <ErrorText error={error} />;
  if (!trade || !mine || !myCharacterId) return <p>Trade not found.</p>;
  const other = mine === 'initiator' ? 'recipient' : 'initiator';
  const run = (p: Promise<unknown>) => p.then(() => setError(undefined), setError);
  const offer = (items: { itemId: string; quantity: number }[], currency: Side['currency']) =>
    run(request(SetTradeOfferDocument, { tradeId: id, characterId: myCharacterId, offer: { items, currency: currency && Number(currency.amount) > 0 ? currency : null } }).then((d) => setTrade(d.setTradeOffer)));
  const myItems = trade[mine].items.map((i) => ({ itemId: i.itemId, quantity: i.quantity }));
  const open = trade.status === 'open';
  return (
    <section className="card trade" data-testid="trade-window">
      <h1>
        Trade: {trade.initiator.character.name} ↔ {trade.recipient.character.name}{' '}
        <span className="pill" data-testid="trade-status">
          {trade.status}
        </span>
      </h1>
      {trade.failureReason && <p className="error">{trade.failureReason}</p>}
      <ErrorText error={error} />
      <div className="trade-sides">
        <Offer title={`You give (${trade[mine].character.name})`} side={trade[mine]} testId="my-offer" />
        <Offer title={`You receive (${trade[other].character.name})`} side={trade[other]} testId="their-offer" />
      </div>
      {open && (
        <>
          <h2>Your bags</h2>
          <ul className="trade-bag" data-testid="trade-bag">
            {bags.map((item) => {
              const offered = myItems.some((i) => i.itemId === item.id);
              return (
                <li key={item.id}>
                  {item.definition.name} ×{item.quantity}{' '}
                  <button
                    onClick={() =>
                      offer(offered ? myItems.filter((i) => i.itemId !== item.id) : [...myItems, { itemId: item.id, quantity: item.quantity }], trade[mine].currency)
                    }
                  >
                    {offered ? 'Take back' : 'Offer'}
                  </button>
                </li>
              );
            })}
          </ul>
          <CurrencyForm current={trade[mine].currency} onOffer={(currency) => offer(myItems, currency)} />
          <p>
            <button disabled={trade[mine].confirmed} onClick={() => run(request(ConfirmTradeDocument, { tradeId: id, characterId: myCharacterId }).then((d) => setTrade(d.confirmTrade)))}>
              {trade[mine].confirmed ? 'Confirmed, waiting for the other side' : 'Confirm trade'}
            </button>{' '}
            <button onClick={() => run(request(CancelTradeDocument, { tradeId: id, characterId: myCharacterId }).then((d) => setTrade(d.cancelTrade)))}>Cancel</button>
          </p>
          <p className="hint">Any change to an offer clears both confirmations.</p>
        </>
      )}
    </section>
  );
}

function Offer({ title, side, testId }: { title: string; side: Side; testId: string }) {
  return (
    <div className="trade-side" data-testid={testId}>
      <h2>
        {title} {side.confirmed && <span className="pill">confirmed</span>}
      </h2>
      <ul>
        {side.items.length === 0 && !side.currency && <li className="hint">nothing yet</li>}
        {side.items.map((i) => (
          <li key={i.itemId}>
            {i.definition.name} ×{i.quantity}
          </li>
        ))}
        {side.currency && (
          <li>
            {side.currency.amount} {side.currency.asset}
          </li>
        )}
      </ul>
    </div>
  );
}

function CurrencyForm({ current, onOffer }: { current: Side['currency']; onOffer(currency: Side['currency']): void }) {
  const [amount, setAmount] = useState(current?.amount ?? '');
  const [asset, setAsset] = useState(current?.asset ?? 'PSC');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onOffer(amount ? { asset, amount } : null);
      }}
    >
      <label>
        Currency <input aria-label="Currency amount" size={8} value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="0" />
      </label>{' '}
      <input aria-label="Currency asset" size={5} value={asset} onChange={(e) => setAsset(e.target.value)} /> <button>Offer currency</button>
    </form>
  );
}
