import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  AcceptJoinRequestDocument,
  AddFamilyRelationDocument,
  CancelJoinRequestDocument,
  DynastyChangedDocument,
  DynastyDocument,
  FindUserDocument,
  JoinRequestsDocument,
  LeaveDynastyDocument,
  MyDynastyDocument,
  RejectJoinRequestDocument,
  SendJoinRequestDocument,
  SetChildPermissionsDocument,
  type DynastyPageFieldsFragment,
  type JoinRequestFieldsFragment,
  type RelationKind,
} from '@worldgraph/sdk';
import { GraphError } from '../api/errors.ts';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { useSession } from '../useSession.ts';

type Member = DynastyPageFieldsFragment['members'][number];
const RELATION_WORDS: Record<RelationKind, string> = { spouse: 'spouse', child: 'child', parent: 'parent', sibling: 'sibling' };

/** A dynasty (`id`), or the viewer's own: members, family tree, requests and children's permissions. */
export function DynastyPage({ id }: { id?: string }) {
  const session = useSession();
  const [dynasty, setDynasty] = useState<DynastyPageFieldsFragment | null>();
  const [requests, setRequests] = useState<{ sent: JoinRequestFieldsFragment[]; received: JoinRequestFieldsFragment[] }>({ sent: [], received: [] });
  const [error, setError] = useState<{ error: unknown; action?: string }>();
  const [notice, setNotice] = useState<string>();

  const load = useCallback(async () => {
    const [found, lists] = await Promise.all([
      id ? request(DynastyDocument, { id }).then((d) => d.dynasty) : request(MyDynastyDocument).then((d) => d.myDynasty),
      request(JoinRequestsDocument, { first: 50 }),
    ]);
    setDynasty(found ?? null);
    setRequests({ sent: lists.joinRequestsSent, received: lists.joinRequestsReceived });
  }, [id]);

  useEffect(() => {
    load().catch((e) => setError({ error: e }));
  }, [load]);

  const mine = !!dynasty && !!session && dynasty.members.some((m) => m.user.id === session.user.id);
  // Members follow their dynasty live; others see it as it was when they opened it.
  useEffect(() => {
    if (!dynasty || !mine) return;
    return subscribe(DynastyChangedDocument, { dynastyId: dynasty.id }, () => void load().catch(() => {}));
  }, [dynasty?.id, mine, load]); // eslint-disable-line react-hooks/exhaustive-deps

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

  if (dynasty === undefined) return <p>Loading…</p>;
  const isHead = !!dynasty && dynasty.head.id === session?.user.id;
  return (
    <section className="card dynasty">
      {notice && <p className="notice">{notice}</p>}
      <ErrorText error={error?.error} action={error?.action} />
      {dynasty === null ? (
        <p data-testid="no-dynasty">{id ? 'This dynasty does not exist.' : 'You belong to no dynasty. Found one from a parcel you own, or ask to join one from its seat.'}</p>
      ) : (
        <>
          <h1 data-testid="dynasty-name">
            {dynasty.name} <span className={`pill status-${dynasty.status}`}>{dynasty.status}</span>
          </h1>
          <dl>
            <dt>Head</dt>
            <dd>{dynasty.head.username}</dd>
            <dt>Seat</dt>
            <dd>{dynasty.seat ? <a href={`#/parcel/${encodeURIComponent(dynasty.seat.id)}`}>Parcel {dynasty.seat.id}</a> : 'none'}</dd>
            <dt>Members</dt>
            <dd data-testid="member-count">
              {dynasty.memberCount} of {dynasty.memberLimit}
            </dd>
          </dl>
          {!mine && dynasty.status === 'active' && session && <JoinForm dynasty={dynasty} act={act} />}
          {mine && !isHead && <button onClick={() => act('leave', () => request(LeaveDynastyDocument), 'You left the dynasty.')}>Leave the dynasty</button>}
          <Members members={dynasty.members} />
          <FamilyTree dynasty={dynasty} />
          {isHead && dynasty.status === 'active' && <HeadTools dynasty={dynasty} act={act} />}
          {isHead && <Permissions dynasty={dynasty} act={act} />}
        </>
      )}
      <Requests requests={requests} act={act} />
    </section>
  );
}

