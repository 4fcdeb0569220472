// npm test's closing lines, from a recorded `turbo run test typecheck --continue` (turbo 2.11's
// stream output: a typecheck error, a jest timeout, a package without tests, cached tasks).
import { readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: plain ESM without types (it runs before node_modules exists)
import { TestSummary } from '../test-summary.mjs';

const recorded = readFileSync(path.join(import.meta.dirname, 'fixtures/turbo-continue.txt'), 'utf8').split('\n');
const planned = ['accounts#test', 'accounts#typecheck', 'dev#test', 'dev#typecheck', 'mobile#test', 'mobile#typecheck', 'sdk#typecheck', 'web#test', 'web#typecheck'].map((id) => `@worldgraph/${id}`);

const summarise = (lines: string[], tasks = planned): string[] => {
  const summary = new TestSummary(tasks);
  for (const line of lines) summary.add(line);
  return summary.lines();
};

describe('npm test summary', () => {
  it('adds up jest counts over every package, and counts each task that failed without a failing test once', () => {
    const lines = summarise(recorded);
    // 31 + 17 passed; 1 jest failure (mobile) + dev#test (no tests found) + web#typecheck.
    expect(lines.at(-1)).toBe('48 passed, 3 failed, 1 skipped');
  });

  it('names the failed tasks, the ones without a failing test, and the ones that never ran', () => {
    const lines = summarise(recorded);
    expect(lines[0]).toBe('test summary: 7 tasks ran, 3 failed, 2 did not run');
    expect(lines).toContain('  failed tests in: @worldgraph/mobile#test (1 failed)');
    expect(lines.find((l) => l.includes('failed without a failing test'))).toMatch(/@worldgraph\/dev#test, @worldgraph\/web#typecheck$/);
    expect(lines).toContain('  did not run: @worldgraph/mobile#typecheck, @worldgraph/web#test');
  });

  it('keeps the plain closing line alone, without skipped when none were', () => {
    const lines = summarise(recorded.filter((l) => !/1 skipped/.test(l) && !/Failed:|ERROR|WARNING/.test(l)), planned.slice(0, 2));
    expect(lines.at(-1)).toBe('17 passed, 1 failed');
    expect(lines[0]).toBe('test summary: 7 tasks ran, 0 failed, 0 did not run');
  });

  it("counts the root workspace's one-program typecheck (`//#check-types`) as a task of its own", () => {
    // Recorded from turbo 2.11 with a type error in one package (2026-11-28).
    const lines = summarise(
      [
        "//:check-types: packages/kit/src/zz-broken.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'.",
        '//#check-types:  WARNING  command finished with error, but continuing...',
        '@worldgraph/web:check-types: cache bypass, force executing 7ebf0da1f77c3c1e',
        '//#check-types:  ERROR  command (/work/main/) /usr/bin/npm run check-types exited (2)',
        'Failed:    //#check-types',
      ],
      ['//#check-types', '@worldgraph/web#check-types', '@worldgraph/mobile#check-types'],
    );
    expect(lines).toEqual([
      'test summary: 2 tasks ran, 1 failed, 1 did not run',
      '  failed without a failing test (typecheck, a suite or stack that could not start): //#check-types',
      '  did not run: @worldgraph/mobile#check-types',
      '0 passed, 1 failed',
    ]);
  });

  it("times each task from its first line to the next task's, longest first", () => {
    const summary = new TestSummary(['@worldgraph/kit#test', '//#check-types']);
    summary.add('@worldgraph/kit:test: cache bypass, force executing 1', 1_000);
    summary.add('@worldgraph/kit:test: Tests:       5 passed, 5 total', 9_000);
    summary.add('//:check-types: cache bypass, force executing 2', 31_000);
    summary.add(' Tasks:    2 successful, 2 total', 52_400);
    expect(summary.timings()).toEqual(['@worldgraph/kit#test 30 s', '//#check-types 21 s']);
  });

  it('reads colour codes and jest todo counts', () => {
    const lines = summarise(['\x1b[2m@worldgraph/kit:test: \x1b[0mTests:       \x1b[1m\x1b[32m5 passed\x1b[0m, 2 todo, 7 total'], ['@worldgraph/kit#test']);
    expect(lines).toEqual(['test summary: 1 tasks ran, 0 failed, 0 did not run', '5 passed, 0 failed, 2 skipped']);
  });
});
