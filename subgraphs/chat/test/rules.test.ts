import { cleanBody, directRef, editable, maskWords } from '../src/domain/rules.ts';

describe('chat rules', () => {
  it('masks blocked words whole, in any case, and leaves words that merely contain them', () => {
    expect(maskWords('Darn it, DARN! darning is fine', ['darn'])).toBe('**** it, ****! darning is fine');
    expect(maskWords('nothing here', [])).toBe('nothing here');
    expect(maskWords('a.b and a+b', ['a.b'])).toBe('*** and a+b');
  });

  it('trims a body and refuses it empty, too long or with control characters', () => {
    expect(cleanBody('  hello \r\n world  ', 100, [])).toBe('hello \n world');
    expect(() => cleanBody('   ', 100, [])).toThrow('empty');
    expect(() => cleanBody('x'.repeat(101), 100, [])).toThrow('at most 100');
    expect(cleanBody('😀'.repeat(100), 100, [])).toHaveLength(200); // characters, not UTF-16 units
    expect(() => cleanBody('bell\u0007', 100, [])).toThrow('control');
  });

  it('names a direct channel by its pair, whoever opens it', () => {
    expect(directRef('b', 'a')).toBe(directRef('a', 'b'));
  });

  it('lets a message be edited inside its window only', () => {
    const sent = new Date('2026-11-26T10:00:00Z');
    expect(editable(sent, new Date('2026-11-26T10:15:00Z'), 900_000)).toBe(true);
    expect(editable(sent, new Date('2026-11-26T10:15:01Z'), 900_000)).toBe(false);
  });
});
