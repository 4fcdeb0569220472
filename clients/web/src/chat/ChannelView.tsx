import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ChannelActivityDocument,
  ChannelHistoryDocument,
  DeleteMessageDocument,
  MarkChannelReadDocument,
  MessageAddedDocument,
  ReportMessageDocument,
  SendMessageDocument,
  SendTypingDocument,
  type ChatMessageFragment,
} from '@worldgraph/sdk';
import { request, subscribe } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';
import { useSession } from '../useSession.ts';

const PAGE = 30;
/** How often the input tells others the viewer is typing, and how long a typing notice shows. */
const TYPING_EVERY_MS = 3_000;
const TYPING_SHOWN_MS = 4_000;

/** Messages oldest first, each once (a live message may also arrive in a page). */
const merge = (a: ChatMessageFragment[], b: ChatMessageFragment[]) => {
  const byId = new Map([...a, ...b].map((m) => [m.id, m]));
  return [...byId.values()].sort((x, y) => Number(x.id) - Number(y.id));
};

/** One channel: its history (older pages as the reader scrolls up), live messages, typing, the composer. */
export function ChannelView({ channelId, onRead }: { channelId: string; onRead: () => void }) {
  const session = useSession();
  const [messages, setMessages] = useState<ChatMessageFragment[]>([]);
  const [older, setOlder] = useState<string | null>(null);
  const [typing, setTyping] = useState<Record<string, { username: string; until: number }>>({});
  const [error, setError] = useState<unknown>();
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const lastTyped = useRef(0);
  const atBottom = useRef(true);

  const loadOlder = useCallback(
    async (before?: string) => {
      const { channel } = await request(ChannelHistoryDocument, { channelId, first: PAGE, before });
      if (!channel) return;
      setMessages((m) => merge(m, channel.messages.edges.map((e) => e.node)));
      setOlder(channel.messages.pageInfo.hasNextPage ? channel.messages.pageInfo.endCursor ?? null : null);
    },
    [channelId],
  );

  useEffect(() => {
    setMessages([]);
    setOlder(null);
    atBottom.current = true;
    loadOlder().catch(setError);
    const stopMessages = subscribe(MessageAddedDocument, { channelId }, ({ messageAdded }) => setMessages((m) => merge(m, [messageAdded])));
    const stopActivity = subscribe(ChannelActivityDocument, {}, ({ channelActivity: a }) => {
      if (a.channel.id !== channelId) return;
      if (a.kind === 'typing' && a.user) setTyping((t) => ({ ...t, [a.user!.id]: { username: a.user!.username, until: Date.now() + TYPING_SHOWN_MS } }));
      if ((a.kind === 'edited' || a.kind === 'deleted') && a.message) setMessages((m) => m.map((x) => (x.id === a.message!.id ? a.message! : x)));
    });
    return () => {
      stopMessages();
      stopActivity();
    };
  }, [channelId, loadOlder]);

  // The newest message read; the list follows new messages while the reader is at the bottom.
  const newest = messages.at(-1)?.id;
  useEffect(() => {
    if (!newest) return;
    void request(MarkChannelReadDocument, { channelId, messageId: newest }).then(onRead, () => {});
    if (atBottom.current) list.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [newest, channelId, onRead]);

  // Typing notices fade.
  useEffect(() => {
    const timer = setInterval(() => setTyping((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v.until > Date.now()))), 1_000);
    return () => clearInterval(timer);
  }, []);

  const onScroll = () => {
    const el = list.current!;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
    if (el.scrollTop < 40 && older) {
      const cursor = older;
      setOlder(null); // one page at a time
      const height = el.scrollHeight;
      void loadOlder(cursor).then(() => requestAnimationFrame(() => (el.scrollTop = el.scrollHeight - height)), setError);
    }
  };

  const type = (text: string) => {
    setDraft(text);
    if (text && Date.now() - lastTyped.current > TYPING_EVERY_MS) {
      lastTyped.current = Date.now();
      void request(SendTypingDocument, { channelId }).catch(() => {});
    }
  };

  // One client id per message written: a retry after a network error never posts it twice.
  const pending = useRef<{ text: string; id: string }>();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    if (pending.current?.text !== text) pending.current = { text, id: crypto.randomUUID() };
    setError(undefined);
    try {
      const { sendMessage } = await request(SendMessageDocument, { input: { channelId, clientMessageId: pending.current.id, body: text } });
      setMessages((m) => merge(m, [sendMessage]));
      setDraft('');
      pending.current = undefined;
      atBottom.current = true;
    } catch (err) {
      setError(err);
    }
  };

  const typingNames = Object.entries(typing).filter(([id]) => id !== session?.user.id).map(([, v]) => v.username);
  return (
    <div className="channel">
      <ol className="messages" ref={list} onScroll={onScroll} data-testid="messages">
        {older && <li className="hint">Scroll up for older messages</li>}
        {messages.map((m) => (
          <li key={m.id} className={m.author.id === session?.user.id ? 'mine' : ''}>
            <strong>{m.author.username}</strong>{' '}
            {m.deleted ? <em>message deleted</em> : <span data-testid="message-body">{m.body}</span>}
            {m.editedAt && !m.deleted && <small> (edited)</small>}
            {!m.deleted && m.author.id === session?.user.id && (
              <button className="link" onClick={() => void request(DeleteMessageDocument, { id: m.id }).then(({ deleteMessage }) => setMessages((x) => merge(x, [deleteMessage])), setError)}>
                delete
              </button>
            )}
            {!m.deleted && m.author.id !== session?.user.id && (
              <button className="link" onClick={() => void request(ReportMessageDocument, { id: m.id, reason: 'Reported from the web client' }).then(() => setError(undefined), setError)}>
                report
              </button>
            )}
          </li>
        ))}
      </ol>
      <p className="typing" data-testid="typing">{typingNames.length ? `${typingNames.join(', ')} ${typingNames.length === 1 ? 'is' : 'are'} typing…` : ' '}</p>
      <ErrorText error={error} action="chat" />
      <form className="composer" onSubmit={send}>
        <input aria-label="Message" value={draft} maxLength={2000} onChange={(e) => type(e.target.value)} placeholder="Write a message" />
        <button type="submit">Send</button>
      </form>
    </div>
  );
}
