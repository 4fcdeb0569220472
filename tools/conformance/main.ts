// npm run conformance: the federation gateway audit (graphql-hive/federation-gateway-audit,
// vendored in ./audit with its licence) and graphql-http's GraphQL-over-HTTP audit, both against
// our router (supergraph/src/router.ts). Each suite: its subgraphs served on 127.0.0.1, composed
// into a supergraph, our router started on it, every test's query posted and the answer compared
// as the audit compares (data deeply equal; errors present or absent when the test says which).
// Nothing is fetched. Exit code 1 when anything fails. CONFORMANCE_SUITES=a,b runs only those
// suites; CONFORMANCE_VERBOSE=1 prints each failure's answer.
import { deepStrictEqual } from 'node:assert';
import { generateKeyPairSync } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { createKeyValueStore, createLogger, TokenVerifier } from '@worldgraph/kit';
import { auditServer } from 'graphql-http';
import { Kind, parse } from 'graphql';
import { startRouter, type RunningRouter } from '../../supergraph/src/router.ts';
import type { AuditSuite } from './audit/supergraph.ts';
import type { AuditTest } from './audit/testkit.ts';
import { serveSubgraphs } from './serve.ts';

const only = process.env.CONFORMANCE_SUITES?.split(',').filter(Boolean);
const verbose = process.env.CONFORMANCE_VERBOSE === '1';
const { publicKey } = generateKeyPairSync('ed25519');

async function withRouter<T>(suite: AuditSuite, run: (router: RunningRouter) => Promise<T>): Promise<T> {
  const subgraphs = await serveSubgraphs(suite.subgraphs);
  try {
    const composed = composeServices(suite.subgraphs.map((s) => ({ name: s.name, url: subgraphs.urls.get(s.name)!, typeDefs: parse(s.typeDefs) })));
    if (composed.errors) throw new Error(`${suite.id}: composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
    const router = await startRouter({
      port: 0,
      supergraphSdl: composed.supergraphSdl,
      subgraphUrls: subgraphs.urls,
      verifier: new TokenVerifier({ accessKeys: publicKey, kv: createKeyValueStore(undefined, 'conformance:') }),
      logger: createLogger('conformance', 'silent'),
      corsOrigin: true,
    });
    try {
      return await run(router);
    } finally {
      await router.close();
    }
  } finally {
    await subgraphs.close();
  }
}

/**
 * The audit's comparison (its src/test.ts), with the answer when it fails; each query (not a
 * mutation: its second run would change what it answers) asked twice, and both answers must pass:
 * the second comes through the router's warm paths (the operation's compiled shaper, the
 * known-operations lane), which a query asked once never reaches.
 */
async function check(router: RunningRouter, test: AuditTest): Promise<string | undefined> {
  const first = await checkOnce(router, test);
  const mutation = parse(test.query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
  return first ?? (mutation ? undefined : await checkOnce(router, test));
}

async function checkOnce(router: RunningRouter, test: AuditTest): Promise<string | undefined> {
  const res = await fetch(router.graphqlUrl, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ query: test.query }),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await res.json()) as { data?: unknown; errors?: unknown[] };
  const errorsCompared = typeof test.expected.errors === 'boolean';
  const received = { data: answer.data ?? null, errors: errorsCompared ? Boolean(answer.errors?.length) : null };
  const expected = { data: test.expected.data ?? null, errors: errorsCompared ? test.expected.errors : null };
  try {
    deepStrictEqual(received, expected);
    return undefined;
  } catch {
    return JSON.stringify(answer);
  }
}

async function loadSuites(): Promise<AuditSuite[]> {
  const dir = new URL('./audit/test-suites/', import.meta.url);
  const ids = (await readdir(dir)).filter((id) => !only || only.includes(id)).sort();
  return Promise.all(ids.map(async (id) => ((await import(new URL(`${id}/index.ts`, dir).href)) as { default: AuditSuite }).default));
}

const rows: { suite: string; passed: number; total: number; failed: string[] }[] = [];
const suites = await loadSuites();
for (const suite of suites) {
  const failed: string[] = [];
  await withRouter(suite, async (router) => {
    for (const [i, test] of suite.tests.entries()) {
      const answer = await check(router, test).catch((error: unknown) => `request failed: ${String(error)}`);
      if (answer === undefined) continue;
      failed.push(`#${i}`);
      if (verbose) console.error(`${suite.id} #${i}:${test.query}\n  expected ${JSON.stringify(test.expected)}\n  received ${answer}\n`);
    }
  });
  rows.push({ suite: suite.id, passed: suite.tests.length - failed.length, total: suite.tests.length, failed });
}

const width = Math.max(...rows.map((r) => r.suite.length), 5);
console.log('\nFederation gateway audit (graphql-hive/federation-gateway-audit)\n');
console.log(`${'suite'.padEnd(width)}  passed/total`);
for (const r of rows) console.log(`${r.suite.padEnd(width)}  ${`${r.passed}/${r.total}`.padStart(6)}${r.failed.length ? `  failed: ${r.failed.join(' ')}` : ''}`);
const passed = rows.reduce((n, r) => n + r.passed, 0);
const total = rows.reduce((n, r) => n + r.total, 0);
const suitesPassed = rows.filter((r) => r.passed === r.total).length;
console.log(`${'total'.padEnd(width)}  ${`${passed}/${total}`.padStart(6)}  (suites ${suitesPassed}/${rows.length})`);

// GraphQL over HTTP: graphql-http's server audit against a router on the first suite's supergraph.
const http = await withRouter(suites[0]!, (router) => auditServer({ url: router.graphqlUrl }));
const count = (status: string) => http.filter((r) => r.status === status).length;
console.log(`\nGraphQL over HTTP audit (graphql-http auditServer): ${count('ok')}/${http.length} ok, ${count('warn')} warnings, ${count('notice')} notices, ${count('error')} errors`);
for (const r of http) if (r.status !== 'ok') console.log(`  ${r.status}  ${r.name}: ${r.reason}`);

process.exitCode = passed === total && count('ok') === http.length ? 0 : 1;
