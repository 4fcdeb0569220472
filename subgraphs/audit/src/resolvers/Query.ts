import type { QueryResolvers } from '../generated/graphql.ts';

const date = (v: unknown) => (v ? new Date(v as string) : null);

export const Query: QueryResolvers = {
  auditLog: (_p, { filter, first, after }, { audit }) =>
    audit.page({ ...filter, from: date(filter?.from), to: date(filter?.to) }, first, after),
  auditActionCounts: (_p, { from, to, context }, { audit }) => audit.counts({ from: date(from), to: date(to), context }),
  verifyAuditChain: (_p, { context, from, to }, { audit }) => audit.verify(context, date(from), date(to)),
};
