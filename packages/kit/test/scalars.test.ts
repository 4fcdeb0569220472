import { GraphQLError } from 'graphql';
import { DecimalScalar, parseDecimal } from '../src/scalars.ts';

describe('Decimal', () => {
  it.each([
    ['0', '0'],
    ['12.50', '12.5'],
    ['-3.0000000001', '-3.0000000001'],
    ['9999999999.9999999999', '9999999999.9999999999'],
  ])('accepts %s exactly', (text, canonical) => {
    expect(parseDecimal(text).toFixed()).toBe(canonical);
  });

  it.each([
    ['a float', 12.5],
    ['over-precision', '1.00000000001'],
    ['too many integer digits', '12345678901'],
    ['exponent notation', '1e5'],
    ['garbage', '12,5'],
    ['empty', ''],
  ])('refuses %s with BAD_USER_INPUT', (_label, value) => {
    expect(() => parseDecimal(value)).toThrow(GraphQLError);
    try {
      parseDecimal(value);
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('serialises without exponent or float error', () => {
    expect(DecimalScalar.serialize(parseDecimal('0.0000000001'))).toBe('0.0000000001');
    expect(DecimalScalar.serialize(parseDecimal('0.1').plus(parseDecimal('0.2')))).toBe('0.3');
  });
});
