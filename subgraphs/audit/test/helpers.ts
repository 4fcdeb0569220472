// Shared operations of the audit tests: reading the log as the admin, and polling it.
import { adminToken, eventually as poll, gql } from '@worldgraph/testenv';

export const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id context sequence action outcome errorCode actor entityType entityId requestId clientAddress userAgent occurredAt before after previousHash hash } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface Entry {
  id: string;
  context: string;
  sequence: number;
  action: string;
  outcome: 'ok' | 'refused';
  errorCode: string | null;
  actor: string;
  entityType: string | null;
  entityId: string | null;
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  occurredAt: string;
  before: string | null;
  after: string | null;
  previousHash: string;
  hash: string;
}

export interface Filter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  context?: string;
  from?: string;
  to?: string;
  text?: string;
}

/** One page of the audit log, as the admin. */
export async function auditLog(filter: Filter, first = 100, after?: string) {
  const res = await gql<{ auditLog: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    AUDIT_LOG,
    { filter, first, after },
    { token: await adminToken() },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.auditLog;
}

/**
 * Polls the log until `ok` holds for the entries matching `filter`: events travel outbox → stream →
 * audit consumer → store asynchronously. Fails after `ms` rather than asserting on timing.
 */
export async function eventually(filter: Filter, ok: (entries: Entry[]) => boolean, ms?: number): Promise<Entry[]> {
  return poll(async () => (await auditLog(filter)).edges.map((e) => e.node), ok, ms, `the audit log matching ${JSON.stringify(filter)}`);
}

export async function verifyChain(context: string, token?: string) {
  return gql<{ verifyAuditChain: { context: string; ok: boolean; checked: number; brokenAt: { sequence: number; entryId: string; reason: string } | null } }>(
    'query ($c: String!) { verifyAuditChain(context: $c) { context ok checked brokenAt { sequence entryId reason } } }',
    { c: context },
    { token: token ?? (await adminToken()) },
  );
}
