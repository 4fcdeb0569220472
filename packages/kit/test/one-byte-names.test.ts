import { randomUUID } from 'node:crypto';
import v8 from 'node:v8';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { withOneByteNames } from '../src/one-byte-names.ts';

// V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c'.
const oneByte = (text: string) => v8.serialize(text)[2] === 0x22;

/** A schema text with a description beyond Latin-1 and a field name no other code holds; the answer JSON keyed by the parsed name. */
function answerKeyedByParsedName(intern: boolean): string {
  const name = `probe${randomUUID().replaceAll('-', '')}`;
  const sdl = `"""Parcels… of land"""\ntype Query { ${name}: Int }`;
  if (intern) withOneByteNames(sdl);
  const query = parse(sdl).definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)!;
  return JSON.stringify({ data: { [query.fields![0]!.name.value]: 1 } });
}

describe('withOneByteNames', () => {
  it('keeps answers keyed by names of a schema text beyond Latin-1 one byte per character', () => {
    expect(oneByte(answerKeyedByParsedName(true))).toBe(true);
  });

  it('is needed: without it such a name makes the whole answer two-byte', () => {
    expect(oneByte(answerKeyedByParsedName(false))).toBe(false);
  });

  it('returns the text it was given', () => {
    const text = 'type Query { a: Int } # …';
    expect(withOneByteNames(text)).toBe(text);
  });
});
