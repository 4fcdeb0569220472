import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { AppError, createErrorFormatter, settleItem } from '../src/errors.ts';

const format = createErrorFormatter(pino({ level: 'silent' }));

describe('error formatting', () => {
  it('shows the project errors with their code and details', () => {
    const error = new AppError('INSUFFICIENT_FUNDS', 'Not enough PSC', { asset: 'PSC' });
    expect(format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error)).toEqual({
      message: 'Not enough PSC',
      extensions: { code: 'INSUFFICIENT_FUNDS', asset: 'PSC' },
    });
  });

  it('never shows an unexpected error: no message, SQL, path or stack', () => {
    const raw = new Error('Invalid `prisma.ledgerEntry.create()` invocation in /srv/wallet.ts:12 — SELECT * FROM balances');
    const formatted = format({ message: raw.message, path: ['transfer'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at /srv/wallet.ts:12'] } }, raw);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['transfer'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it("passes on a subgraph's error with a code of its own, never one it marked internal or left without a code", () => {
    const own = new GraphQLError('Only 2 left', { extensions: { code: 'OUT_OF_STOCK', serviceName: 'shop' } });
    expect(format({ message: own.message, path: ['reserve'], extensions: own.extensions }, own)).toEqual({ message: 'Only 2 left', path: ['reserve'], extensions: { code: 'OUT_OF_STOCK', serviceName: 'shop' } });
    for (const code of ['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']) {
      const hidden = new GraphQLError('connect ECONNREFUSED 10.0.0.7:5432', { extensions: { code, serviceName: 'shop' } });
      expect(format({ message: hidden.message, extensions: hidden.extensions }, hidden)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    // Without `serviceName` (not relayed from a subgraph), an unknown code is internal.
    const local = new GraphQLError('boom', { extensions: { code: 'OUT_OF_STOCK' } });
    expect(format({ message: 'boom', extensions: local.extensions }, local).message).toBe('Internal server error');
  });

  it('drops the gateway copy of a subgraph reply', () => {
    const error = new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT', response: { url: 'http://wallet:4002/graphql' } } });
    expect(format({ message: 'bad', extensions: error.extensions }, error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('settleItem (one item of a batched call)', () => {
  it('answers the result, or a refusal with its code, message and reason, as the item alone would have been answered', async () => {
    const logger = pino({ level: 'silent' });
    expect(await settleItem(async () => ({ id: 'tx1' }), logger)).toEqual({ result: { id: 'tx1' }, error: null });
    expect(await settleItem(async () => { throw new AppError('INSUFFICIENT_FUNDS', 'Not enough PSC'); }, logger)).toEqual({ result: null, error: { code: 'INSUFFICIENT_FUNDS', message: 'Not enough PSC', reason: null } });
    expect(await settleItem(async () => { throw new AppError('FORBIDDEN', 'A child may not', { reason: 'WGFUL' }); }, logger)).toEqual({ result: null, error: { code: 'FORBIDDEN', message: 'A child may not', reason: 'WGFUL' } });
  });

  it('masks anything else as a bare INTERNAL_SERVER_ERROR and logs it with its stack', async () => {
    const logged: unknown[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const settled = await settleItem(async () => { throw new Error('duplicate key value violates unique constraint "ledger_pkey"'); }, logger);
    expect(settled).toEqual({ result: null, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', reason: null } });
    expect(logged).toEqual([expect.objectContaining({ msg: 'unexpected error in a batch item', err: expect.objectContaining({ message: expect.stringContaining('ledger_pkey'), stack: expect.any(String) }) })]);
    // An unknown code is no client's either.
    expect((await settleItem(async () => { throw new GraphQLError('x', { extensions: { code: 'OUT_OF_STOCK' } }); }, logger)).error?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
