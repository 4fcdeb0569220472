import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { REPO_ROOT_URL } from '@worldgraph/kit';
import type { RequestHandler } from 'express';
import { GraphQLError, parse } from 'graphql';
import { clientOf } from './client-identity.ts';
import type { RouterContext } from './context.ts';

/** Where codegen writes the clients' persisted-operation manifest (sha256 → document). */
export const PERSISTED_DOCUMENTS_URL = new URL('packages/sdk/src/generated/persisted-documents.json', REPO_ROOT_URL);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The clients' persisted operations, by the sha256 (hex) of their text. */
export class PersistedOperations {
  constructor(readonly documents: ReadonlyMap<string, string>) {}

  /** Reads a manifest in client-preset's format: `{ "sha256:<hex>": "<document>" }`. */
  static load(path: string | URL = PERSISTED_DOCUMENTS_URL): PersistedOperations {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    return new PersistedOperations(new Map(Object.entries(raw).map(([key, text]) => [key.replace(/^sha256:/, ''), text])));
  }

  /**
   * Whether an operation's text is one of the manifest's: as sent, or once normalized the way
   * codegen wrote the manifest (sorted selections, no extra whitespace), so a client may send
   * the typed document's text as written in its .graphql file.
   */
  isListed(text: string): boolean {
    if (this.documents.has(sha256(text))) return true;
    try {
      return this.documents.has(sha256(printExecutableGraphQLDocument(parse(text))));
    } catch {
      return false;
    }
  }

  /**
   * The cache behind Apollo Server's automatic persisted queries: the manifest's documents are
   * always found by hash; other operations are remembered (development) only when `learn`.
   */
  apqCache(learn: boolean, maxLearned = 10_000) {
    const learned = new Map<string, string>();
    const documents = this.documents;
    return {
      async get(key: string) {
        return documents.get(key.replace(/^apq:/, '')) ?? learned.get(key);
      },
      async set(key: string, value: string) {
        if (!learn) return;
        if (learned.size >= maxLearned) learned.delete(learned.keys().next().value!);
        learned.set(key, value);
      },
      async delete(key: string) {
        learned.delete(key);
      },
    };
  }
}

/** The refusal of an operation outside the safelist. */
export const notListed = () =>
  new GraphQLError('This operation is not in the persisted-operation safelist: this router accepts only the operations of the client SDK (packages/sdk).', {
    extensions: { code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 403 } },
  });

const NOT_FOUND = { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } };

/**
 * HTTP safelist (production): an operation sent as text must be in the manifest (403, FORBIDDEN,
 * reason PERSISTED_QUERY_NOT_IN_LIST); one sent by hash alone must be a manifest hash
 * (PERSISTED_QUERY_NOT_FOUND). Runs before Apollo Server parses or validates anything, after the
 * client is identified: integrators (API keys) may send any operation.
 */
export function safelistMiddleware(operations: PersistedOperations): RequestHandler {
  return (req, res, next) => {
    if (clientOf(res.locals)?.clientClass === 'integrator') return next();
    const raw: unknown = req.method === 'GET' ? { query: req.query.query, extensions: req.query.extensions } : req.body;
    for (const op of Array.isArray(raw) ? raw : [raw]) {
      if (!op || typeof op !== 'object') continue;
      const { query, extensions } = op as { query?: unknown; extensions?: unknown };
      let ext = extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
      if (typeof extensions === 'string') {
        try {
          ext = JSON.parse(extensions);
        } catch {
          ext = undefined;
        }
      }
      const hash = ext?.persistedQuery?.sha256Hash;
      if (typeof query === 'string' && query.length) {
        if (!operations.isListed(query)) {
          const error = notListed();
          res.status(403).json({ errors: [{ message: error.message, extensions: { code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_NOT_IN_LIST' } }] });
          return;
        }
      } else if (typeof hash === 'string' && !operations.documents.has(hash)) {
        res.status(200).json({ errors: [NOT_FOUND] });
        return;
      }
    }
    next();
  };
}

/** The same safelist inside Apollo Server, for operations that do not come over HTTP (graphql-ws queries and mutations). */
export function safelistPlugin(operations: PersistedOperations): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.clientClass === 'integrator') return {};
      return {
        async didResolveOperation({ source }) {
          if (!operations.isListed(source)) throw notListed();
        },
      };
    },
  };
}
