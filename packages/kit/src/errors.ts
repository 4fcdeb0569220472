import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.ts';

/** The error codes of DESIGN.md: every error a client sees carries one in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INSUFFICIENT_FUNDS: 'INSUFFICIENT_FUNDS',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes Apollo Server itself produces for malformed requests; they are safe to show. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The router's edge: an operation past its client class's limits (supergraph/src/limits).
  'OPERATION_LIMIT_EXCEEDED',
  'COST_ESTIMATED_TOO_EXPENSIVE',
  // The router's: a subgraph timed out or its circuit is open (supergraph/src/data-source.ts).
  'SUBGRAPH_UNAVAILABLE',
]);
// INTERNAL_SERVER_ERROR is Apollo's code for any unexpected error: never shown as is.
const CLIENT_CODES = new Set<string>([...Object.values(ErrorCode), ...PROTOCOL_CODES]);
CLIENT_CODES.delete(ErrorCode.INTERNAL_SERVER_ERROR);

/** The one error type of the project: a GraphQLError with a DESIGN.md code and safe details. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

/**
 * Gives an error refusing a whole request (before execution) its HTTP status; Apollo Server
 * reads `extensions.http` and drops it from the response.
 */
export function withHttpStatus(error: AppError, status: number): AppError {
  error.extensions.http = { status };
  return error;
}

/** The status of a request refused whole with `code`. */
export const httpStatusOf = (code: unknown) =>
  ({ UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 })[String(code)] ?? 400;

export const unauthenticated = (message = 'Authentication required') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed') => new AppError('FORBIDDEN', message);
export const badInput = (message: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, details);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new AppError('CONFLICT', message);

/**
 * A subgraph's error with a code of its own (the router marks subgraph errors with `serviceName`):
 * the subgraph meant it for the client, so the router passes it on in the subgraph's words.
 * INTERNAL_SERVER_ERROR, and DOWNSTREAM_SERVICE_ERROR (the router's code for a subgraph error
 * that had none), stay masked.
 */
function meantForClient(formatted: GraphQLFormattedError, code: string): boolean {
  return typeof formatted.extensions?.serviceName === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && code !== 'DOWNSTREAM_SERVICE_ERROR';
}

/**
 * Apollo Server's `formatError`: client errors pass with their code and message; anything else
 * (a bug, SQL, a crash) is logged with its stack and reaches the client as a bare
 * INTERNAL_SERVER_ERROR. Stack traces never leave the process.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (CLIENT_CODES.has(code) || meantForClient(formatted, code))) {
      // `response` is the gateway's copy of a subgraph's raw reply: internal, never forwarded.
      const { stacktrace: _stack, response: _response, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A refusal inside a batched call's answer: what the item's own call would have answered. */
export interface ItemRefusal {
  code: string;
  message: string;
  reason: string | null;
}

/**
 * One item of a batched internal call (wallet's internalDebits, say), settled as a call of its own
 * would have answered it: its result, or its refusal with the code and message a client may see.
 * Anything else (a bug, SQL) is logged with its stack and becomes a bare INTERNAL_SERVER_ERROR, as
 * createErrorFormatter does for a whole request. One item's failure never fails the others.
 */
export async function settleItem<T>(work: () => Promise<T>, logger: Logger): Promise<{ result: T | null; error: ItemRefusal | null }> {
  try {
    return { result: await work(), error: null };
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const reason = (error as GraphQLError).extensions?.reason;
      return { result: null, error: { code, message: (error as GraphQLError).message, reason: typeof reason === 'string' ? reason : null } };
    }
    logger.error({ err: error }, 'unexpected error in a batch item');
    return { result: null, error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', reason: null } };
  }
}
