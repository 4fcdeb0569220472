import {
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  validate,
  visit,
  type ASTNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { apiSchemaOf } from '@worldgraph/router/api-schema';
import type { CompositionResult } from '@worldgraph/router/compose';
import { findingKey, lintSchema, type LintFinding } from './lint.ts';
import { combined, usedCoordinates, type ClientDocument } from './operations.ts';

/** A difference between the published API schema and the proposed one. */
export interface SchemaChange {
  severity: 'breaking' | 'dangerous' | 'safe';
  type: string;
  coordinate: string;
  description: string;
  /** For breaking changes: why it passes (unused, approved) or fails (used by …). */
  verdict?: { ok: boolean; reason: string };
}

/** An approved breaking change: the coordinate it touches and why it is acceptable. */
export interface Approval {
  coordinate: string;
  reason: string;
}

export interface CheckInput {
  composition: CompositionResult;
  /** The last published supergraph; undefined when there is none (first publish). */
  baselineSdl?: string;
  clients: ClientDocument[];
  approvals: Approval[];
}

export interface CheckReport {
  ok: boolean;
  compositionErrors: string[];
  changes: SchemaChange[];
  operationErrors: { file: string; message: string }[];
  lint: { finding: LintFinding; isNew: boolean }[];
}

/** The coordinate (`Type` or `Type.field`) a graphql-js change description is about. */
export function coordinateOf(description: string): string {
  let m = /^A required (?:field|arg) \S+ on (?:input type )?([\w.]+) was added/.exec(description);
  if (m) return m[1]!;
  m = /^(\w+) was removed from enum type (\w+)/.exec(description);
  if (m) return `${m[2]}.${m[1]}`;
  m = /^(\w+) was removed from union type (\w+)/.exec(description);
  if (m) return m[2]!;
  m = /^(@?\w+(?:\.\w+)?)/.exec(description);
  return m?.[1] ?? description;
}

/** Type and field coordinates present in a schema (for the safe additions). */
function coordinates(schema: GraphQLSchema): Set<string> {
  const out = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    out.add(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) for (const f of Object.keys(type.getFields())) out.add(`${type.name}.${f}`);
    if (isEnumType(type)) for (const v of type.getValues()) out.add(`${type.name}.${v.name}`);
  }
  return out;
}

