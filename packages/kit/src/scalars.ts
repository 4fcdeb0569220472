import { GraphQLScalarType, Kind } from 'graphql';
import Decimal from 'decimal.js';
import { badInput } from './errors.ts';

export { Decimal };

/** DECIMAL(20,10): at most 10 digits before the point and 10 after. */
const DECIMAL_PATTERN = /^-?\d{1,10}(\.\d{1,10})?$/;

/** Parses a money amount given as a string; anything else, or more precision than SQL keeps, is BAD_USER_INPUT. */
export function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string') throw badInput('Decimal values are strings, e.g. "12.50"');
  if (!DECIMAL_PATTERN.test(value)) {
    throw badInput(`"${value.slice(0, 40)}" is not a decimal with at most 10 integer and 10 fractional digits`);
  }
  return new Decimal(value);
}

/** Money as a string, never a float; DECIMAL(20,10) in SQL. */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "12.5"; at most 10 integer and 10 fractional digits.',
  serialize: (value) => new Decimal(value as Decimal.Value).toFixed(),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Decimal values are strings, e.g. "12.50"');
    return parseDecimal(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw badInput('DateTime values are ISO-8601 strings');
  return date;
}

/** An instant as an ISO-8601 string in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, as an ISO-8601 string in UTC, e.g. "2026-01-31T12:00:00.000Z".',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Refuses zero and negative amounts with BAD_USER_INPUT naming `field` ("Amount must be greater than zero"). */
export function assertPositive(amount: Decimal, field: string): void {
  if (!amount.isPositive() || amount.isZero()) {
    throw badInput(`${field[0]!.toUpperCase()}${field.slice(1)} must be greater than zero`, { field });
  }
}

const IDEMPOTENCY_KEY = /^[\w.:-]{1,128}$/;
/** Idempotency keys are chosen by clients: 1-128 letters, digits, or . _ : - */
export function assertIdempotencyKey(key: string): void {
  if (!IDEMPOTENCY_KEY.test(key)) throw badInput('Idempotency key must be 1-128 letters, digits, or . _ : -', { field: 'idempotencyKey' });
}
