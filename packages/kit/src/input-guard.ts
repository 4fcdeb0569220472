import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit } from 'graphql';
import { badInput, withHttpStatus } from './errors.ts';

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\0')
    : Array.isArray(value)
      ? value.some(hasNul)
      : value !== null && typeof value === 'object' && Object.values(value).some(hasNul);

/**
 * Refuses any text containing NUL (U+0000), in variables or in the query, with BAD_USER_INPUT:
 * Postgres text cannot store it, so it would otherwise fail deep in a write as an internal error.
 */
export function rejectNulPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let found = hasNul(request.variables);
          if (!found) visit(document, { [Kind.STRING]: (node) => void (found ||= node.value.includes('\0')) });
          if (found) throw withHttpStatus(badInput('Text must not contain NUL (U+0000) characters'), 400);
        },
      };
    },
  };
}
