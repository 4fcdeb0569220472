// The README's GraphQL examples as data, for the test that runs them (test/readme-examples.test.ts).
//
// Conventions a reader sees in README.md's ```graphql blocks:
// - `# as ada` (a comment line): from here on, operations go with ada's access token in the
//   Authorization header (`# as anonymous`: without one). It holds across blocks until the next.
// - `# → ada` at the end of an operation's line: its result is called ada.
// - `<ada.user.id>` in an operation: that value from the result called ada (the first field of that
//   path, at any depth; `<ada.accessToken>` is ada's token).
// - `<!-- readme-test: skip <reason> -->` on the line before a block: the block is not run (the test
//   names it as skipped, with the reason).

/** One operation of a block, with what the comments before and on it say. */
export interface Example {
  /** The operation, comments included (GraphQL ignores them). */
  text: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** Whose token it is sent with (`as`); undefined: anonymous. */
  as?: string;
  /** The name its result is saved under (`# → name`). */
  saveAs?: string;
  /** Line in README.md where it starts. */
  line: number;
}

export interface ExampleBlock {
  line: number;
  examples: Example[];
  /** Why the block is not run, when it is marked so. */
  skip?: string;
}

const OPERATION_START = /^(query|mutation|subscription)\b|^\{/;

/** Every ```graphql block of a README, in order, split into operations. */
export function readmeExamples(readme: string): ExampleBlock[] {
  const lines = readme.split('\n');
  const blocks: ExampleBlock[] = [];
  let as: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```graphql') continue;
    const skip = /<!--\s*readme-test:\s*skip\s*(.*?)\s*-->/.exec(lines[i - 1] ?? '')?.[1];
    const block: ExampleBlock = { line: i + 1, examples: [], ...(skip !== undefined ? { skip: skip || 'marked skip' } : {}) };
    let current: Example | undefined;
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) {
      const line = lines[i]!;
      const who = /^#\s*as\s+([\w-]+)/.exec(line);
      if (who) {
        as = who[1] === 'anonymous' ? undefined : who[1];
        current = undefined;
        continue;
      }
      if (line.startsWith('#') || !line.trim()) {
        current = undefined;
        continue;
      }
      const start = OPERATION_START.exec(line);
      if (start || !current) {
        current = { text: line, kind: start?.[1] === 'mutation' ? 'mutation' : start?.[1] === 'subscription' ? 'subscription' : 'query', as, line: i + 1 };
        block.examples.push(current);
      } else current.text += `\n${line}`;
      const save = /#\s*→\s*([\w-]+)\s*$/.exec(line);
      if (save) current.saveAs = save[1];
    }
    blocks.push(block);
  }
  return blocks;
}

/** The value at `path` (dot-separated) in `value`, found at any depth; undefined when absent. */
export function findPath(value: unknown, path: string[]): unknown {
  const direct = path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
  if (direct !== undefined) return direct;
  if (!value || typeof value !== 'object') return undefined;
  for (const child of Object.values(value as Record<string, unknown>)) {
    const found = findPath(child, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The operation with each `<name.path>` replaced from the saved results; throws naming a missing one. */
export function fill(text: string, saved: Record<string, unknown>): string {
  const loose = /<[^<>\s"]*>/.exec(text.replace(/#.*$/gm, '').replace(/<[\w-]+\.[\w.]+>/g, ''));
  if (loose) throw new Error(`${loose[0]}: a placeholder names an earlier result and a path in it, e.g. <ada.user.id> (see tools/dev/readme-examples.ts)`);
  return text.replace(/<([\w-]+)\.([\w.]+)>/g, (whole, name: string, path: string) => {
    if (!(name in saved)) throw new Error(`${whole}: no earlier result is called ${name} (mark one with "# → ${name}")`);
    const value = findPath(saved[name], path.split('.'));
    if (value === undefined || value === null || typeof value === 'object') throw new Error(`${whole}: ${name} has no value at ${path}`);
    return String(value);
  });
}
