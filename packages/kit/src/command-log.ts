import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import type { Viewer } from './auth.ts';
import type { BaseContext } from './context.ts';
import type { Runtime } from './runtime.ts';
import { GroupWriter } from './group-writer.ts';
import { wakeOutboxRelays } from './events/relay.ts';

/** The event every mutation field a subgraph executes leaves in its context's stream (for audit). */
export interface CommandExecuted {
  type: 'CommandExecuted';
  /** The Mutation field, e.g. `transfer`. */
  command: string;
  outcome: 'ok' | 'refused';
  /** extensions.code of the refusal. */
  errorCode: string | null;
  actor: { kind: Viewer['kind']; id: string | null };
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  /** The arguments, sanitized (see `sanitize`). */
  args: Record<string, unknown>;
  /** What the field returned, sanitized; null when refused. */
  result: unknown;
}

/**
 * Keys whose values never leave the process: credentials of any kind (two-factor secrets, one-time
 * and recovery codes, sign-in challenges too), and phone numbers (where one-time codes go).
 */
export const SECRET_KEY = /password|token|secret|authorization|cookie|credential|api[-_]?key|private[-_]?key|otpauth|one[-_]?time|recovery|challenge|phone/i;
/** Keys of identity details (KYC) whose values never leave accounts: audit records that a submission happened, not what it said. */
export const PERSONAL_KEY = /^(?:legal[-_]?name|birth[-_]?date|document[-_]?number|document[-_]?country)$/i;
const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;

/**
 * A compact copy of `value` that is safe to log: keys matching SECRET_KEY or PERSONAL_KEY are dropped, strings
 * cut to 200 characters, lists to 20 items, nesting to 4 levels.
 */
export function sanitize(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    // Postgres' JSON cannot hold NUL, and a refused input may carry one: it must still be recorded.
    const text = value.replace(/\u0000/g, '\uFFFD');
    return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => sanitize(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (!SECRET_KEY.test(key) && !PERSONAL_KEY.test(key)) out[key.replace(/\u0000/g, '\uFFFD')] = sanitize(v, depth + 1);
    return out;
  }
  return String(value).slice(0, MAX_STRING);
}

const actorOf = (viewer: Viewer | undefined): CommandExecuted['actor'] =>
  viewer?.kind === 'user' ? { kind: 'user', id: viewer.userId } : viewer?.kind === 'service' ? { kind: 'service', id: viewer.service } : { kind: 'anonymous', id: null };

/** The root fields of a mutation (through inline fragments), with their response keys. */
function rootFields(operation: OperationDefinitionNode): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (selections: OperationDefinitionNode['selectionSet']['selections']) => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD && !s.name.value.startsWith('__')) fields.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet.selections);
    }
  };
  walk(operation.selectionSet.selections);
  return fields;
}

/**
 * Batched mutation fields, each with the command one of its items is (wallet: `internalDebits` →
 * `internalDebit`). Such a field takes `items: [{ requestId, ...the command's arguments }]` and
 * answers `[{ result, error: { code } }]` in the items' order (kit settleItem); it is recorded as
 * one CommandExecuted per item, as if each had been called alone, with the item's request id.
 */
export type BatchedCommands = Readonly<Record<string, string>>;

/** Builds one CommandExecuted per mutation field of an executed operation (per item of a batched one). */
export function commandsOf(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  data: Record<string, unknown> | null | undefined,
  errors: readonly GraphQLFormattedError[],
  context: Partial<BaseContext>,
  batched: BatchedCommands = {},
): CommandExecuted[] {
  const record = (command: string, error: { extensions?: { code?: unknown } } | undefined, args: Record<string, unknown>, result: unknown, requestId: string | null): CommandExecuted => ({
    type: 'CommandExecuted',
    command,
    outcome: error ? 'refused' : 'ok',
    errorCode: error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : null,
    actor: actorOf(context.viewer),
    requestId,
    clientAddress: context.clientAddress ?? null,
    userAgent: context.userAgent ? context.userAgent.slice(0, MAX_STRING) : null,
    args: sanitize(args) as Record<string, unknown>,
    result: error ? null : sanitize(result ?? null),
  });
  return rootFields(operation).flatMap((field) => {
    const key = field.alias?.value ?? field.name.value;
    // An error without a path refused the whole operation; one with a path, the field it names.
    const error = errors.find((e) => !e.path?.length || e.path[0] === key);
    const args = Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
    const single = Object.hasOwn(batched, field.name.value) ? batched[field.name.value] : undefined;
    if (single === undefined || !Array.isArray(args.items)) return [record(field.name.value, error, args, data?.[key], context.requestId ?? null)];
    // A refusal of the whole field refuses every item with its code; else each item has its outcome.
    const outcomes = Array.isArray(data?.[key]) ? (data[key] as ({ result?: unknown; error?: { code?: unknown } | null } | null)[]) : [];
    return args.items.map((item, i) => {
      const { requestId, ...itemArgs } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      const outcome = outcomes[i];
      const itemError = error ?? (outcome?.error ? { extensions: { code: outcome.error.code } } : outcome ? undefined : { extensions: {} });
      return record(single, itemError, itemArgs, outcome?.result, typeof requestId === 'string' && requestId ? requestId.slice(0, MAX_STRING) : (context.requestId ?? null));
    });
  });
}

/**
 * Records every mutation this subgraph executes, accepted or refused, as a `CommandExecuted`
 * domain event: into the context's outbox (`outbox`: relayed like its other events), or straight
 * to the bus. Written before the response is sent; a failure to record is logged, never shown.
 * Commands of concurrent requests are written together (GroupWriter): one INSERT per batch.
 */
export function commandLogPlugin(context: string, runtime: Runtime, outbox: boolean, batched: BatchedCommands = {}): ApolloServerPlugin {
  let pool: pg.Pool | undefined;
  const writer = new GroupWriter<CommandExecuted>(async (commands) => {
    if (outbox) {
      if (!pool) {
        pool = new pg.Pool({ connectionString: runtime.databaseUrl, max: 1 });
        pool.on('error', () => {}); // an idle connection cut by the server: the next query reconnects
      }
      try {
        // A named statement: prepared once per connection, not parsed and planned by Postgres for every batch.
        await pool.query({
          name: 'command_log_insert',
          text: "INSERT INTO outbox_events (type, aggregate_id, payload) SELECT 'CommandExecuted', x->>'command', x FROM jsonb_array_elements($1::jsonb) AS x",
          values: [JSON.stringify(commands)],
        });
      } finally {
        // These mutations' own events committed before them (and these records, unless the insert failed): relay them now.
        wakeOutboxRelays(context);
      }
    } else {
      const occurredAt = new Date().toISOString();
      await runtime.events.publish(commands.map((c) => ({ id: `${context}:cmd-${randomUUID()}`, context, type: c.type, aggregateId: c.command, payload: { ...c }, occurredAt })));
    }
  });
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await pool?.end();
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, errors, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const all = [...(body?.errors ?? []), ...(errors ?? []).map((e) => ({ message: e.message, path: e.path, extensions: e.extensions }))];
          const commands = commandsOf(operation, request.variables, body?.data as Record<string, unknown> | undefined, all, contextValue as Partial<BaseContext>, batched);
          if (!commands.length) return;
          await writer.add(commands).catch((err) => runtime.logger.error({ err, context, commands: commands.map((c) => c.command) }, 'command not recorded for audit'));
        },
      };
    },
  };
}
