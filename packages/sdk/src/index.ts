// The typed client SDK. Operations live in ../operations/*.graphql; `npm run codegen` generates
// their typed documents (src/generated) and the persisted-operation manifest.
import type { TypedDocumentString } from './generated/graphql.ts';

export * from './generated/graphql.ts';
export { graphql } from './generated/gql.ts';

/** The sha256 (hex) under which the router knows a document, as in persisted-documents.json. */
export function operationHash(document: TypedDocumentString<any, any>): string {
  const hash = document.__meta__?.hash as string | undefined;
  if (!hash) throw new Error('this document is not in the persisted-operation manifest');
  return hash.replace(/^sha256:/, '');
}

/**
 * The body of an HTTP request that names a persisted operation by its hash instead of sending its
 * text (what production routers accept: automatic persisted queries, extension version 1).
 */
export function persistedRequest<TVariables>(document: TypedDocumentString<unknown, TVariables>, variables?: TVariables) {
  return { variables: variables ?? {}, extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(document) } } };
}

/** A typed document's text (for graphql-ws, which sends the text: the router safelists its normalized form). */
export const operationText = (document: TypedDocumentString<any, any>) => document.toString();
