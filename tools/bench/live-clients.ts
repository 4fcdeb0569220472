// A worker of bench:live (live.ts): holds its share of the subscribers, each a graphql-ws client
// of its own, and measures each delivery's latency (arrival here minus the event's commit time,
// `changedAt`). Subscribers are spread over workers because 10,000 clients parsing every event in
// one thread queue behind each other on the benchmark's side: in production they are other machines.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Session } from 'node:inspector/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** What live.ts gives each worker. */
export interface ClientsWork {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  count: number;
  /** Events each subscriber should receive. */
  events: number;
  /**
   * `graphql-ws`: its client, as applications use it; `raw`: the protocol spoken over `ws` by hand (less work per
   * message); `native`: live-native/clients.c, one process of this worker's share on epoll (the least work per message).
   */
  client: 'graphql-ws' | 'raw' | 'native';
  /** The compiled live-native/clients.c, for `native`. */
  nativeBinary?: string;
  /** A folder to write this worker's CPU profile to (.cpuprofile, from the subscriptions' opening to the end). */
  profileDir?: string;
}

/** Messages a worker posts: opened, progress every 100 ms, and at the end its latencies. */
export type ClientsReport =
  | { kind: 'opened'; /** The native clients' process, whose CPU is not this one's. */ pid?: number }
  | { kind: 'progress'; received: number; failed: number }
  | { kind: 'done'; latencies: Float64Array; received: number; failed: number };

const { url, query, variables, count, events, client: kind, profileDir, nativeBinary } = workerData as ClientsWork;
const port = parentPort!;
const clients: { dispose(): unknown }[] = [];
// The JavaScript clients' latencies (the native clients' come back through a file).
const latencies = new Float64Array(kind === 'native' ? 0 : count * events);
let received = 0;
let failed = 0;

const arrived = (change: { changedAt: string } | undefined) => {
  if (!change) return void failed++;
  if (received < latencies.length) latencies[received] = Date.now() - Date.parse(change.changedAt);
  received++;
};

/** graphql-transport-ws by hand: init, wait for the ack, subscribe; each `next` frame parsed once. */
function rawClient(): Promise<void> {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  clients.push({ dispose: () => socket.close(1000) });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => socket.send('{"type":"connection_init","payload":{}}'));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { featureStatusChanged?: { changedAt: string } } } };
      if (message.type === 'next') arrived(message.payload?.data?.featureStatusChanged);
      else if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        resolve();
      } else if (message.type === 'error') failed++;
    });
  });
}

/**
 * This worker's share as one process of live-native/clients.c (its header says what it does); its lines are
 * relayed as this worker's reports, and its latencies come back through a file.
 */
function nativeClients(): void {
  const target = new URL(url);
  const file = path.join(tmpdir(), `wg-live-latencies-${process.pid}-${threadId}.bin`);
  const host = target.hostname === 'localhost' ? '127.0.0.1' : target.hostname;
  const child = spawn(nativeBinary!, [host, target.port, target.pathname, String(count), String(events), JSON.stringify({ query, variables }), file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const counts = { received: 0, failed: 0 };
  child.once('exit', (code, signal) => {
    if (code !== 0) throw new Error(`live-native clients exited with ${code ?? signal}`);
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [word, a, b] = line.split(' ');
    if (word === 'opened') port.postMessage({ kind: 'opened', pid: child.pid } satisfies ClientsReport);
    else if (word === 'progress') {
      [counts.received, counts.failed] = [Number(a), Number(b)];
      port.postMessage({ kind: 'progress', ...counts } satisfies ClientsReport);
    } else if (word === 'done') {
      const bytes = readFileSync(file);
      rmSync(file, { force: true });
      const measured = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8).slice();
      port.postMessage({ kind: 'done', latencies: measured, received: Number(a), failed: Number(b) } satisfies ClientsReport, [measured.buffer]);
      port.close();
    }
  });
  port.once('message', () => child.stdin!.end('finish\n'));
}

if (kind === 'native') nativeClients();
else for (let i = 0; i < count; i += 250) {
  await Promise.all(
    Array.from({ length: Math.min(250, count - i) }, async () => {
      if (kind === 'raw') return rawClient();
      const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, keepAlive: 0 });
      clients.push(client);
      await new Promise<void>((resolve) => {
        client.on('connected', () => resolve());
        client.subscribe(
          { query, variables },
          {
            next: (r) => arrived((r.data as { featureStatusChanged?: { changedAt: string } } | undefined)?.featureStatusChanged),
            error: () => void failed++,
            complete: () => {},
          },
        );
      });
    }),
  );
}
if (kind !== 'native') await jsClients();

/** The JavaScript clients' reports, once they are open. */
async function jsClients(): Promise<void> {
  // Profiled through the inspector from inside the worker: the profile covers the events, not the setup.
  const profiler = profileDir ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  port.postMessage({ kind: 'opened' } satisfies ClientsReport);
  const progress = setInterval(() => port.postMessage({ kind: 'progress', received, failed } satisfies ClientsReport), 100);
  port.once('message', async () => {
    clearInterval(progress);
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(`${profileDir}/clients-${process.pid}-${threadId}.cpuprofile`, JSON.stringify(profile));
      profiler.disconnect();
    }
    const measured = latencies.slice(0, Math.min(received, latencies.length));
    port.postMessage({ kind: 'done', latencies: measured, received, failed } satisfies ClientsReport, [measured.buffer]);
    await Promise.all(clients.map((c) => c.dispose()));
    port.close();
  });
}
