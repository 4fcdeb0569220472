import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// A subgraph migrates its database when a new pod starts, while the old pods keep serving (a rolling
// deploy): from that commit on, an old pod that calls a function the migration dropped, or called
// with arguments it no longer takes, fails. So a migration never drops a function that code of the
// previous release may call (README, "Migrations and rolling deploys"): it changes a body with
// CREATE OR REPLACE, adds a new signature beside the old one, and drops the old one in a later
// release, allow-listed here with the reason. Pure file reading: no database.

const PRISMA = new URL('../../../prisma', import.meta.url).pathname;

const NO_NOTIFY_CONTEXTS = ['accounts', 'characters', 'chat', 'content', 'features', 'hunts', 'media', 'notifications', 'progression', 'social', 'support', 'wallet'];
/** Migrations that drop a function for good or change a signature: `<context>/<migration>` and why it may. */
const ALLOWED: Record<string, string> = {
  ...Object.fromEntries(NO_NOTIFY_CONTEXTS.map((context) => [`${context}/20261126180500_outbox_no_notify`,
    'drops the outbox trigger and its trigger function, which no code calls: old pods lose only the NOTIFY wake-up and relay on their 1 s poll'])),
  'features/20261126210000_reserve_checks_child':
    'features_reserve_purchase took p_child_checked: the nine-argument form was missing until 20261127013000_reserve_purchase_compat brought it back beside the new one (a rollout between them failed buyFeature on old pods)',
  'wallet/20261126210500_record_operation_no_guard':
    'wallet_record_operation lost p_guard: the fourteen-argument form (the call of release 1.0.0) was missing until 20261127013000_record_operation_guard_compat brought it back beside the new one, guard included',
};

interface Fn {
  name: string;
  /** Input argument types, normalised as Postgres identifies a function (no names, no type modifiers, no OUT arguments). */
  args: string;
  /** Input argument names and the return type: what CREATE OR REPLACE may not change. */
  shape?: string;
}

// Spellings Postgres treats as one type in a function's signature.
const TYPE_ALIASES: Record<string, string> = {
  varchar: 'character varying', char: 'character', bpchar: 'character', int: 'integer', int4: 'integer', int8: 'bigint',
  int2: 'smallint', bool: 'boolean', decimal: 'numeric', float8: 'double precision', float4: 'real',
  timestamptz: 'timestamp with time zone', timestamp: 'timestamp without time zone', timetz: 'time with time zone',
};
const MULTI_WORD_TYPES = /^(character varying|double precision|timestamp|time|bit varying|interval)\b/;

/** Splits on the commas outside parentheses. */
function splitTop(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) parts.push(list.slice(start, i)), (start = i + 1);
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The text from an opening parenthesis at `open` to its match, and the index after it. */
function balanced(sql: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')' && --depth === 0) return [sql.slice(open + 1, i), i + 1];
  }
  throw new Error(`unbalanced parentheses at ${sql.slice(open, open + 60)}`);
}

const plain = (s: string) => s.replace(/"/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const unqualified = (name: string) => plain(name).replace(/^public\./, '');

/** One argument's mode, name and type (type with modifiers and defaults removed, aliases resolved). */
function argument(text: string): { mode: string; name: string; type: string } {
  let rest = text.replace(/\s+(default\s|=).*$/is, '').trim();
  let mode = 'in';
  const m = /^(in|out|inout|variadic)\s+/i.exec(rest);
  if (m) (mode = m[1]!.toLowerCase()), (rest = rest.slice(m[0].length));
  let name = '';
  const quoted = /^"([^"]+)"\s+/.exec(rest);
  if (quoted) (name = quoted[1]!), (rest = rest.slice(quoted[0].length));
  else if (/\s/.test(rest.trim()) && !MULTI_WORD_TYPES.test(plain(rest))) {
    const word = /^(\S+)\s+/.exec(rest)!;
    (name = word[1]!.toLowerCase()), (rest = rest.slice(word[0].length));
  }
  const array = /\[\s*\]\s*$/.test(rest);
  const base = plain(rest.replace(/\[\s*\]\s*$/, '').replace(/\([^)]*\)/g, '')).replace(/^public\./, '');
  return { mode, name, type: (TYPE_ALIASES[base] ?? base) + (array ? '[]' : '') };
}

