// A POST of an operation Apollo Server has already parsed, validated and resolved, answered without
// its HTTP layer and request pipeline but through everything they run for it: the same plugins'
// hooks in the same order (safelist, metrics, tracing, logs, site access, authorization, the edge),
// the same executor, error formatting, status codes, headers and serialisation. Apollo Server's own
// steps for such a request (hashing the text, the document cache, operation resolution, content
// negotiation twice, CSRF and landing-page checks, batching, its context and response copies) cost
// about a quarter of the router's CPU per request under the gateways benchmark, more than its
// profile shows (tools/bench/README.md, issue 16). Anything else (a GET, a batch, persisted-query
// extensions, an unknown text, a supergraph swapped since) goes to Apollo Server as before.
//
// The steps below are Apollo Server 5's (requestPipeline.js `processGraphQLRequest` from the point
// a document is known, runHttpQuery.js for a single result), with its own helpers imported from its
// distribution: they are not public API, so `knownOperations` checks at start that they are there.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServer, ApolloServerPlugin, BaseContext, GraphQLRequest, GraphQLRequestContext, GraphQLRequestListener, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { graphqlRequestHead, writeGraphQLResponse, type GraphQLHTTPResponse } from '@worldgraph/kit';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Counter } from 'prom-client';

const apolloEsm = path.join(path.dirname(createRequire(import.meta.url).resolve('@apollo/server')), '..', 'esm');
const internal = (file: string) => import(pathToFileURL(path.join(apolloEsm, file)).href);
/* eslint-disable @typescript-eslint/no-explicit-any -- Apollo Server's internal modules have no public types */
const { normalizeAndFormatErrors, ensureError, ensureGraphQLError } = (await internal('errorNormalize.js')) as any;
const { newCachePolicy } = (await internal('cachePolicy.js')) as any;
const { makeGatewayGraphQLRequestContext } = (await internal('utils/makeGatewayGraphQLRequestContext.js')) as any;
const { invokeHooksUntilDefinedAndNonNull } = (await internal('utils/invokeHooks.js')) as any;
const { mergeHTTPGraphQLHead, newHTTPGraphQLHead } = (await internal('runHttpQuery.js')) as any;
const { chooseContentTypeForSingleResultResponse } = (await internal('ApolloServer.js')) as any;
const { UserInputError } = (await internal('internalErrorClasses.js')) as any;

/** What Apollo Server keeps of its configuration (ApolloServer's `internals`) that the steps below read. */
interface Internals {
  plugins: ApolloServerPlugin<BaseContext>[];
  formatError?: unknown;
  includeStacktraceInErrorResponses: boolean;
  status400ForVariableCoercionErrors?: boolean;
  gatewayExecutor: GatewayExecutor | null;
  state: { phase: string };
}

/** An operation Apollo Server resolved: its validated document and operation, on one schema. */
interface Known {
  readonly schema: GraphQLSchema;
  readonly queryHash: string;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
}

const MAX_KNOWN = 2_000;

const answered = new Counter({
  name: 'router_known_operations_total',
  help: "GraphQL POSTs by who ran Apollo Server's steps for them: the router itself for a text Apollo Server already resolved (known), or Apollo Server",
  labelNames: ['by'],
});
const byRouter = answered.labels({ by: 'router' });
const byApollo = answered.labels({ by: 'apollo' });

/**
 * The operations Apollo Server has resolved (recorded by `plugin()`, which must be among its
 * plugins), and the express handler (`middleware`) answering POSTs of them.
 */
export class KnownOperations {
  private readonly known = new Map<string, Known>();
  /** The API schema Apollo Server serves now: entries of an earlier one are never used. */
  private schema?: GraphQLSchema;

