// The README's GraphQL examples as data, for the test that runs them (test/readme-examples.test.ts).
//
// Conventions a reader sees in README.md's ```graphql blocks:
// - `# as ada` (a comment line): from here on, operations go with ada's access token in the
//   Authorization header (`# as anonymous`: without one). It holds across blocks until the next.
// - `# → ada` at the end of an operation's line: its result is called ada.
// - `<ada.user.id>` in an operation: that value from the result called ada (the first field of that
//   path, at any depth; `<ada.accessToken>` is ada's token).
// - `# refused: CODE → name` at the end of an operation's line: it is meant to be refused with that
//   `extensions.code` (a sign-in that asks for the second factor); the error's extensions are called name.
// - What a reader does outside the graph, written so that the test can do it too:
//   `<token from the email to grace@example.com>` (the link's token in the newest email to that
//   address), `<code from the authenticator app for enrolment.secret>` (the current TOTP code of that
//   secret), `<callback after signing in as lin at start.authorizationUrl>` (the URL the sign-in
//   provider sends the browser back to, after signing in there as lin), `<now>` and `<in 10 minutes>`
//   (a time, ISO 8601), and a comment line
//   `# $ curl -T me.png "<upload.parts.url>"` (the file's bytes PUT to that URL; the test's file is
//   tools/dev/test/fixtures/me.png).
// - In a path, a list stands for its first element (`<question.choices.id>`: the first choice's id).
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
  /** The `extensions.code` it is meant to be refused with (`# refused: CODE`). */
  refused?: string;
  /** Line in README.md where it starts. */
  line: number;
}

/** A file PUT to a URL between operations (`# $ curl -T file "<name.path>"`). */
export interface Upload {
  kind: 'upload';
  file: string;
  /** The placeholder of the URL, e.g. `<upload.parts.url>`. */
  url: string;
  line: number;
}

export interface ExampleBlock {
  line: number;
  /** The operations and uploads of the block, in order. */
  examples: (Example | Upload)[];
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
      const put = /^#\s*\$\s*curl\s+-T\s+(\S+)\s+"(<[^>]+>)"\s*$/.exec(line);
      if (put) {
        block.examples.push({ kind: 'upload', file: put[1]!, url: put[2]!, line: i + 1 });
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
      const save = /#\s*(?:refused:\s*([A-Z_]+)\b[^→]*)?(?:→\s*([\w-]+))?\s*$/.exec(line);
      if (save?.[1]) current.refused = save[1];
      if (save?.[2]) current.saveAs = save[2];
    }
    blocks.push(block);
  }
  return blocks;
}

