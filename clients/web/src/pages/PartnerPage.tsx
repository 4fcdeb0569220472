import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  AddClueDocument,
  AddPartnerMemberDocument,
  AuthoredHuntDocument,
  CloseHuntDocument,
  ConnectCluesDocument,
  CreateHuntDocument,
  CreatePartnerDocument,
  FindUserDocument,
  MyPartnersDocument,
  PublishHuntDocument,
  RemoveClueDocument,
  type AuthoredHuntFragment,
  type MyPartnersQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { go } from '../route.ts';
import { ApiKeysPanel } from './ApiKeysPanel.tsx';
import { HuntMedia } from '../media/HuntMedia.tsx';

type Partner = MyPartnersQuery['myPartners'][number];
const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const DAY = 86_400_000;
/** `datetime-local` value of an instant, in the browser's zone. */
const local = (ms: number) => new Date(ms - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** The partner console: the viewer's partners, their hunts, authoring one (`huntId`), and the viewer's API keys. */
export function PartnerPage({ huntId, roles }: { huntId?: string; roles: string[] }) {
  const [partners, setPartners] = useState<Partner[]>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(MyPartnersDocument).then((d) => setPartners(d.myPartners), setError), []);
  useEffect(() => void load(), [load]);
  if (huntId) return <HuntEditor huntId={huntId} />;
  const createPartner = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    await request(CreatePartnerDocument, { input: { name: field(new FormData(e.currentTarget), 'name') } }).then(load, setError);
  };
  return (
    <div className="console">
      <h1>Partner console</h1>
      <ErrorText error={error} />
      {partners?.map((p) => <PartnerCard key={p.id} partner={p} onChange={load} />)}
      <section className="card">
        <h2>New partner</h2>
        <form className="row" onSubmit={createPartner}>
          <input name="name" placeholder="Partner name" aria-label="Partner name" required />
          <button type="submit">Create partner</button>
        </form>
      </section>
      <ApiKeysPanel roles={roles} />
    </div>
  );
}