  /**
   * `serialise`: the answer's JSON as text or UTF-8 bytes, the same JSON Apollo Server's
   * `stringifyResult` gives as text (the router's: answer-json.ts, plan-executor.ts).
   */
  constructor(
    gateway: Pick<GatewayInterface, 'onSchemaLoadOrUpdate'>,
    private readonly serialise: (value: unknown) => string | Buffer,
  ) {
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
      this.schema = apiSchema;
      this.known.clear();
    });
  }

  /** Apollo Server plugin: records each operation it resolved (parsed, validated, its operation found). */
  plugin(): ApolloServerPlugin {
    return {
      // Not for a request answered here: it is known already.
      requestDidStart: async (requestContext) => ((requestContext as { [ANSWERED_HERE]?: true })[ANSWERED_HERE] ? undefined : {
        didResolveOperation: async ({ request, source, queryHash, document, operation, schema }) => {
          if (!operation || request.query !== source || schema !== this.schema) return;
          const key = keyOf(request.query, request.operationName);
          if (this.known.has(key)) return;
          if (this.known.size >= MAX_KNOWN) this.known.delete(this.known.keys().next().value!);
          this.known.set(key, { schema, queryHash, document, operation });
        },
      }),
    };
  }

  /**
   * Express handler in place of kit `graphqlMiddleware(server, …)` (same `context`): a POST of a
   * known operation is answered here, anything else by `apollo`.
   */
  middleware<TContext extends BaseContext>(server: ApolloServer<TContext>, context: (args: { req: Request; res: Response }) => Promise<TContext>, apollo: RequestHandler): RequestHandler {
    const internals = (server as unknown as { internals: Internals }).internals;
    if (!internals?.plugins || !internals.state || typeof normalizeAndFormatErrors !== 'function' || typeof chooseContentTypeForSingleResultResponse !== 'function') {
      throw new Error('Apollo Server is not the version known-operations.ts follows (its internals differ): answer through graphqlMiddleware alone');
    }
    return async (req, res, next) => {
      const known = this.knownFor(req, internals);
      if (!known) {
        byApollo.inc();
        return apollo(req, res, next);
      }
      byRouter.inc();
      const http = graphqlRequestHead(req);
      let response: GraphQLHTTPResponse;
      try {
        let contextValue: TContext;
        try {
          contextValue = await context({ req, res });
        } catch (maybeError) {
          // As Apollo Server: the plugins hear of it, the client gets the error.
          const error = ensureError(maybeError);
          await Promise.all(internals.plugins.map(async (plugin) => plugin.contextCreationDidFail?.({ error })));
          throw ensureGraphQLError(error, 'Context creation failed: ');
        }
        const body = req.body as Record<string, unknown>;
        const request: GraphQLRequest = {
          query: body.query as string,
          operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
          variables: isRecord(body.variables) ? body.variables : undefined,
          extensions: undefined,
          http,
        };
        response = await answer(server, internals, known, request, contextValue, http, this.serialise);
      } catch (error) {
        response = await (server as unknown as { errorResponse(error: unknown, head: HTTPGraphQLRequest): Promise<HTTPGraphQLResponse> }).errorResponse(error, http);
      }
      await writeGraphQLResponse(res, response);
    };
  }

  /** The known operation a request is a POST of, if Apollo Server would answer it by the steps below. */
  private knownFor(req: Request, internals: Internals): Known | undefined {
    if (req.method !== 'POST' || internals.state.phase !== 'started' || !internals.gatewayExecutor) return undefined;
    const body = req.body as unknown;
    if (!isRecord(body)) return undefined;
    const { query, operationName, variables, extensions } = body;
    if (typeof query !== 'string' || !query || extensions !== undefined) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
    const known = this.known.get(keyOf(query, typeof operationName === 'string' ? operationName : undefined));
    if (!known || known.schema !== this.schema) return undefined;
    // An Accept that takes neither JSON type is Apollo Server's 406.
    return contentTypeFor(req.headers.accept) ? known : undefined;
  }
}

