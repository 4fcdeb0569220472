// Stands in for the audit's src/supergraph.ts: a suite is its id, subgraphs and tests (the audit
// also serves them over HTTP; ../main.ts uses them directly).
import type { AuditSubgraph } from './subgraph.ts';
import type { AuditTest } from './testkit.ts';

export interface AuditSuite {
  id: string;
  subgraphs: AuditSubgraph[];
  tests: AuditTest[];
}

export function serve(id: string, subgraphs: AuditSubgraph[], tests: AuditTest[] | (() => AuditTest[])): AuditSuite {
  return { id, subgraphs, tests: Array.isArray(tests) ? tests : tests() };
}
