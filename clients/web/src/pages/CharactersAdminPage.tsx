import { useEffect, useState, type FormEvent } from 'react';
import {
  AdminCharacterInventoryDocument,
  AdminCharactersDocument,
  AdminGrantItemDocument,
  AdminRemoveItemDocument,
  AdminRestoreCharacterDocument,
  BanCharacterDocument,
  ItemDefinitionsDocument,
  PurgeDeletedCharactersDocument,
  UnbanCharacterDocument,
  type AdminCharacterInventoryQuery,
  type AdminCharactersQuery,
  type ItemDefinitionsQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

type Found = AdminCharactersQuery['adminCharacters'][number];

/** Staff console for VoxelHeim characters: look up, ban, restore, grant and remove items, purge. */
export function CharactersAdminPage() {
  const [name, setName] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [selected, setSelected] = useState<string>();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();
  const search = (e?: FormEvent) => {
    e?.preventDefault();
    request(AdminCharactersDocument, { name: name || null, first: 50 }).then((d) => setFound(d.adminCharacters), setError);
  };
  const act = (p: Promise<unknown>, message: string) =>
    p.then(() => {
      setNotice(message);
      setError(undefined);
      search();
    }, setError);
  return (
    <section className="card">
      <h1>Characters (admin)</h1>
      <ErrorText error={error} />
      {notice && <p className="notice">{notice}</p>}
      <form onSubmit={search}>
        <input aria-label="Character name" placeholder="Name starts with…" value={name} onChange={(e) => setName(e.target.value)} /> <button>Search</button>{' '}
        <button type="button" onClick={() => act(request(PurgeDeletedCharactersDocument).then((d) => setNotice(`${d.purgeDeletedCharacters} purged`)), 'Purge done')}>
          Purge expired deletions
        </button>
      </form>
      <table data-testid="admin-characters">
        <tbody>
          {found.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>
                {c.realm.name} · level {c.level} {c.race.name} {c.class.name}
              </td>
              <td>{c.owner.username}</td>
              <td>
                {c.status}
                {c.banReason && ` (${c.banReason})`}
              </td>
              <td>
                {c.status === 'active' && (
                  <button onClick={() => { const reason = prompt(`Why ban ${c.name}?`); if (reason) act(request(BanCharacterDocument, { id: c.id, reason }), `${c.name} banned`); }}>Ban</button>
                )}
                {c.status === 'banned' && <button onClick={() => act(request(UnbanCharacterDocument, { id: c.id }), `${c.name} unbanned`)}>Unban</button>}
                {c.status === 'deleted' && <button onClick={() => act(request(AdminRestoreCharacterDocument, { id: c.id }), `${c.name} restored`)}>Restore</button>}{' '}
                <button onClick={() => setSelected(c.id)}>Items</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected && <AdminItems id={selected} />}
    </section>
  );
}

function AdminItems({ id }: { id: string }) {
  const [character, setCharacter] = useState<AdminCharacterInventoryQuery['character']>();
  const [catalog, setCatalog] = useState<ItemDefinitionsQuery['itemDefinitions']>([]);
  const [grant, setGrant] = useState({ itemId: '', quantity: '1', reason: '' });
  const [error, setError] = useState<unknown>();
  const load = () => request(AdminCharacterInventoryDocument, { id }).then((d) => setCharacter(d.character), setError);
  useEffect(() => {
    void load();
    request(ItemDefinitionsDocument, {}).then((d) => setCatalog(d.itemDefinitions), setError);
  }, [id]);
  const inv = character?.inventory;
  if (!inv) return <ErrorText error={error} />;
  const items = [...inv.bags.flatMap((b) => b.items), ...inv.equipment.flatMap((e) => (e.item ? [e.item] : [])), ...inv.bank.items];
  return (
    <div>
      <h2>{character.name}'s items</h2>
      <ErrorText error={error} />
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            {i.definition.name} ×{i.quantity} <span className="hint">({i.location.container}{i.location.bag != null ? ` ${i.location.bag}` : ''} / {i.location.equipSlot ?? i.location.slot})</span>{' '}
            <button onClick={() => { const reason = prompt(`Why remove ${i.definition.name}?`); if (reason) request(AdminRemoveItemDocument, { itemId: i.id, reason }).then(load, setError); }}>Remove</button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          request(AdminGrantItemDocument, { characterId: id, itemId: grant.itemId, quantity: Number(grant.quantity), reason: grant.reason }).then(load, setError);
        }}
      >
        <select aria-label="Item to grant" value={grant.itemId} onChange={(e) => setGrant({ ...grant, itemId: e.target.value })}>
          <option value="">Item…</option>
          {catalog.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.rarity})
            </option>
          ))}
        </select>{' '}
        <input aria-label="Quantity" size={4} value={grant.quantity} onChange={(e) => setGrant({ ...grant, quantity: e.target.value })} />{' '}
        <input aria-label="Reason" placeholder="Reason" value={grant.reason} onChange={(e) => setGrant({ ...grant, reason: e.target.value })} /> <button>Grant</button>
      </form>
    </div>
  );
}
