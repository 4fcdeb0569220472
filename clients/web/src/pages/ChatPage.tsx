import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ChannelActivityDocument, CreatePartyChannelDocument, MyChannelsDocument, OpenDirectChannelDocument, type ChatChannelFragment } from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ChannelView } from '../chat/ChannelView.tsx';
import { ErrorText } from '../ErrorText.tsx';
import { go } from '../route.ts';

/** The chat: the viewer's channels with unread counts (kept live), and the open one. */
export function ChatPage({ channelId }: { channelId?: string }) {
  const [channels, setChannels] = useState<ChatChannelFragment[]>([]);
  const [error, setError] = useState<unknown>();
  const load = useCallback(async () => setChannels((await request(MyChannelsDocument)).myChannels), []);
  useEffect(() => {
    load().catch(setError);
    // A message elsewhere bumps that channel's count; a channel joined meanwhile is loaded.
    return subscribe(ChannelActivityDocument, {}, ({ channelActivity: a }) => {
      if (a.kind !== 'message') return;
      setChannels((list) => {
        if (!list.some((c) => c.id === a.channel.id)) void load();
        return list.map((c) => (c.id === a.channel.id ? { ...c, lastMessage: a.message, unreadCount: c.id === channelId ? c.unreadCount : c.unreadCount + 1 } : c));
      });
    });
  }, [load, channelId]);
  const open = channelId ?? channels[0]?.id;
  const read = useCallback(() => setChannels((list) => list.map((c) => (c.id === open ? { ...c, unreadCount: 0 } : c))), [open]);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const ids = String(form.get('members') ?? '').split(/[\s,]+/).filter(Boolean);
    try {
      const channel = String(form.get('kind')) === 'direct' ? (await request(OpenDirectChannelDocument, { userId: ids[0] ?? '' })).openDirectChannel : (await request(CreatePartyChannelDocument, { name: String(form.get('name') ?? ''), memberIds: ids })).createPartyChannel;
      await load();
      go('chat', channel.id);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card chat">
      <aside>
        <h1>Chat</h1>
        <ul className="channels" data-testid="channels">
          {channels.map((c) => (
            <li key={c.id} className={c.id === open ? 'open' : ''}>
              <a href={`#/chat/${c.id}`}>
                {c.name} <small>{c.kind.toLowerCase()}</small>
              </a>
              {c.unreadCount > 0 && <span className="badge" data-testid={`unread-${c.id}`}>{c.unreadCount}</span>}
            </li>
          ))}
        </ul>
        <details>
          <summary>New channel</summary>
          <form onSubmit={create}>
            <select name="kind" aria-label="Kind">
              <option value="party">Party</option>
              <option value="direct">Direct</option>
            </select>
            <input name="name" placeholder="Name (party)" aria-label="Name" />
            <input name="members" placeholder="User ids" aria-label="Members" required />
            <button type="submit">Open</button>
          </form>
        </details>
        <ErrorText error={error} />
      </aside>
      {open && <ChannelView key={open} channelId={open} onRead={read} />}
    </section>
  );
}
