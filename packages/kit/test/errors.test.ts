import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { AppError, createErrorFormatter } from '../src/errors.ts';

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

  it('drops the gateway copy of a subgraph reply', () => {
    const error = new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT', response: { url: 'http://wallet:4002/graphql' } } });
    expect(format({ message: 'bad', extensions: error.extensions }, error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
