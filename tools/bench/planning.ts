// Benchmark: what planning a new query costs the router, per planner.
//   npm run bench:planning        (no servers: the planners only, on this repository's supergraph)
// The router prepares each operation once (plan-executor.ts) and plans queries with Hive's planner
// (second-planner.ts's chosenPlan). Until 2026-11-29 Apollo's plan was built first for every query
// and Hive's after it, so a new query paid both; now Apollo's is built only where Hive's planner
// cannot plan. Prints, per set of operations, the time of Apollo's planner, of Hive's, and of both
// (the old cost of a new query), the median of BENCH_ROUNDS rounds after a warm-up round.
// The sets: every query of the SDK's persisted documents, and a ladder of fragments over entity
// jumps (User → activeCharacter → owner and User → dynasty → head, accounts ↔ characters ↔ social),
// each level doubling the fields, up to the first-party `selections` limit (limits/policy.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { apiSchemaOf } from '../../supergraph/src/api-schema.ts';
import { prepareSupergraphForGateway } from '../../supergraph/src/authorization.ts';
import { SUPERGRAPH_URL } from '../../supergraph/src/compose.ts';
import { measureOperation } from '../../supergraph/src/limits/measure.ts';
import { DEFAULT_LIMITS } from '../../supergraph/src/limits/policy.ts';
import { PERSISTED_DOCUMENTS_URL } from '../../supergraph/src/safelist.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

// A native addon, loaded as the router loads it (second-planner.ts).
const hive = createRequire(import.meta.url)('@graphql-hive/router-query-planner') as typeof import('@graphql-hive/router-query-planner');

const supergraphSdl = readFileSync(SUPERGRAPH_URL, 'utf8');
const prepared = prepareSupergraphForGateway(supergraphSdl);
const supergraph = Supergraph.build(prepared);
const apollo = new QueryPlanner(supergraph);
const hivePlanner = new hive.QueryPlanner(prepared);
const schema = apiSchemaOf(supergraphSdl);

interface Operation {
  name: string;
  text: string;
  document: DocumentNode;
}

const sdkQueries: Operation[] = Object.values(JSON.parse(readFileSync(PERSISTED_DOCUMENTS_URL, 'utf8')) as Record<string, string>)
  .map((text) => ({ text, document: parse(text) }))
  .filter(({ document }) => getOperationAST(document)?.operation === 'query')
  .map(({ text, document }) => ({ name: getOperationAST(document)!.name?.value ?? '(anonymous)', text, document }));

function ladder(levels: number): Operation {
  const fragments = ['fragment F0 on User { id username level { number points } holdings { asset } }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on User { id activeCharacter { name owner { ...F${i - 1} } } dynasty { name head { ...F${i - 1} } } }`);
  const text = `query Ladder${levels} { user(id: "x") { ...F${levels} } }\n${fragments.join('\n')}`;
  return { name: `ladder ${levels}`, text, document: parse(text) };
}

const timed = (plan: () => unknown) => {
  const started = performance.now();
  plan();
  return performance.now() - started;
};
const apolloMs = (op: Operation) => timed(() => apollo.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), op.document, {})));
const hiveMs = (op: Operation) => timed(() => hivePlanner.plan(op.text, null, new Set(), 0));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measureSet(ops: Operation[]): { apollo: number; hive: number } {
  ops.forEach((op) => (apolloMs(op), hiveMs(op)));
  const rounds = Array.from({ length: ROUNDS }, () => ({ apollo: ops.reduce((t, op) => t + apolloMs(op), 0), hive: ops.reduce((t, op) => t + hiveMs(op), 0) }));
  return { apollo: median(rounds.map((r) => r.apollo)), hive: median(rounds.map((r) => r.hive)) };
}

const selectionsOf = (op: Operation) => measureOperation(schema, op.document, getOperationAST(op.document)!).selections;
const rows: { set: string; operations: number; selections: string; apollo: number; hive: number }[] = [];
const sdk = measureSet(sdkQueries);
const sizes = sdkQueries.map(selectionsOf);
rows.push({ set: 'SDK queries', operations: sdkQueries.length, selections: `${Math.min(...sizes)}–${Math.max(...sizes)}`, ...sdk });
for (let levels = 3; ; levels++) {
  const op = ladder(levels);
  const selections = selectionsOf(op);
  if (selections > DEFAULT_LIMITS['first-party'].selections) break;
  rows.push({ set: op.name, operations: 1, selections: String(selections), ...measureSet([op]) });
}

const ms = (n: number) => n.toFixed(1).padStart(9);
console.log(`Planning a new query, ms (median of ${ROUNDS} rounds after a warm-up; supergraph ${SUPERGRAPH_URL.pathname.split('/').slice(-2).join('/')})\n`);
console.log(`${'set'.padEnd(12)} ${'ops'.padStart(4)} ${'selections'.padStart(11)} ${'Apollo'.padStart(9)} ${'Hive'.padStart(9)} ${'both'.padStart(9)}  both/Hive`);
for (const r of rows) {
  console.log(`${r.set.padEnd(12)} ${String(r.operations).padStart(4)} ${r.selections.padStart(11)} ${ms(r.apollo)} ${ms(r.hive)} ${ms(r.apollo + r.hive)}  ${((r.apollo + r.hive) / r.hive).toFixed(1)}x`);
}
console.log('\nboth: what a new query cost the router before 2026-11-29 (Apollo\'s plan, then Hive\'s); Hive: what it costs now.');