function PartnerCard({ partner: p, onChange }: { partner: Partner; onChange(): void }) {
  const [error, setError] = useState<unknown>();
  const addMember = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      const { userByUsername } = await request(FindUserDocument, { username: field(new FormData(e.currentTarget), 'username') });
      if (!userByUsername) throw new Error('no such user');
      await request(AddPartnerMemberDocument, { partnerId: p.id, userId: userByUsername.id });
      onChange();
    } catch (err) {
      setError(err);
    }
  };
  const createHunt = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      partnerId: p.id,
      title: field(form, 'title'),
      description: field(form, 'description'),
      playArea: { center: { lat: Number(field(form, 'lat')), lng: Number(field(form, 'lng')) }, radiusMeters: Number(field(form, 'radius')) },
      startsAt: new Date(field(form, 'startsAt')).toISOString(),
      endsAt: new Date(field(form, 'endsAt')).toISOString(),
      reward: { asset: field(form, 'asset'), amount: field(form, 'amount') },
    };
    await request(CreateHuntDocument, { input }).then((d) => go('partner', 'hunt', d.createHunt.id), setError);
  };
  return (
    <section className="card" data-testid={`partner-${p.name}`}>
      <h2>{p.name}</h2>
      <p className="hint">Members: {p.members.map((m) => m.username).join(', ')}</p>
      <ul>
        {p.hunts.map((h) => (
          <li key={h.id}>
            <a href={`#/partner/hunt/${h.id}`}>{h.title}</a> <span className="pill">{h.status}</span>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
      <form className="row" onSubmit={addMember}>
        <input name="username" placeholder="Username" aria-label="Member username" required />
        <button type="submit">Add member</button>
      </form>
      <h3>New hunt</h3>
      <form className="row" onSubmit={createHunt}>
        <input name="title" placeholder="Title" aria-label="Title" required />
        <input name="description" placeholder="Description" aria-label="Description" />
        <input name="lat" placeholder="Centre latitude" aria-label="Centre latitude" defaultValue="35.7" required />
        <input name="lng" placeholder="Centre longitude" aria-label="Centre longitude" defaultValue="51.4" required />
        <input name="radius" placeholder="Radius (m)" aria-label="Radius in metres" defaultValue="500" required />
        <label>
          Starts <input type="datetime-local" name="startsAt" defaultValue={local(Date.now())} required />
        </label>
        <label>
          Ends <input type="datetime-local" name="endsAt" defaultValue={local(Date.now() + 7 * DAY)} required />
        </label>
        <input name="asset" aria-label="Reward asset" defaultValue="PSC" required />
        <input name="amount" aria-label="Reward amount" placeholder="Reward" defaultValue="50" required />
        <button type="submit">Create hunt</button>
      </form>
    </section>
  );
}

/** One hunt: its clues and paths while a draft, then publishing (the reward goes into escrow) and closing. */
function HuntEditor({ huntId }: { huntId: string }) {
  const [hunt, setHunt] = useState<AuthoredHuntFragment | null>();
  const [error, setError] = useState<unknown>();
  const load = useCallback(() => request(AuthoredHuntDocument, { id: huntId }).then((d) => setHunt(d.hunt), setError), [huntId]);
  useEffect(() => void load(), [load]);
  if (hunt === undefined) return error ? <ErrorText error={error} /> : <p>Loading…</p>;
  if (hunt === null) return <p>No such hunt, or it is not yours.</p>;
  const draft = hunt.status === 'draft';
  const name = (id: string) => hunt.clues.find((c) => c.id === id)?.name ?? id;
  const run = (p: Promise<unknown>) =>
    p.then(() => {
      setError(undefined);
      return load();
    }, setError);
  const addClue = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      name: field(form, 'name'),
      riddle: field(form, 'riddle'),
      hint: field(form, 'hint') || null,
      location: { lat: Number(field(form, 'lat')), lng: Number(field(form, 'lng')) },
      radiusMeters: Number(field(form, 'radius') || 30),
      start: !!form.get('start'),
      treasure: !!form.get('treasure'),
    };
    const target = e.currentTarget;
    await run(request(AddClueDocument, { huntId, input }).then(() => target.reset()));
  };
  const connect = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run(request(ConnectCluesDocument, { huntId, from: field(form, 'from'), to: field(form, 'to') }));
  };
  return (
    <div className="console">
      <p>
        <a href="#/partner">← Partner console</a>
      </p>
      <section className="card" data-testid="hunt-editor">
        <h1>
          {hunt.title} <span className="pill" data-testid="hunt-status">{hunt.status}</span>
        </h1>
        <p>{hunt.description}</p>
        <p className="hint">
          Reward {hunt.reward.amount} {hunt.reward.asset} · {hunt.participantCount} playing · {new Date(hunt.startsAt).toLocaleString()} – {new Date(hunt.endsAt).toLocaleString()} · area{' '}
          {hunt.playArea.radiusMeters} m around {hunt.playArea.center.lat}, {hunt.playArea.center.lng}
          {hunt.winner ? ` · won by ${hunt.winner.username}` : ''}
        </p>
        <ErrorText error={error} />
        <h2>Clues</h2>
        <ul data-testid="clues">
          {hunt.clues.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> {c.start && <span className="pill">start</span>} {c.treasure && <span className="pill">treasure</span>} “{c.riddle}” at {c.location.lat.toFixed(5)},{' '}
              {c.location.lng.toFixed(5)} ({c.radiusMeters} m) {draft && <button onClick={() => void run(request(RemoveClueDocument, { huntId, clueId: c.id }))}>Remove</button>}
            </li>
          ))}
        </ul>
        {draft && (
          <form className="row" onSubmit={addClue}>
            <input name="name" placeholder="Name" aria-label="Clue name" required />
            <input name="riddle" placeholder="Riddle" aria-label="Riddle" required />
            <input name="hint" placeholder="Hint" aria-label="Hint" />
            <input name="lat" aria-label="Clue latitude" defaultValue={hunt.playArea.center.lat} required />
            <input name="lng" aria-label="Clue longitude" defaultValue={hunt.playArea.center.lng} required />
            <input name="radius" aria-label="Clue radius in metres" defaultValue="30" />
            <label>
              <input type="checkbox" name="start" /> start
            </label>
            <label>
              <input type="checkbox" name="treasure" /> treasure
            </label>
            <button type="submit">Add clue</button>
          </form>
        )}
        <h2>Paths</h2>
        <ul data-testid="paths">
          {hunt.paths.map((p) => (
            <li key={`${p.from}-${p.to}`}>
              {name(p.from)} → {name(p.to)}
            </li>
          ))}
        </ul>
        {draft && hunt.clues.length > 1 && (
          <form className="row" onSubmit={connect}>
            <select name="from" aria-label="Path from">
              {hunt.clues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <select name="to" aria-label="Path to">
              {hunt.clues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button type="submit">Connect</button>
          </form>
        )}
        {draft && <button onClick={() => void run(request(PublishHuntDocument, { huntId }))}>Publish (the reward is taken from your wallet)</button>}
        {hunt.status === 'published' && <button onClick={() => void run(request(CloseHuntDocument, { huntId }))}>Close hunt</button>}
        <HuntMedia huntId={huntId} />
      </section>
    </div>
  );
}
