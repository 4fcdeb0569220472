// Which media type the router answers with decides whether request errors keep status 200
// (application/json) or 400 (application/graphql-response+json): the same choice as Apollo Server's.
import { preferredType } from '../src/http-spec.ts';

const JSON_TYPE = 'application/json';
const GRAPHQL = 'application/graphql-response+json';

describe('preferredType', () => {
  it.each([
    [undefined, JSON_TYPE],
    ['application/json', JSON_TYPE],
    ['*/*', JSON_TYPE],
    ['application/graphql-response+json', GRAPHQL],
    ['application/graphql-response+json, application/json', GRAPHQL],
    ['application/json, application/graphql-response+json', JSON_TYPE],
    ['application/json;q=0.9, application/graphql-response+json', GRAPHQL],
    ['application/graphql-response+json;q=0.5, */*', JSON_TYPE],
    ['application/*, application/graphql-response+json', GRAPHQL],
    ['text/html', undefined],
  ])('%s → %s', (accept, expected) => {
    expect(preferredType(accept)).toBe(expected);
  });
});