type Act = (action: string, run: () => Promise<unknown>, done: string) => Promise<void>;

function JoinForm({ dynasty, act }: { dynasty: DynastyPageFieldsFragment; act: Act }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const relativeId = String(form.get('relativeId') ?? '');
    const relation = relativeId ? (String(form.get('relation')) as RelationKind) : undefined;
    const message = String(form.get('message') ?? '').trim() || undefined;
    void act('join', () => request(SendJoinRequestDocument, { input: { dynastyId: dynasty.id, kind: 'join', relation, relativeId: relativeId || undefined, message } }), 'Request sent to the head.');
  };
  return (
    <form className="row" onSubmit={submit} data-testid="join-form">
      <label>
        Join as{' '}
        <select name="relation" defaultValue="child">
          {Object.entries(RELATION_WORDS).map(([k, w]) => (
            <option key={k} value={k}>
              {w}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        of{' '}
        <select name="relativeId" defaultValue="">
          <option value="">nobody (a family of my own)</option>
          {dynasty.members.map((m) => (
            <option key={m.user.id} value={m.user.id}>
              {m.user.username}
            </option>
          ))}
        </select>
      </label>{' '}
      <input name="message" placeholder="A word for the head" maxLength={280} />{' '}
      <button type="submit" data-testid="request-join">
        Request to join
      </button>
    </form>
  );
}

/** The head invites a player by name, and relates two members (the family's rules checked by social). */
function HeadTools({ dynasty, act }: { dynasty: DynastyPageFieldsFragment; act: Act }) {
  const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
  const invite = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const username = field(new FormData(e.currentTarget), 'username');
    void act(
      'invite',
      async () => {
        const { userByUsername } = await request(FindUserDocument, { username });
        if (!userByUsername) throw new GraphError(`No player is called ${username}.`, 'BAD_USER_INPUT');
        await request(SendJoinRequestDocument, { input: { dynastyId: dynasty.id, kind: 'invite', userId: userByUsername.id } });
      },
      `${username} is invited.`,
    );
  };
  const relate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { dynastyId: dynasty.id, userId: field(form, 'userId'), relativeId: field(form, 'relativeId'), kind: field(form, 'kind') as RelationKind };
    void act('relate', () => request(AddFamilyRelationDocument, { input }), 'Relation added.');
  };
  const memberOptions = dynasty.members.map((m) => (
    <option key={m.user.id} value={m.user.id}>
      {m.user.username}
    </option>
  ));
  return (
    <>
      <h2>Head of the dynasty</h2>
      <form className="row" onSubmit={invite} data-testid="invite-form">
        <label>
          Invite <input name="username" required placeholder="username" />
        </label>{' '}
        <button type="submit">Invite</button>
      </form>
      <form className="row" onSubmit={relate} data-testid="relate-form">
        <select name="relativeId">{memberOptions}</select> is the{' '}
        <select name="kind" defaultValue="child">
          {Object.entries(RELATION_WORDS).map(([k, w]) => (
            <option key={k} value={k}>
              {w}
            </option>
          ))}
        </select>{' '}
        of <select name="userId">{memberOptions}</select> <button type="submit">Relate</button>
      </form>
    </>
  );
}