/** The changes from `before` to `after`, classified; breaking ones judged against client usage and approvals. */
export function diffSchemas(before: GraphQLSchema, after: GraphQLSchema, clients: ClientDocument[], approvals: Approval[]): SchemaChange[] {
  const used = clients.length ? usedCoordinates(before, combined(clients)) : new Set<string>();
  const approved = new Map(approvals.map((a) => [a.coordinate, a.reason]));
  const fragments = new Map(clients.flatMap((c) => c.definitions).filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  /** The files whose operations (with the fragments they spread, transitively) touch `coordinate`. */
  const usersOf = (coordinate: string) =>
    clients
      .filter((c) => {
        const own = c.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
        const reached = new Map<string, FragmentDefinitionNode>();
        const spread = (node: ASTNode) =>
          visit(node, {
            FragmentSpread(s) {
              const f = fragments.get(s.name.value);
              if (f && !reached.has(f.name.value)) {
                reached.set(f.name.value, f);
                spread(f);
              }
            },
          });
        own.forEach(spread);
        return own.length > 0 && usedCoordinates(before, { kind: Kind.DOCUMENT, definitions: [...own, ...reached.values()] }).has(coordinate);
      })
      .map((c) => c.file);
  const changes: SchemaChange[] = [];
  for (const c of findBreakingChanges(before, after)) {
    const coordinate = coordinateOf(c.description);
    let verdict: SchemaChange['verdict'];
    if (approved.has(coordinate)) verdict = { ok: true, reason: `approved: ${approved.get(coordinate)}` };
    else if (used.has(coordinate)) verdict = { ok: false, reason: `used by ${usersOf(coordinate).join(', ')}` };
    else verdict = { ok: true, reason: 'no known client operation uses it' };
    changes.push({ severity: 'breaking', type: c.type, coordinate, description: c.description, verdict });
  }
  for (const c of findDangerousChanges(before, after)) {
    changes.push({ severity: 'dangerous', type: c.type, coordinate: coordinateOf(c.description), description: c.description });
  }
  const old = coordinates(before);
  for (const coordinate of coordinates(after)) {
    if (old.has(coordinate)) continue;
    const parent = coordinate.split('.')[0]!;
    // A field of a new type is part of that type's addition.
    if (coordinate.includes('.') && !old.has(parent)) continue;
    const dangerous = changes.some((c) => c.severity === 'dangerous' && c.coordinate === coordinate);
    if (!dangerous) changes.push({ severity: 'safe', type: coordinate.includes('.') ? 'FIELD_ADDED' : 'TYPE_ADDED', coordinate, description: `${coordinate} was added.` });
  }
  return changes;
}

/**
 * The whole check: composition, changes against the baseline, every client operation against the
 * proposed API schema, and lint (findings the baseline already had are reported, not failed).
 */
export function runCheck(input: CheckInput): CheckReport {
  if (!input.composition.ok) return { ok: false, compositionErrors: input.composition.errors, changes: [], operationErrors: [], lint: [] };
  const after = apiSchemaOf(input.composition.supergraphSdl);
  const before = input.baselineSdl ? apiSchemaOf(input.baselineSdl) : undefined;
  const changes = before ? diffSchemas(before, after, input.clients, input.approvals) : [];
  const operationErrors = input.clients.length
    ? validate(after, combined(input.clients)).map((e) => {
        const node = e.nodes?.[0];
        const file = input.clients.find((c) => c.definitions.some((d) => node && d.loc && node.loc && d.loc.source === node.loc.source))?.file ?? '?';
        const line = e.locations?.[0]?.line;
        return { file: line ? `${file}:${line}` : file, message: e.message };
      })
    : [];
  const known = new Set(before ? lintSchema(before).map(findingKey) : []);
  const lint = lintSchema(after).map((finding) => ({ finding, isNew: !known.has(findingKey(finding)) }));
  const ok = changes.every((c) => c.verdict?.ok !== false) && operationErrors.length === 0 && lint.every((l) => !l.isNew);
  return { ok, compositionErrors: [], changes, operationErrors, lint };
}

/** The report as text for a terminal or a CI log. */
export function formatReport(report: CheckReport, baseline: string): string {
  const lines: string[] = [];
  if (report.compositionErrors.length) {
    lines.push('✗ composition failed:', ...report.compositionErrors.map((e) => `    ${e}`));
    return lines.join('\n');
  }
  lines.push(`✓ composition`);
  lines.push(`changes against ${baseline}:`);
  if (!report.changes.length) lines.push('    none');
  for (const severity of ['breaking', 'dangerous', 'safe'] as const) {
    for (const c of report.changes.filter((x) => x.severity === severity)) {
      const mark = c.verdict ? (c.verdict.ok ? '✓' : '✗') : severity === 'dangerous' ? '!' : '+';
      lines.push(`  ${mark} ${severity.padEnd(9)} ${c.type}: ${c.description}${c.verdict ? ` (${c.verdict.reason})` : ''}`);
    }
  }
  lines.push(report.operationErrors.length ? `✗ client operations (${report.operationErrors.length} errors):` : '✓ client operations are valid against the proposed schema');
  for (const e of report.operationErrors) lines.push(`    ${e.file}: ${e.message}`);
  const fresh = report.lint.filter((l) => l.isNew);
  const old = report.lint.length - fresh.length;
  lines.push(fresh.length ? `✗ lint (${fresh.length} new findings):` : `✓ lint (no new findings${old ? `; ${old} older ones remain` : ''})`);
  for (const { finding } of fresh) lines.push(`    ${finding.rule}: ${finding.message}`);
  lines.push(report.ok ? 'check passed' : 'check FAILED');
  return lines.join('\n');
}