/**
 * Marks a request context answered here. A property, not a WeakSet of contexts: with a weak
 * collection gaining an entry per request this lane saved nothing measurable (+3 % req/s per core),
 * without it 11–28 %, a cost outside what the CPU profile shows (GC's weak-entry work; README, issue 16).
 */
const ANSWERED_HERE = Symbol('answered by known-operations.ts');

const keyOf = (query: string, operationName: string | undefined) => `${operationName ?? ''}\n${query}`;
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Apollo Server's content type for a single result, per Accept header (negotiator's choice, made once per distinct header). */
const contentTypes = new Map<string, string | null>();
function contentTypeFor(accept: string | undefined): string | null {
  const key = accept ?? '';
  let type = contentTypes.get(key);
  if (type === undefined) {
    type = chooseContentTypeForSingleResultResponse({ headers: new Map(accept === undefined ? [] : [['accept', accept]]) }) as string | null;
    if (contentTypes.size < 100) contentTypes.set(key, type);
  }
  return type;
}

/** Apollo Server's `internalExecuteOperation` and `processGraphQLRequest` from a known document on, then runHttpQuery's single result. */
async function answer<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  internals: Internals,
  known: Known,
  request: GraphQLRequest,
  contextValue: TContext,
  http: HTTPGraphQLRequest,
  serialise: (value: unknown) => string | Buffer,
): Promise<GraphQLHTTPResponse> {
  const requestContext = {
    logger: server.logger,
    cache: server.cache,
    schema: known.schema,
    request,
    response: { http: newHTTPGraphQLHead() },
    contextValue,
    metrics: {},
    overallCachePolicy: newCachePolicy(),
    requestIsBatched: false,
    [ANSWERED_HERE]: true,
  } as unknown as GraphQLRequestContext<TContext> & { errors?: readonly GraphQLError[] };
  let response: GraphQLRequestContext<TContext>['response'];
  try {
    response = await pipeline(server, internals, known, requestContext);
  } catch (maybeError) {
    const error = ensureError(maybeError);
    await Promise.all(internals.plugins.map(async (plugin) => plugin.unexpectedErrorProcessingRequest?.({ requestContext: requestContext as never, error })));
    server.logger.error(`Unexpected error processing request: ${error}`);
    throw new Error('Internal server error');
  }
  if (response.body?.kind !== 'single') throw new Error('Unexpected incremental result for a known operation');
  if (!response.http.headers.get('content-type')) response.http.headers.set('content-type', contentTypeFor(http.headers.get('accept'))!);
  const { errors, data, extensions } = response.body.singleResult;
  const text = serialise({ errors, data, extensions });
  // Serialised: the request's context no longer holds the answer's tree. A slow request's context
  // has been promoted to the old generation by now, and an old object pointing at the young tree
  // keeps it through every scavenge until the next full GC (promoted with it), dead or not:
  // dropping the pointer gave Scenario A +6–44 % req/s per core and 100 MiB less peak memory
  // (tools/bench/README.md, gateways, 2026-11-27 12:50).
  (response.body.singleResult as { data?: unknown }).data = undefined;
  return typeof text === 'string' ? { ...response.http, body: { kind: 'complete', string: text } } : { ...response.http, body: { kind: 'bytes', bytes: text } };
}

