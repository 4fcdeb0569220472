// Scenario A: gateway overhead. The four in-memory subgraphs in a process of their own, the
// supergraph composed from them, and the public benchmark's query.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareSupergraphForGateway } from '../../../supergraph/src/authorization.ts';
import { composeDemoSupergraph, DEMO_QUERY } from './demo-subgraphs.ts';
import type { PreparedScenario } from './scenario.ts';

export async function scenarioA(): Promise<PreparedScenario> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'demo-subgraphs.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const urls = await new Promise<Record<string, string>>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('demo subgraphs did not start within 30 s')), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      buffer += c.toString();
      const match = /DEMO_SUBGRAPHS_READY (\{.*\})\n/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1]!));
      }
    });
    child.once('exit', (code) => reject(new Error(`demo subgraphs exited with ${code}`)));
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-bench-a-'));
  const supergraph = composeDemoSupergraph(urls);
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  const preparedSupergraphPath = path.join(dir, 'supergraph.prepared.graphql');
  writeFileSync(supergraphPath, supergraph);
  writeFileSync(preparedSupergraphPath, prepareSupergraphForGateway(supergraph));
  return {
    name: 'A: gateway overhead (4 in-memory subgraphs, nested query)',
    setup: {
      supergraphPath,
      preparedSupergraphPath,
      subgraphUrls: urls,
      forwardAuthorization: false,
      // What Worldgraph's router needs in production; no client here presents a token.
      env: { SERVICE_TOKEN_SECRET: randomBytes(32).toString('base64url'), DATA_DIR: dir },
    },
    subgraphPids: [child.pid!],
    cases: [
      { name: 'nested query, 50 in flight', body: JSON.stringify({ query: DEMO_QUERY }) },
      // p99 at half of the maximum throughput this gateway reached in the same round.
      { name: 'nested query, half max rate', body: JSON.stringify({ query: DEMO_QUERY }), rate: (closed) => (closed['nested query, 50 in flight']?.rps ?? 2) / 2 },
    ],
    async close() {
      child.stdin!.end();
      child.kill('SIGTERM');
    },
  };
}