const inputs = (list: string) => splitTop(list).map(argument).filter((a) => a.mode !== 'out');

/** The functions a migration creates and drops, in file order, comments left out. */
function functionStatements(sql: string): { created: Fn[]; dropped: Fn[] } {
  const text = sql.replace(/--[^\n]*/g, '');
  const created: Fn[] = [];
  for (const m of text.matchAll(/create\s+(?:or\s+replace\s+)?function\s+((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\s*\(/gi)) {
    const [list, after] = balanced(text, m.index! + m[0].length - 1);
    const args = inputs(list);
    const returns = /^\s*returns\s+(setof\s+)?(table\s*\(|[^\s(]+(?:\s*\([^)]*\))?)/i.exec(text.slice(after));
    let returnType = '';
    if (returns) {
      returnType = /table\s*\($/i.test(returns[2]!)
        ? `table(${balanced(text, after + returns[0].length - 1)[0]})`
        : returns[2]!;
      returnType = plain((returns[1] ?? '') + returnType);
    }
    created.push({ name: unqualified(m[1]!), args: args.map((a) => a.type).join(','), shape: `${args.map((a) => a.name).join(',')} -> ${returnType}` });
  }
  const dropped: Fn[] = [];
  for (const m of text.matchAll(/drop\s+function\s+(?:if\s+exists\s+)?([^;]*)/gi)) {
    const list = m[1]!.replace(/\s+(cascade|restrict)\s*$/i, '');
    for (const item of splitTop(list)) {
      const open = item.indexOf('(');
      // Without an argument list Postgres drops whichever signature is the only one: unknown here.
      dropped.push(open < 0
        ? { name: unqualified(item), args: '?' }
        : { name: unqualified(item.slice(0, open)), args: inputs(balanced(item, open)[0]).map((a) => a.type).join(',') });
    }
  }
  return { created, dropped };
}

/**
 * What is wrong with each DROP FUNCTION of a migration; `earlier` holds the functions created by the
 * context's earlier migrations, latest last (what a same-signature re-create is compared with).
 */
function functionDropProblems(sql: string, earlier: Fn[]): string[] {
  const { created, dropped } = functionStatements(sql);
  return dropped.map((d) => {
    const signature = `${d.name}(${d.args})`;
    if (d.args === '?') return `${d.name}: DROP FUNCTION without its argument types`;
    const again = created.find((c) => c.name === d.name && c.args === d.args);
    if (!again) return `${signature} is dropped and not re-created with the same arguments: old pods calling it fail during a rolling deploy`;
    const before = earlier.filter((c) => c.name === d.name && c.args === d.args).at(-1);
    if (!before || before.shape === again.shape) return `${signature} is dropped and re-created with the same signature: CREATE OR REPLACE would do, without the drop`;
    return undefined;
  }).filter((p): p is string => p !== undefined);
}

/** Every context's migrations, oldest first, with what each one's drops get wrong. */
function allMigrations(): { key: string; problems: string[] }[] {
  const found: { key: string; problems: string[] }[] = [];
  for (const context of readdirSync(PRISMA).sort()) {
    const dir = path.join(PRISMA, context, 'migrations');
    let names: string[];
    try {
      names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    } catch {
      continue; // a context without migrations (audit keeps its log in OpenSearch)
    }
    const earlier: Fn[] = [];
    for (const name of names) {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      found.push({ key: `${context}/${name}`, problems: functionDropProblems(sql, earlier) });
      earlier.push(...functionStatements(sql).created);
    }
  }
  return found;
}

describe('migrations and rolling deploys', () => {
  const migrations = allMigrations();

  it('finds the migrations', () => {
    expect(migrations.length).toBeGreaterThan(50);
  });

  it('drops no function that code of the previous release may call', () => {
    const offending = migrations.filter((m) => m.problems.length && !(m.key in ALLOWED)).map((m) => `${m.key}: ${m.problems.join('; ')}`);
    expect(offending).toEqual([]);
  });

  it('allows only migrations that exist and need it', () => {
    const needing = new Set(migrations.filter((m) => m.problems.length).map((m) => m.key));
    expect(Object.keys(ALLOWED).filter((key) => !needing.has(key))).toEqual([]);
  });

  describe('the check', () => {
    const old = functionStatements('CREATE FUNCTION "f"("p_a" VARCHAR(10), "p_b" NUMERIC(20,10)) RETURNS TABLE ("x" INT) LANGUAGE sql AS $$ SELECT 1 $$;').created;

    it('reads signatures as Postgres does: no names, modifiers or OUT arguments, aliases resolved', () => {
      expect(old).toEqual([{ name: 'f', args: 'character varying,numeric', shape: 'p_a,p_b -> table(x int)' }]);
      const { created, dropped } = functionStatements(`
        -- DROP FUNCTION "g"(int); in a comment is not a drop
        CREATE OR REPLACE FUNCTION public.g(IN a int4, OUT b text, c character varying(3)[], d CHAR(64) DEFAULT 'x') RETURNS SETOF "t" AS $$ $$ LANGUAGE sql;
        DROP FUNCTION IF EXISTS "g"(INTEGER, VARCHAR[], BPCHAR), h, k(timestamp with time zone) CASCADE;`);
      expect(created).toEqual([{ name: 'g', args: 'integer,character varying[],character', shape: 'a,c,d -> setof t' }]);
      expect(dropped).toEqual([
        { name: 'g', args: 'integer,character varying[],character' },
        { name: 'h', args: '?' },
        { name: 'k', args: 'timestamp with time zone' },
      ]);
    });

    it('refuses a drop with no re-create of the same arguments', () => {
      expect(functionDropProblems('DROP FUNCTION "f"(VARCHAR, NUMERIC);', old)).toEqual([
        'f(character varying,numeric) is dropped and not re-created with the same arguments: old pods calling it fail during a rolling deploy',
      ]);
      expect(functionDropProblems('DROP FUNCTION "f"(VARCHAR, NUMERIC); CREATE FUNCTION "f"("p_a" VARCHAR, "p_b" NUMERIC, "p_c" BOOLEAN) RETURNS TABLE ("x" INT) AS $$ $$;', old)).toHaveLength(1);
      expect(functionDropProblems('DROP FUNCTION f;', old)).toEqual(['f: DROP FUNCTION without its argument types']);
    });

    it('refuses a drop where CREATE OR REPLACE would do', () => {
      expect(functionDropProblems('DROP FUNCTION "f"(VARCHAR, NUMERIC); CREATE FUNCTION "f"("p_a" VARCHAR, "p_b" NUMERIC) RETURNS TABLE ("x" INT) AS $$ SELECT 2 $$;', old)).toEqual([
        'f(character varying,numeric) is dropped and re-created with the same signature: CREATE OR REPLACE would do, without the drop',
      ]);
    });

    it('accepts a same-signature re-create that CREATE OR REPLACE cannot do (another return type or argument names)', () => {
      expect(functionDropProblems('DROP FUNCTION "f"(VARCHAR, NUMERIC); CREATE FUNCTION "f"("p_a" VARCHAR, "p_b" NUMERIC) RETURNS TABLE ("x" INT, "y" INT) AS $$ $$;', old)).toEqual([]);
      expect(functionDropProblems('DROP FUNCTION "f"(VARCHAR, NUMERIC); CREATE FUNCTION "f"("a" VARCHAR, "b" NUMERIC) RETURNS TABLE ("x" INT) AS $$ $$;', old)).toEqual([]);
      expect(functionDropProblems('CREATE OR REPLACE FUNCTION "f"("p_a" VARCHAR, "p_b" NUMERIC) RETURNS TABLE ("x" INT) AS $$ $$;', old)).toEqual([]);
    });
  });
});