async function pipeline<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  internals: Internals,
  known: Known,
  requestContext: GraphQLRequestContext<TContext> & { errors?: readonly GraphQLError[] },
): Promise<GraphQLRequestContext<TContext>['response']> {
  const context = requestContext as any;
  const listeners = (await Promise.all(internals.plugins.map((p) => p.requestDidStart?.(context)))).filter((l): l is GraphQLRequestListener<BaseContext> => !!l);
  // Each hook of the listeners that have it, all at once as Apollo Server calls them (Promise.all).
  const each = (hook: keyof GraphQLRequestListener<BaseContext>, ...args: unknown[]) => {
    const calls: unknown[] = [];
    for (const l of listeners) if (l[hook]) calls.push((l[hook] as (...a: unknown[]) => unknown).apply(l, args));
    return Promise.all(calls);
  };
  const formatErrors = (errors: readonly GraphQLError[]) =>
    normalizeAndFormatErrors(errors, { formatError: internals.formatError, includeStacktraceInErrorResponses: internals.includeStacktraceInErrorResponses });
  const invokeWillSendResponse = () => each('willSendResponse', context);
  const didEncounterErrors = (errors: readonly GraphQLError[]) => {
    context.errors = errors;
    return each('didEncounterErrors', context);
  };
  const sendErrorResponse = async (errors: readonly GraphQLError[]) => {
    await didEncounterErrors(errors);
    const { formattedErrors, httpFromErrors } = formatErrors(errors);
    context.response.body = { kind: 'single', singleResult: { errors: formattedErrors } };
    mergeHTTPGraphQLHead(context.response.http, httpFromErrors);
    if (!context.response.http.status) context.response.http.status = 500;
    await invokeWillSendResponse();
    return context.response;
  };

  context.metrics.persistedQueryHit = false;
  context.metrics.persistedQueryRegister = false;
  context.queryHash = known.queryHash;
  context.source = context.request.query;
  await each('didResolveSource', context);
  // The document cache's hit: parsed and validated when Apollo Server resolved it first.
  context.document = known.document;
  context.operation = known.operation;
  context.operationName = known.operation.name?.value || null;
  try {
    await each('didResolveOperation', context);
  } catch (err) {
    return sendErrorResponse([ensureGraphQLError(err)]);
  }
  const responseFromPlugin = await invokeHooksUntilDefinedAndNonNull(
    listeners.filter((l) => l.responseForOperation),
    async (l: GraphQLRequestListener<BaseContext>) => await l.responseForOperation?.(context),
  );
  if (responseFromPlugin !== null) {
    context.response.body = responseFromPlugin.body;
    mergeHTTPGraphQLHead(context.response.http, responseFromPlugin.http);
  } else {
    const executionListeners = (await each('executionDidStart', context)).filter((l) => !!l).reverse();
    // Field-level hooks only run in a schema's own resolvers, which a gateway's executor never calls.
    try {
      const result = await internals.gatewayExecutor!(makeGatewayGraphQLRequestContext(context, server, internals));
      const resultErrors = result.errors?.map((e) => (isBadUserInputGraphQLError(e) && e.extensions?.code == null ? new UserInputError(e) : e));
      if (resultErrors) await didEncounterErrors(resultErrors);
      const { formattedErrors, httpFromErrors } = resultErrors ? formatErrors(resultErrors) : { formattedErrors: undefined, httpFromErrors: newHTTPGraphQLHead() };
      if (internals.status400ForVariableCoercionErrors && resultErrors?.length && result.data === undefined && !httpFromErrors.status) httpFromErrors.status = 400;
      mergeHTTPGraphQLHead(context.response.http, httpFromErrors);
      context.response.body = { kind: 'single', singleResult: { ...result, errors: formattedErrors } };
    } catch (executionMaybeError) {
      const executionError = ensureError(executionMaybeError);
      await Promise.all(executionListeners.map((l: any) => l.executionDidEnd?.(executionError)));
      return sendErrorResponse([ensureGraphQLError(executionError)]);
    }
    await Promise.all(executionListeners.map((l: any) => l.executionDidEnd?.()));
  }
  await invokeWillSendResponse();
  return context.response;
}

/** Apollo Server's test for a variable-coercion error (requestPipeline.js), made a UserInputError when it has no code. */
function isBadUserInputGraphQLError(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return false;
  const name = node.variable.name.value;
  return [`Variable "$${name}" has invalid value`, `Variable "$${name}" got invalid value `, `Variable "$${name}" of required type `, `Variable "$${name}" of non-null type `].some((p) => error.message.startsWith(p));
}
