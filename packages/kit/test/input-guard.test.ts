import { ApolloServer } from '@apollo/server';
import { rejectNulPlugin } from '../src/input-guard.ts';

// The NUL guard walks a query once (its parsed document is reused for the same text) and checks
// variables on every request: whatever was seen before, a NUL is refused wherever it is.
describe('rejectNulPlugin', () => {
  const server = new ApolloServer({ typeDefs: 'type Query { echo(text: String): String }', resolvers: { Query: { echo: (_: unknown, { text }: { text?: string }) => text ?? null } }, plugins: [rejectNulPlugin()] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await server.executeOperation({ query, variables });
    if (body.kind !== 'single') throw new Error('not a single result');
    return body.singleResult;
  };
  const codeOf = (result: Awaited<ReturnType<typeof run>>) => result.errors?.[0]?.extensions?.code;

  it('refuses a NUL in a query literal every time the same query comes', async () => {
    const query = '{ echo(text: "a\\u0000b") }';
    for (let i = 0; i < 3; i++) expect(codeOf(await run(query))).toBe('BAD_USER_INPUT');
  });

  it('answers a clean query again and again, and still refuses a NUL in its variables', async () => {
    const query = 'query ($t: String) { echo(text: $t) }';
    expect((await run(query, { t: 'a' })).data).toEqual({ echo: 'a' });
    expect((await run(query, { t: 'b' })).data).toEqual({ echo: 'b' });
    expect(codeOf(await run(query, { t: 'a\u0000b' }))).toBe('BAD_USER_INPUT');
    expect((await run(query, { t: 'c' })).data).toEqual({ echo: 'c' });
  });
});
