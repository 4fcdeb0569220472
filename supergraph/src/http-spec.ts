// GraphQL over HTTP (the spec graphql-http's auditServer checks), where Apollo Server differs:
// - A client that accepts only `application/json` gets status 200 for a document that does not
//   parse or validate, or variables that do not coerce (the spec's SHOULD for legacy clients, which
//   read errors from the body); `application/graphql-response+json` keeps 400.
// - A GET carrying a query is served without a CSRF preflight header. CSRF prevention stays on for
//   everything else: a GET never carries a mutation (Apollo Server answers 405), a simple POST
//   (text/plain, form, multipart) still needs the header, and GETs carrying a mutation or a
//   subscription keep the check too. A forged cross-site GET has no Authorization header (that needs
//   a preflight), so it runs anonymously and reads nothing the attacker's page can see (CORS).
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, OperationTypeNode, parse, type GraphQLFormattedError } from 'graphql';

/**
 * Request errors that keep status 200 for `application/json` clients: the document does not parse
 * or validate, or a variable does not coerce (Apollo Server's BAD_USER_INPUT about a `$variable`).
 * Other BAD_USER_INPUT refusals (several operations and no operationName, a plan too large) stay 400.
 */
const legacy200 = (e: GraphQLFormattedError) => {
  const code = e.extensions?.code;
  return code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || (code === 'BAD_USER_INPUT' && e.message.startsWith('Variable "$'));
};

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/** Status 200 instead of 400 for parse, validation and variable errors when the answer is `application/json`. */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.data !== undefined || !result.errors?.length) return;
          if (!result.errors.every(legacy200)) return;
          if (preferredType(request.http?.headers.get('accept')) !== JSON_TYPE) return;
          response.http.status = 200;
        },
      };
    },
  };
}

/** Marks a GET carrying only queries as preflighted, so Apollo Server's CSRF check lets it through. */
export function getQueriesWithoutPreflight(): RequestHandler {
  return (req, _res, next) => {
    const query = req.method === 'GET' ? req.query.query : undefined;
    if (typeof query === 'string' && !req.header('apollo-require-preflight') && onlyQueries(query)) req.headers['apollo-require-preflight'] = 'get-query';
    next();
  };
}

function onlyQueries(text: string): boolean {
  try {
    return parse(text, { noLocation: true }).definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === OperationTypeNode.QUERY);
  } catch {
    // Apollo Server answers the syntax error; nothing runs.
    return true;
  }
}

/**
 * The media type Apollo Server answers with (its choice, through `negotiator`, between
 * application/json and application/graphql-response+json): q first, then how specific the
 * matching Accept entry is, then its order in the header; application/json on a full tie.
 */
export function preferredType(accept: string | undefined): string | undefined {
  if (!accept) return JSON_TYPE;
  const entries = accept.split(',').map((part, order) => {
    const [range = '', ...params] = part.trim().split(';');
    const [type = '', subtype = ''] = range.trim().toLowerCase().split('/');
    const q = params.map((p) => p.trim().split('=')).find(([k]) => k?.trim() === 'q')?.[1];
    return { type, subtype, q: q === undefined ? 1 : Number(q), order };
  });
  const rank = (candidate: string) => {
    const [type, subtype] = candidate.split('/');
    let best: { q: number; s: number; o: number } | undefined;
    for (const e of entries) {
      if ((e.type !== type && e.type !== '*') || (e.subtype !== subtype && e.subtype !== '*')) continue;
      const s = (e.type === type ? 4 : 0) + (e.subtype === subtype ? 2 : 0);
      if (!best || s > best.s || (s === best.s && (e.q > best.q || (e.q === best.q && e.order < best.o)))) best = { q: e.q, s, o: e.order };
    }
    return best && best.q > 0 ? best : undefined;
  };
  const json = rank(JSON_TYPE);
  const graphql = rank(GRAPHQL_RESPONSE_TYPE);
  if (!json) return graphql ? GRAPHQL_RESPONSE_TYPE : undefined;
  if (!graphql) return JSON_TYPE;
  if (graphql.q !== json.q) return graphql.q > json.q ? GRAPHQL_RESPONSE_TYPE : JSON_TYPE;
  if (graphql.s !== json.s) return graphql.s > json.s ? GRAPHQL_RESPONSE_TYPE : JSON_TYPE;
  return graphql.o < json.o ? GRAPHQL_RESPONSE_TYPE : JSON_TYPE;
}
