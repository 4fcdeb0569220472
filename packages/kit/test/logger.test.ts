import { spawnSync } from 'node:child_process';
import path from 'node:path';

const LOGGER = path.join(import.meta.dirname, '../src/logger.ts');

/** Runs a child that logs through a gathering logger, then does `end`; returns its stdout lines. */
function run(end: string): string[] {
  const script = `
    import { createLogger } from ${JSON.stringify(LOGGER)};
    const logger = createLogger('gather-test', 'info', { gather: true });
    for (let i = 0; i < 3000; i++) logger.info({ i, password: 'secret' }, 'line');
    setTimeout(() => { logger.info({ i: 3000 }, 'line'); ${end} }, 20);
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return child.stdout.split('\n').filter(Boolean);
}

describe('createLogger with gather', () => {
  it.each([
    ['the process ends on its own', ''],
    ['the process exits at once', 'process.exit(0);'],
    ['the process crashes', "throw new Error('boom');"],
  ])('writes every line once, in order, redacted, when %s', (_, end) => {
    const lines = run(end).map((l) => JSON.parse(l) as { i: number; password: string; service: string });
    expect(lines.map((l) => l.i)).toEqual(Array.from({ length: 3001 }, (_, i) => i));
    expect(lines.every((l) => l.service === 'gather-test' && (l.i === 3000 || l.password === '[redacted]'))).toBe(true);
  });
});

describe('gathering loggers of one process', () => {
  it('share one buffer: every line once, in the order logged, each with its own service', () => {
    const script = `
      import { createLogger } from ${JSON.stringify(LOGGER)};
      const a = createLogger('gather-a', 'info', { gather: true });
      const b = createLogger('gather-b', 'info', { gather: true });
      for (let i = 0; i < 1000; i++) (i % 3 ? a : b).info({ i }, 'line');
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const lines = child.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { i: number; service: string });
    expect(lines.map((l) => l.i)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(lines.every((l) => l.service === (l.i % 3 ? 'gather-a' : 'gather-b'))).toBe(true);
    expect(child.stderr).not.toMatch(/MaxListenersExceeded/);
  });
});
