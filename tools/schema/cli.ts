// npm run schema -- <compose|check|publish|rollback|history>: the schema registry's command line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse as parseYaml } from 'yaml';
import { loadConfig, baseConfigSchema, readRoverConfig, REPO_ROOT_URL, type RoverConfig } from '@worldgraph/kit';
import { printApiSchema } from '@worldgraph/router/api-schema';
import { composeFromRover, parseSubgraph, SUPERGRAPH_URL, type CompositionResult } from '@worldgraph/router/compose';
import { registryDatabaseUrl, SchemaRegistry, type PublishedSubgraph } from '@worldgraph/router/registry';
import { formatReport, runCheck, type Approval } from './check.ts';
import { loadClientDocuments } from './operations.ts';

const USAGE = `usage: npm run schema -- <command> [options]
  compose [--check]             rover.yaml → supergraph/supergraph.graphql (+ packages/sdk/schema.graphql, the API schema)
  api [--check]                 supergraph/supergraph.graphql → packages/sdk/schema.graphql (npm run codegen runs it first)
  check [subgraph]              composition, changes against the last published supergraph, client operations, lint
  publish [--message text]      check, then record the subgraphs and the supergraph as a new registry version
  rollback <version>            make an earlier version current again (as a new version)
  history                       the registry's versions, newest first
options:
  --config <rover.yaml>         subgraph list (default: rover.yaml)
  --against <registry|file|path> baseline for check (default: the registry's current version, else supergraph/supergraph.graphql)
  --approvals <file>            approved breaking changes (default: tools/schema/approvals.yaml)
  --force                       publish even when check fails
The registry is \`\${DB_PREFIX}registry\` on DATABASE_URL.`;

export const API_SCHEMA_URL = new URL('packages/sdk/schema.graphql', REPO_ROOT_URL);
const ROOT = REPO_ROOT_URL.pathname;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: 'boolean' },
    config: { type: 'string' },
    against: { type: 'string' },
    approvals: { type: 'string' },
    message: { type: 'string', short: 'm' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, arg] = positionals;
const config = loadConfig(baseConfigSchema);
const rover: RoverConfig = readRoverConfig(values.config ? new URL(`file://${path.resolve(values.config)}`) : undefined);

async function openRegistry(): Promise<SchemaRegistry> {
  if (!config.DATABASE_URL) throw new UsageError('the registry needs DATABASE_URL (a Postgres server)');
  return SchemaRegistry.open(registryDatabaseUrl(config.DATABASE_URL, config.DB_PREFIX));
}

class UsageError extends Error {}

function subgraphsOf(cfg: RoverConfig): PublishedSubgraph[] {
  return Object.entries(cfg.subgraphs).map(([name, s]) => ({ name, routingUrl: s.routing_url, sdl: readFileSync(new URL(s.schema.file, REPO_ROOT_URL), 'utf8') }));
}

function readApprovals(): Approval[] {
  const file = values.approvals ?? path.join(ROOT, 'tools/schema/approvals.yaml');
  const parsed = parseYaml(readFileSync(file, 'utf8')) as { approvals?: Approval[] } | null;
  const approvals = parsed?.approvals ?? [];
  for (const a of approvals) if (!a.coordinate || !a.reason?.trim()) throw new UsageError(`${file}: every approval needs a coordinate and a reason`);
  return approvals;
}

/** The supergraph to compare against, and a name for it in the report. */
async function baseline(registry: SchemaRegistry | undefined): Promise<{ sdl?: string; name: string; subgraphs?: PublishedSubgraph[] }> {
  const against = values.against;
  if (against === 'file' || (!against && !registry)) return { sdl: readFileSync(SUPERGRAPH_URL, 'utf8'), name: 'supergraph/supergraph.graphql' };
  if (against && against !== 'registry') return { sdl: readFileSync(path.resolve(against), 'utf8'), name: against };
  if (!registry) throw new UsageError('--against registry needs DATABASE_URL');
  const current = await registry.current();
  if (current) return { sdl: current.supergraphSdl, name: `registry version ${current.id}`, subgraphs: await registry.subgraphs(current.id) };
  if (against === 'registry') return { name: 'an empty registry (first publish)' };
  return { sdl: readFileSync(SUPERGRAPH_URL, 'utf8'), name: 'supergraph/supergraph.graphql (the registry is empty)' };
}

