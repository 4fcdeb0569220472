import { readFileSync } from 'node:fs';
import { composeFromRover, SUPERGRAPH_URL } from '@worldgraph/router/compose';
import { readRoverConfig } from '@worldgraph/kit';
import { runCheck } from '../../tools/schema/check.ts';
import { loadClientDocuments } from '../../tools/schema/operations.ts';
import { editedRover, REPO_ROOT, schemaCli, withExtraField, withoutColour } from './schema-fixtures.ts';

const baselineSdl = readFileSync(SUPERGRAPH_URL, 'utf8');
const clients = loadClientDocuments(REPO_ROOT);
const composeEdited = (subgraph: string, edit: (sdl: string) => string) => composeFromRover(readRoverConfig(new URL(`file://${editedRover(subgraph, edit)}`)));

describe('schema check', () => {
  it('finds the SDK operations among the client documents', () => {
    expect(clients.map((c) => c.file)).toEqual(expect.arrayContaining(['packages/sdk/operations/features.graphql', 'packages/sdk/operations/wallet.graphql']));
  });

  it('fails when a field a client uses is removed, naming the field and its users', () => {
    const report = runCheck({ composition: composeEdited('features', withoutColour), baselineSdl, clients, approvals: [] });
    expect(report.ok).toBe(false);
    const removal = report.changes.find((c) => c.coordinate === 'Feature.colour');
    expect(removal).toMatchObject({ severity: 'breaking', type: 'FIELD_REMOVED', verdict: { ok: false } });
    expect(removal!.verdict!.reason).toContain('packages/sdk/operations/features.graphql');
    expect(report.operationErrors.map((e) => e.message)).toContain('Cannot query field "colour" on type "Feature".');
  });

  it('lets an approved breaking change pass the change rules (with its reason)', () => {
    const report = runCheck({ composition: composeEdited('features', withoutColour), baselineSdl, clients: [], approvals: [{ coordinate: 'Feature.colour', reason: 'no client reads it any more' }] });
    expect(report.changes.find((c) => c.coordinate === 'Feature.colour')?.verdict).toEqual({ ok: true, reason: 'approved: no client reads it any more' });
    expect(report.ok).toBe(true);
  });

  it('passes a safe addition and classifies it as safe', () => {
    const report = runCheck({ composition: composeEdited('features', withExtraField), baselineSdl, clients, approvals: [] });
    expect(report.changes).toEqual([expect.objectContaining({ severity: 'safe', coordinate: 'Feature.nickname' })]);
    expect(report.ok).toBe(true);
  });

  it('reports composition errors', () => {
    const report = runCheck({ composition: composeEdited('features', (sdl) => sdl.replace(/type Feature @key\(fields: "id"\)/, 'type Feature @key(fields: "nope")')), baselineSdl, clients, approvals: [] });
    expect(report.ok).toBe(false);
    expect(report.compositionErrors.length).toBeGreaterThan(0);
  });

  it('fails a new lint finding but not an old one', () => {
    const undocumented = (sdl: string) => sdl.replace(/type Query \{/, 'type Query {\n  parcelCount: Int!');
    const report = runCheck({ composition: composeEdited('features', undocumented), baselineSdl, clients, approvals: [] });
    expect(report.lint.filter((l) => l.isNew).map((l) => l.finding.coordinate)).toEqual(['Query.parcelCount']);
    expect(report.ok).toBe(false);
  });

  it('exits non-zero with a readable report from the command line, and zero for a safe change', async () => {
    const broken = await schemaCli(['check', '--config', editedRover('features', withoutColour), '--against', 'file'], { DATABASE_URL: '' });
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('✗ breaking  FIELD_REMOVED: Feature.colour was removed. (used by packages/sdk/operations/features.graphql');
    expect(broken.output).toContain('check FAILED');
    const safe = await schemaCli(['check', '--config', editedRover('features', withExtraField), '--against', 'file'], { DATABASE_URL: '' });
    expect(safe.output).toContain('+ safe      FIELD_ADDED: Feature.nickname was added.');
    expect(safe.code).toBe(0);
  });
});
