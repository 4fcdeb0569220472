import { nameProblem, normalizeName } from '../src/domain/names.ts';

test.each(['Thorin', "O'Brien", 'Anne-Lise', 'abc', 'Abcdefghijklmnop'])('accepts %s', (name) => {
  expect(nameProblem(name)).toBeNull();
});

test.each([
  ['ab', 'Names have 3 to 16 characters'],
  ['Averyveryverylongname', 'Names have 3 to 16 characters'],
  ['Thor1n', 'letters'],
  ["'Thorin", 'letters'],
  ['Tho--rin', 'letters'],
  ["O'Bri-en", 'letters'],
  ['Thor in', 'letters'],
  ['Zzzorro', 'three times'],
  ['Admin', 'reserved'],
  ['GAMEMASTER', 'reserved'],
  ['GmThorin', 'reserved'],
  ['Vox-elheim', 'reserved'],
])('refuses %s', (name, why) => {
  expect(nameProblem(name)).toMatch(why);
});

test('names are stored capitalised', () => {
  expect(normalizeName('thorin')).toBe('Thorin');
});