/** Composes rover.yaml; with `only`, that subgraph's working schema with the others as published. */
function proposed(only: string | undefined, published: PublishedSubgraph[] | undefined): CompositionResult {
  if (only && !rover.subgraphs[only]) throw new UsageError(`no subgraph ${only} in rover.yaml`);
  if (!only || !published) return composeFromRover(rover);
  const working = subgraphsOf(rover).find((s) => s.name === only)!;
  const parsed = [...published.filter((s) => s.name !== only), working].map((s) => ({ name: s.name, url: s.routingUrl, ...parseSubgraph(s.name, s.sdl, s === working ? rover.subgraphs[only]!.schema.file : `${s.name} (published)`) }));
  const invalid = parsed.flatMap((s) => (s.error ? [s.error] : []));
  if (invalid.length) return { ok: false, errors: invalid };
  const result = composeServices(parsed.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: typeDefs! })));
  if (result.errors) return { ok: false, errors: result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}

async function check(registry: SchemaRegistry | undefined, only?: string) {
  const base = await baseline(registry);
  const composition = proposed(only, base.subgraphs);
  const report = runCheck({ composition, baselineSdl: base.sdl, clients: loadClientDocuments(ROOT), approvals: readApprovals() });
  console.log(formatReport(report, base.name));
  return { report, composition };
}

/** The API schema file codegen reads, from a supergraph. */
const apiSchemaFile = (supergraphSdl: string) =>
  `# The API schema of the supergraph: what clients see. Generated from supergraph/supergraph.graphql by \`npm run codegen\`; do not edit.\n\n${printApiSchema(supergraphSdl)}`;

/** Writes each file, or with --check only reports the stale ones (exit 1). */
function writeOrCheck(outputs: [URL, string][]): number {
  let stale = 0;
  for (const [url, text] of outputs) {
    const rel = path.relative(ROOT, url.pathname);
    if (values.check) {
      let current = '';
      try {
        current = readFileSync(url, 'utf8');
      } catch {}
      if (current !== text) {
        console.error(`${rel} is stale: run \`npm run schema -- compose\` (or \`npm run codegen\`) and commit it`);
        stale++;
      } else console.log(`${rel} is current`);
    } else {
      writeFileSync(url, text);
      console.log(`wrote ${rel}`);
    }
  }
  return stale ? 1 : 0;
}

async function main(): Promise<number> {
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'compose': {
      const result = composeFromRover(rover);
      if (!result.ok) {
        console.error(`composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
        return 1;
      }
      return writeOrCheck([
        [SUPERGRAPH_URL, result.supergraphSdl],
        [API_SCHEMA_URL, apiSchemaFile(result.supergraphSdl)],
      ]);
    }
    case 'api':
      return writeOrCheck([[API_SCHEMA_URL, apiSchemaFile(readFileSync(SUPERGRAPH_URL, 'utf8'))]]);
    case 'check': {
      const registry = config.DATABASE_URL && values.against !== 'file' ? await openRegistry() : undefined;
      try {
        const { report } = await check(registry, arg);
        return report.ok ? 0 : 1;
      } finally {
        await registry?.close();
      }
    }
    case 'publish': {
      const registry = await openRegistry();
      try {
        const { report, composition } = await check(registry, undefined);
        if (!composition.ok) return 1;
        if (!report.ok && !values.force) {
          console.error('not published: the check failed (--force publishes anyway)');
          return 1;
        }
        const { version, created } = await registry.publish({
          supergraphSdl: composition.supergraphSdl,
          subgraphs: subgraphsOf(rover),
          message: values.message ?? '',
          publishedBy: process.env.USER ?? '',
        });
        console.log(created ? `published version ${version.id} (${version.sha256.slice(0, 12)})` : `version ${version.id} is already this supergraph; nothing published`);
        return 0;
      } finally {
        await registry.close();
      }
    }
    case 'rollback': {
      const id = Number(arg);
      if (!Number.isInteger(id) || id <= 0) throw new UsageError('rollback needs a version number (see `history`)');
      const registry = await openRegistry();
      try {
        if (!(await registry.version(id))) {
          console.error(`no version ${id} in the registry (see \`npm run schema -- history\`)`);
          return 1;
        }
        const { version, created } = await registry.rollback(id, process.env.USER ?? '');
        console.log(created ? `version ${version.id} is version ${id} again` : `version ${id}'s supergraph is already current (version ${version.id})`);
        return 0;
      } finally {
        await registry.close();
      }
    }
    case 'history': {
      const registry = await openRegistry();
      try {
        for (const v of await registry.history()) {
          console.log(`${String(v.id).padStart(4)}  ${v.createdAt.toISOString()}  ${v.sha256.slice(0, 12)}  ${v.publishedBy || '-'}  ${v.message}`);
        }
        return 0;
      } finally {
        await registry.close();
      }
    }
    default:
      throw new UsageError(`unknown command ${command}\n${USAGE}`);
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
}
