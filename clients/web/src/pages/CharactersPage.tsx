import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  CharacterChangedDocument,
  CharacterOptionsDocument,
  CreateCharacterDocument,
  DeleteCharacterDocument,
  MyCharactersDocument,
  MyTradesDocument,
  OpenTradeDocument,
  RenameCharacterDocument,
  RestoreCharacterDocument,
  SelectCharacterDocument,
  type CharacterOptionsQuery,
  type MyCharactersQuery,
  type MyTradesQuery,
} from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { currentSession } from '../api/session.ts';
import { ErrorText } from '../ErrorText.tsx';
import { go } from '../route.ts';

type Character = MyCharactersQuery['myCharacters'][number];

/** Whether the session's access token carries the admin role (the graph checks it again on every call). */
function isAdmin(): boolean {
  try {
    const payload = currentSession()?.accessToken.split('.')[1];
    return !!payload && (JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { roles?: string[] }).roles?.includes('admin') === true;
  } catch {
    return false;
  }
}

/** VoxelHeim's account portal: the account's characters, creating one, and the trades under way. */
export function CharactersPage() {
  const [characters, setCharacters] = useState<Character[]>([]);
  const [trades, setTrades] = useState<MyTradesQuery['myTrades']>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => {
    const [c, t] = await Promise.all([request(MyCharactersDocument), request(MyTradesDocument, { status: 'open', first: 20 })]);
    setCharacters(c.myCharacters);
    setTrades(t.myTrades);
  }, []);
  useEffect(() => {
    load().catch(setError);
    // Game servers and trades change characters; the list follows.
    return subscribe(CharacterChangedDocument, {}, () => void load().catch(setError));
  }, [load]);
  const act = (p: Promise<unknown>) => p.then(load).then(() => setError(undefined), setError);

  return (
    <section className="card">
      <h1>Characters</h1>
      <ErrorText error={error} />
      <ul className="characters" data-testid="characters">
        {characters.length === 0 && <li>No characters yet: create one below.</li>}
        {characters.map((c) => (
          <CharacterCard key={c.id} character={c} act={act} />
        ))}
      </ul>
      {trades.length > 0 && (
        <>
          <h2>Open trades</h2>
          <ul data-testid="open-trades">
            {trades.map((t) => (
              <li key={t.id}>
                {t.initiator.character.name} ↔ {t.recipient.character.name} <button onClick={() => go('trade', t.id)}>Open trade window</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <CreateCharacter onCreated={() => void load().catch(setError)} />
      {isAdmin() && (
        <p>
          <a href="#/characters-admin">Staff console: characters</a>
        </p>
      )}
    </section>
  );
}

function CharacterCard({ character: c, act }: { character: Character; act(p: Promise<unknown>): void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(c.name);
  const [partner, setPartner] = useState('');
  const [error, setError] = useState<unknown>();
  const trade = (e: FormEvent) => {
    e.preventDefault();
    request(OpenTradeDocument, { characterId: c.id, withCharacterId: partner.trim() }).then((d) => go('trade', d.openTrade.id), setError);
  };
  return (
    <li className="character" data-testid={`character-${c.name}`}>
      <strong>{c.name}</strong> · level {c.level} {c.race.name} {c.class.name} · {c.realm.name} · {c.zone.name}{' '}
      {c.active && <span className="pill">active</span>} {c.status !== 'active' && <span className="pill">{c.status}</span>}
      <div className="hint">
        Character id (give it to a trading partner): <code>{c.id}</code>
      </div>
      {c.status === 'deleted' ? (
        <p>
          Restorable until {new Date(c.restorableUntil!).toLocaleDateString()}.{' '}
          <button onClick={() => act(request(RestoreCharacterDocument, { id: c.id }))}>Restore</button>
        </p>
      ) : (
        <p>
          {!c.active && c.status === 'active' && <button onClick={() => act(request(SelectCharacterDocument, { id: c.id }))}>Play</button>}{' '}
          <button onClick={() => go('characters', c.id)}>Inventory</button> <button onClick={() => setRenaming(!renaming)}>Rename</button>{' '}
          <button onClick={() => confirm(`Delete ${c.name}? It can be restored for a while.`) && act(request(DeleteCharacterDocument, { id: c.id }))}>Delete</button>
        </p>
      )}
      {renaming && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            request(RenameCharacterDocument, { id: c.id, name }).then(() => {
              setRenaming(false);
              act(Promise.resolve());
            }, setError);
          }}
        >
          <input aria-label="New name" value={name} onChange={(e) => setName(e.target.value)} /> <button>Save name</button>
          {c.nextRenameAt && <span className="hint"> next rename allowed {new Date(c.nextRenameAt).toLocaleString()}</span>}
        </form>
      )}
      {c.status === 'active' && (
        <form onSubmit={trade}>
          <input aria-label={`Trade partner of ${c.name}`} placeholder="Partner's character id" value={partner} onChange={(e) => setPartner(e.target.value)} /> <button>Trade</button>
        </form>
      )}
      <ErrorText error={error} />
    </li>
  );
}

function CreateCharacter({ onCreated }: { onCreated(): void }) {
  const [options, setOptions] = useState<CharacterOptionsQuery>();
  const [form, setForm] = useState({ realmId: 'aurora', name: '', race: 'human', class: 'warrior', bodyType: 'average' as 'slender' | 'average' | 'sturdy', hairColor: '#3b2a1a' });
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    request(CharacterOptionsDocument).then(setOptions, setError);
  }, []);
  const race = options?.races.find((r) => r.id === form.race);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request(CreateCharacterDocument, {
      input: { realmId: form.realmId, name: form.name, race: form.race, class: form.class, appearance: { bodyType: form.bodyType, hairColor: form.hairColor } },
    }).then(() => {
      setError(undefined);
      set({ name: '' });
      onCreated();
    }, setError);
  };
  if (!options) return <ErrorText error={error} />;
  return (
    <form className="create-character" onSubmit={submit} data-testid="create-character">
      <h2>New character</h2>
      <label>
        Realm{' '}
        <select value={form.realmId} onChange={(e) => set({ realmId: e.target.value })}>
          {options.realms.map((r) => (
            <option key={r.id} value={r.id} disabled={r.status === 'offline'}>
              {r.name} ({r.kind}, {r.population})
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Name <input value={form.name} onChange={(e) => set({ name: e.target.value })} placeholder="3-16 letters" />
      </label>{' '}
      <label>
        Race{' '}
        <select value={form.race} onChange={(e) => set({ race: e.target.value, class: options.races.find((r) => r.id === e.target.value)!.classes[0]!.id })}>
          {options.races.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Class{' '}
        <select value={form.class} onChange={(e) => set({ class: e.target.value })}>
          {race?.classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.role})
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Build{' '}
        <select value={form.bodyType} onChange={(e) => set({ bodyType: e.target.value as typeof form.bodyType })}>
          <option value="slender">slender</option>
          <option value="average">average</option>
          <option value="sturdy">sturdy</option>
        </select>
      </label>{' '}
      <label>
        Hair <input type="color" value={form.hairColor} onChange={(e) => set({ hairColor: e.target.value })} />
      </label>{' '}
      <button>Create</button>
      {race && <p className="hint">{race.description}</p>}
      <ErrorText error={error} />
    </form>
  );
}
