import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  HourlyProfitsDocument,
  LandUsesDocument,
  MyEstateDocument,
  PlaceBuildingDocument,
  RemoveBuildingDocument,
  WithdrawProfitsDocument,
  type BuildingKind,
  type HourlyProfitsQuery,
  type LandUsesQuery,
  type MyEstateQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

const KINDS: BuildingKind[] = ['house', 'apartment', 'shop', 'office', 'factory', 'farm', 'school', 'clinic', 'park'];

/** A parcel owner's estate: profits accrued by the hour, withdrawing them, and buildings on the parcels. */
export function EstatePage() {
  const [profits, setProfits] = useState<HourlyProfitsQuery['hourlyProfits']>();
  const [parcels, setParcels] = useState<MyEstateQuery['myFeatures']['edges']>([]);
  const [rates, setRates] = useState<LandUsesQuery['landUses']>([]);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const load = useCallback(async () => {
    const [p, e, l] = await Promise.all([request(HourlyProfitsDocument, { first: 50 }), request(MyEstateDocument, { first: 100 }), request(LandUsesDocument)]);
    setProfits(p.hourlyProfits);
    setParcels(e.myFeatures.edges);
    setRates(l.landUses);
  }, []);
  useEffect(() => void load().catch(setError), [load]);
  const withdraw = (asset: string) =>
    request(WithdrawProfitsDocument, { asset, idempotencyKey: crypto.randomUUID() }).then(async ({ withdrawProfits: w }) => {
      setNotice(`${w.amount} ${w.asset} moved to your wallet.`);
      await load();
    }, setError);
  const build = async (featureId: string, e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    await request(PlaceBuildingDocument, { featureId, kind: String(form.get('kind')) as BuildingKind, name: String(form.get('name') ?? '') || null }).then(load, setError);
  };
  return (
    <section className="card">
      <h1>Your estate</h1>
      <ErrorText error={error} />
      {notice && <p className="notice">{notice}</p>}
      <h2>Profits waiting</h2>
      <ul data-testid="pending-profits">
        {profits?.pending.length ? (
          profits.pending.map((p) => (
            <li key={p.asset}>
              {p.amount} {p.asset} <button onClick={() => withdraw(p.asset)}>Withdraw</button>
            </li>
          ))
        ) : (
          <li>Nothing to withdraw yet: parcels earn by the hour.</li>
        )}
      </ul>
      <h2>Hourly profits</h2>
      <table>
        <tbody>
          {profits?.edges.map(({ node: p }) => (
            <tr key={`${p.feature.id}-${p.hour}-${p.asset}`}>
              <td>{new Date(p.hour).toLocaleString()}</td>
              <td>
                <a href={`#/parcel/${p.feature.id}`}>{p.feature.landUse}</a>
              </td>
              <td>
                {p.amount} {p.asset}
              </td>
              <td>{p.withdrawn ? 'withdrawn' : 'waiting'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Parcels and buildings</h2>
      {parcels.length === 0 && <p>You own no parcels yet: buy one on the map.</p>}
      {parcels.map(({ node: f }) => (
        <article key={f.id} data-testid={`estate-${f.id}`}>
          <h3>
            <a href={`#/parcel/${f.id}`}>{f.landUse}</a> · {Math.round(f.areaM2)} m²
          </h3>
          <ul>
            {f.buildings.map((b) => (
              <li key={b.id}>
                {b.kind}
                {b.name ? ` “${b.name}”` : ''} <button onClick={() => request(RemoveBuildingDocument, { id: b.id }).then(load, setError)}>Remove</button>
              </li>
            ))}
          </ul>
          <form className="row" onSubmit={(e) => build(f.id, e)}>
            <select name="kind" aria-label="Building kind">
              {KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
            <input name="name" placeholder="Name (optional)" aria-label="Building name" maxLength={64} />
            <button type="submit">Build</button>
          </form>
        </article>
      ))}
      <h2>Profit rates by land use</h2>
      <table>
        <tbody>
          {rates.map((r) => (
            <tr key={r.landUse}>
              <td>
                <span className="swatch" style={{ background: r.colour }} /> {r.landUse}
              </td>
              <td>{r.hourlyProfitRate} an hour</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