function Members({ members }: { members: Member[] }) {
  return (
    <>
      <h2>Members</h2>
      <table className="members" data-testid="members">
        <thead>
          <tr>
            <th>Member</th>
            <th>Role</th>
            <th>Level</th>
            <th>Parcels</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.user.id}>
              <td>
                {m.user.username} {m.isChild && <span className="pill">child</span>}
              </td>
              <td>{m.role}</td>
              <td>
                {m.user.level ? `${m.user.level.number} ${m.user.level.name}` : 'hidden'}
              </td>
              <td>{m.user.features.edges.map((e) => e.node.id).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Families as households, each member with what they are to their relatives. */
function FamilyTree({ dynasty }: { dynasty: DynastyPageFieldsFragment }) {
  const byId = new Map(dynasty.members.map((m) => [m.user.id, m]));
  return (
    <>
      <h2>Family tree</h2>
      <div className="families" data-testid="family-tree">
        {dynasty.families.map((f) => (
          <div className="family" key={f.id}>
            <h3>{f.name}</h3>
            <ul>
              {f.members.map(({ user }) => {
                const m = byId.get(user.id);
                if (!m) return null;
                return (
                  <li key={user.id}>
                    <strong>{m.user.username}</strong>
                    {m.relations
                      .filter((r) => r.kind === 'parent' || r.kind === 'spouse' || r.kind === 'sibling')
                      .map((r) => ` · ${r.kind === 'parent' ? 'child' : r.kind} of ${r.relative.username}`)
                      .join('')}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </>
  );
}

function Permissions({ dynasty, act }: { dynasty: DynastyPageFieldsFragment; act: Act }) {
  if (!dynasty.childPermissions.length) return null;
  const save = (userId: string) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const limit = String(form.get('dailySpendLimit') ?? '').trim();
    const input = { dailySpendLimit: limit === '' ? null : limit, canBuyParcels: form.has('canBuyParcels'), canSellParcels: form.has('canSellParcels'), canChat: form.has('canChat') };
    void act('permissions', () => request(SetChildPermissionsDocument, { userId, input }), 'Permissions saved.');
  };
  return (
    <>
      <h2>Children's permissions</h2>
      {dynasty.childPermissions.map((p) => (
        <form key={p.user.id} onSubmit={save(p.user.id)} className="row permissions" data-testid={`permissions-${p.user.username}`}>
          <strong>{p.user.username}</strong>{' '}
          <label>
            spends up to <input name="dailySpendLimit" defaultValue={p.dailySpendLimit ?? ''} placeholder="no limit" size={8} /> a day
          </label>{' '}
          <label>
            <input type="checkbox" name="canBuyParcels" defaultChecked={p.canBuyParcels} /> buys parcels
          </label>{' '}
          <label>
            <input type="checkbox" name="canSellParcels" defaultChecked={p.canSellParcels} /> sells parcels
          </label>{' '}
          <label>
            <input type="checkbox" name="canChat" defaultChecked={p.canChat} /> chats
          </label>{' '}
          <button type="submit">Save</button>
        </form>
      ))}
    </>
  );
}

function Requests({ requests, act }: { requests: { sent: JoinRequestFieldsFragment[]; received: JoinRequestFieldsFragment[] }; act: Act }) {
  const describe = (r: JoinRequestFieldsFragment) =>
    `${r.kind === 'invite' ? `${r.sender.username} invites ${r.user.username}` : `${r.user.username} asks to join`} ${r.dynasty.name}${r.relative ? ` as ${r.relation} of ${r.relative.username}` : ''}${r.message ? ` — “${r.message}”` : ''}`;
  return (
    <>
      <h2>Requests received</h2>
      <ul className="requests" data-testid="requests-received">
        {!requests.received.length && <li className="hint">None.</li>}
        {requests.received.map((r) => (
          <li key={r.id}>
            {describe(r)} <span className={`pill status-${r.status}`}>{r.status}</span>{' '}
            {r.canAnswer && (
              <>
                <button onClick={() => act('accept', () => request(AcceptJoinRequestDocument, { id: r.id }), 'Accepted.')}>Accept</button>{' '}
                <button onClick={() => act('reject', () => request(RejectJoinRequestDocument, { id: r.id }), 'Rejected.')}>Reject</button>
              </>
            )}
          </li>
        ))}
      </ul>
      <h2>Requests sent</h2>
      <ul className="requests" data-testid="requests-sent">
        {!requests.sent.length && <li className="hint">None.</li>}
        {requests.sent.map((r) => (
          <li key={r.id}>
            {describe(r)} <span className={`pill status-${r.status}`}>{r.status}</span>{' '}
            {r.status === 'pending' && <button onClick={() => act('cancel', () => request(CancelJoinRequestDocument, { id: r.id }), 'Request withdrawn.')}>Cancel</button>}
          </li>
        ))}
      </ul>
    </>
  );
}
