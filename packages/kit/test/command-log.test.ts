import { parse, type OperationDefinitionNode } from 'graphql';
import { commandsOf, sanitize } from '../src/command-log.ts';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('sanitize', () => {
  it('drops every credential-like key at any depth and keeps the rest', () => {
    const clean = sanitize({
      input: { login: 'ada', password: 'p', newPassword: 'q' },
      refreshToken: 'r',
      accessToken: 'a',
      clientSecret: 's',
      headers: { Authorization: 'Bearer x' },
      list: [{ apiToken: 't', id: 1 }],
      apiKey: 'k',
      private_key: 'pk',
      idempotencyKey: 'kept',
    });
    expect(clean).toEqual({ input: { login: 'ada' }, headers: {}, list: [{ id: 1 }], idempotencyKey: 'kept' });
  });

  it("drops a KYC submission's identity details and keeps that it happened", () => {
    const input = { legalName: 'Ada Lovelace', birthDate: '1990-12-10', documentNumber: 'X1', documentCountry: 'GB', documentIds: ['m1'] };
    expect(sanitize({ input, result: { id: 's1', status: 'pending', ...input } })).toEqual({ input: { documentIds: ['m1'] }, result: { id: 's1', status: 'pending', documentIds: ['m1'] } });
  });

  it('keeps entries compact: long strings, long lists and deep nesting are cut', () => {
    const clean = sanitize({ s: 'x'.repeat(1000), l: Array.from({ length: 50 }, (_, i) => i), d: { a: { b: { c: { d: 1 } } } } }) as Record<string, any>;
    expect(clean.s).toHaveLength(201);
    expect(clean.l).toHaveLength(20);
    expect(clean.d).toEqual({ a: { b: { c: '…' } } });
  });

  it('replaces NUL, which Postgres JSON refuses, so a refused input with one is still recorded', () => {
    expect(sanitize({ memo: 'a\u0000b', ['k\u0000']: 1 })).toEqual({ memo: 'a\uFFFDb', 'k\uFFFD': 1 });
  });
});

describe('commandsOf', () => {
  const context = { viewer: { kind: 'user' as const, userId: 'u1', roles: [], sessionId: 's', scopes: [] }, requestId: 'r1', clientAddress: '10.0.0.1', userAgent: 'ua' };

  it('makes one command per mutation field, with its own outcome, sanitized arguments and result', () => {
    const op = operation('mutation ($p: String!) { a: login(input: { login: "ada", password: $p }) { accessToken user { id } } logout }');
    const commands = commandsOf(op, { p: 'secret-pass' }, { a: { accessToken: 'tok', user: { id: 'u1' } }, logout: null }, [{ message: 'no', path: ['logout'], extensions: { code: 'UNAUTHENTICATED' } }], context);
    expect(commands).toEqual([
      expect.objectContaining({ command: 'login', outcome: 'ok', errorCode: null, args: { input: { login: 'ada' } }, result: { user: { id: 'u1' } }, actor: { kind: 'user', id: 'u1' }, requestId: 'r1', clientAddress: '10.0.0.1' }),
      expect.objectContaining({ command: 'logout', outcome: 'refused', errorCode: 'UNAUTHENTICATED', result: null }),
    ]);
    expect(JSON.stringify(commands)).not.toMatch(/secret-pass|tok"/);
  });

  it('counts an error without a path as refusing every field, and names services and anonymous callers', () => {
    const op = operation('mutation { transfer(input: {}) { id } }');
    const [service] = commandsOf(op, {}, null, [{ message: 'x', extensions: { code: 'FORBIDDEN' } }], { viewer: { kind: 'service', service: 'features', scopes: ['service'] } });
    expect(service).toMatchObject({ outcome: 'refused', errorCode: 'FORBIDDEN', actor: { kind: 'service', id: 'features' } });
    const [anonymous] = commandsOf(op, {}, { transfer: { id: 't' } }, [], {});
    expect(anonymous).toMatchObject({ outcome: 'ok', actor: { kind: 'anonymous', id: null }, requestId: null });
  });

  describe('a batched field', () => {
    const service = { viewer: { kind: 'service' as const, service: 'features', scopes: ['service'] }, requestId: 'batch-r' };
    const batched = { internalDebits: 'internalDebit' };
    const op = operation('mutation ($items: [InternalMovementItem!]!) { internalDebits(items: $items) { result { id } error { code message } } }');
    const items = [
      { input: { userId: 'u1', amount: '1', idempotencyKey: 'k1' }, requestId: 'r-a' },
      { input: { userId: 'u2', amount: '9', idempotencyKey: 'k2' }, requestId: null },
      { input: { userId: 'u3', amount: '2', idempotencyKey: 'k3' }, requestId: 'r-c' },
    ];

    it('is one command per item, named as the single call, with its own request id, arguments, outcome and result', () => {
      const data = { internalDebits: [{ result: { id: 'tx1' }, error: null }, { result: null, error: { code: 'INSUFFICIENT_FUNDS', message: 'short' } }, { result: { id: 'tx3' }, error: null }] };
      expect(commandsOf(op, { items }, data, [], service, batched)).toEqual([
        expect.objectContaining({ command: 'internalDebit', outcome: 'ok', errorCode: null, requestId: 'r-a', args: { input: items[0]!.input }, result: { id: 'tx1' }, actor: { kind: 'service', id: 'features' } }),
        // An item without a request id has the batch request's.
        expect.objectContaining({ command: 'internalDebit', outcome: 'refused', errorCode: 'INSUFFICIENT_FUNDS', requestId: 'batch-r', args: { input: items[1]!.input }, result: null }),
        expect.objectContaining({ command: 'internalDebit', outcome: 'ok', requestId: 'r-c', result: { id: 'tx3' } }),
      ]);
    });

    it('refused whole (no service credential, the field failed) refuses every item with that code', () => {
      const refused = commandsOf(op, { items }, null, [{ message: 'no', path: ['internalDebits'], extensions: { code: 'FORBIDDEN' } }], service, batched);
      expect(refused.map((c) => [c.command, c.outcome, c.errorCode, c.requestId])).toEqual([
        ['internalDebit', 'refused', 'FORBIDDEN', 'r-a'],
        ['internalDebit', 'refused', 'FORBIDDEN', 'batch-r'],
        ['internalDebit', 'refused', 'FORBIDDEN', 'r-c'],
      ]);
      // Without a path the error refuses the operation, and so every item; an answer short of an item refuses it too.
      expect(commandsOf(op, { items }, null, [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }], service, batched).every((c) => c.errorCode === 'BAD_USER_INPUT')).toBe(true);
      const short = commandsOf(op, { items }, { internalDebits: [{ result: { id: 'tx1' }, error: null }] }, [], service, batched);
      expect(short.map((c) => c.outcome)).toEqual(['ok', 'refused', 'refused']);
    });

    it('is recorded as itself where the subgraph does not declare it batched, or its items are not a list', () => {
      expect(commandsOf(op, { items }, { internalDebits: [] }, [], service).map((c) => c.command)).toEqual(['internalDebits']);
      expect(commandsOf(op, { items: null }, null, [], service, batched).map((c) => c.command)).toEqual(['internalDebits']);
    });
  });
});