/** The value at `path` (dot-separated) in `value`, found at any depth; undefined when absent. */
export function findPath(value: unknown, path: string[]): unknown {
  const first = (v: unknown): unknown => (Array.isArray(v) ? first(v[0]) : v);
  const direct = first(path.reduce<unknown>((v, key) => {
    const at = first(v);
    return at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  }, value));
  if (direct !== undefined) return direct;
  if (!value || typeof value !== 'object') return undefined;
  for (const child of Object.values(value as Record<string, unknown>)) {
    const found = findPath(child, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What a reader does outside the graph, done by the test (see the conventions above). */
export interface OutOfBand {
  /** The token of the link in the newest email to `to`. */
  mailToken(to: string): Promise<string>;
  /** The current TOTP code of a base32 secret, one not used before. */
  totpCode(secret: string): Promise<string>;
  /** The authorization response URL after signing in as `login` at the provider's `authorizationUrl`. */
  providerCallback(authorizationUrl: string, login: string): Promise<string>;
}

const MAIL = /<token from the email to ([^<>\s]+)>/g;
const TOTP = /<code from the authenticator app for ([\w-]+\.[\w.]+)>/g;
const CALLBACK = /<callback after signing in as ([\w.-]+) at ([\w-]+\.[\w.]+)>/g;
const TIME = /<(now|in (\d+) (second|minute|hour)s?)>/g;
const UNITS = { second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

/** The value at `<name.path>` in the saved results; throws naming what is missing. */
function valueOf(whole: string, name: string, path: string, saved: Record<string, unknown>): string {
  if (!(name in saved)) throw new Error(`${whole}: no earlier result is called ${name} (mark one with "# → ${name}")`);
  const value = findPath(saved[name], path.split('.'));
  if (value === undefined || value === null || typeof value === 'object') throw new Error(`${whole}: ${name} has no value at ${path}`);
  return String(value);
}

/** The operation with each placeholder replaced: `<name.path>` from the saved results, the others by `outOfBand`. */
export async function fill(text: string, saved: Record<string, unknown>, outOfBand?: OutOfBand): Promise<string> {
  const loose = /<[^<>\s"]*>/.exec(text.replace(/#.*$/gm, '').replace(MAIL, '').replace(TOTP, '').replace(CALLBACK, '').replace(TIME, '').replace(/<[\w-]+\.[\w.]+>/g, ''));
  if (loose) throw new Error(`${loose[0]}: a placeholder names an earlier result and a path in it, e.g. <ada.user.id> (see tools/dev/readme-examples.ts)`);
  const replacements = new Map<string, string>();
  for (const [whole, to] of text.matchAll(MAIL)) {
    if (!outOfBand) throw new Error(`${whole}: reading email needs the test's out-of-band steps`);
    replacements.set(whole, await outOfBand.mailToken(to!));
  }
  for (const [whole, ref] of text.matchAll(TOTP)) {
    if (!outOfBand) throw new Error(`${whole}: a TOTP code needs the test's out-of-band steps`);
    const [name, ...path] = ref!.split('.');
    replacements.set(whole, await outOfBand.totpCode(valueOf(whole, name!, path.join('.'), saved)));
  }
  for (const [whole, login, ref] of text.matchAll(CALLBACK)) {
    if (!outOfBand) throw new Error(`${whole}: signing in at the provider needs the test's out-of-band steps`);
    const [name, ...path] = ref!.split('.');
    replacements.set(whole, await outOfBand.providerCallback(valueOf(whole, name!, path.join('.'), saved), login!));
  }
  for (const [whole, , count, unit] of text.matchAll(TIME)) {
    replacements.set(whole, new Date(Date.now() + (count ? Number(count) * UNITS[unit as keyof typeof UNITS] : 0)).toISOString());
  }
  return text
    .replace(/<[^<>]+>/g, (whole) => replacements.get(whole) ?? whole)
    .replace(/<([\w-]+)\.([\w.]+)>/g, (whole, name: string, path: string) => valueOf(whole, name, path, saved));
}

/** How the examples are run against an environment that already has data (a smoke test). */
export interface EnvironmentRun {
  /** Appended to every username, email and idempotency key, so a second run meets no earlier one. */
  suffix: string;
  /** The environment's `admin` password, in place of the development one. */
  adminPassword?: string;
}

/**
 * An example as it runs against a shared environment: the users it registers (and signs in, and
 * writes to by email) and its idempotency keys carry `suffix`; the development admin's password is
 * the environment's.
 */
export function forEnvironment(text: string, run: EnvironmentRun, readme: string): string {
  const users = [...readme.matchAll(/username: "([\w-]+)"/g)].map((m) => m[1]!);
  let out = text.replace(/\b(username|login): "([\w-]+)"/g, (all, field: string, name: string) => (users.includes(name) ? `${field}: "${name}_${run.suffix}"` : all));
  out = out.replace(/"([\w.+-]+)@example\.com"/g, (_all, local: string) => `"${local}.${run.suffix}@example.com"`);
  out = out.replace(/idempotencyKey: "([^"]+)"/g, (_all, key: string) => `idempotencyKey: "${key}-${run.suffix}"`);
  if (run.adminPassword) out = out.replace(/"admin-change-me-1"/g, JSON.stringify(run.adminPassword));
  return out;
}
