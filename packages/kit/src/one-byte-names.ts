// V8 keeps one copy of each property name (its string table), stored the way the first string that
// needed it was: one byte per character, or two when that string was cut from a text holding any
// character beyond Latin-1 (graphql-js slices names from the SDL's text, and one "…" in a
// description makes the whole text two-byte). From then on every object keyed by that name holds
// the two-byte copy, even one parsed from an ASCII subgraph answer, and JSON.stringify of an answer
// with any such key writes the whole answer two bytes per character: twice the bytes, and a UTF-16
// pass for its Content-Length and another into UTF-8 for the socket. On bench:gateways Scenario A
// that was about a fifth of the router's CPU per request (tools/bench/README.md, gateways). The
// names of a schema's text, interned here as one-byte strings before anything parses it, are the
// copies V8 keeps; this table holds them for the process, so none is collected and interned again
// from a two-byte text.
const NAME = /[_A-Za-z][_0-9A-Za-z]*/g;
const interned: Record<string, true> = Object.create(null);

/** Interns every GraphQL name in `text` as a one-byte string (names are ASCII); returns `text`. Call it before parsing the text. */
export function withOneByteNames(text: string): string {
  const seen = new Set<string>();
  for (const [name] of text.matchAll(NAME)) {
    if (seen.has(name)) continue;
    seen.add(name);
    // A latin1 round trip makes a new one-byte string of the same characters; as a property key it is interned.
    interned[Buffer.from(name, 'latin1').toString('latin1')] = true;
  }
  return text;
}
