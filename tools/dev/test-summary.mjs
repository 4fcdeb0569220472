// npm test's closing lines, from turbo's streamed output: jest's counts added up over every task,
// and every task that failed without a failing test (a typecheck, a suite that could not start) or
// never ran named. Pure, so it is unit-tested on recorded output (test/test-summary.test.ts).

const TASK_LINE = /^(@?[^\s:#]+):([^\s:#]+): (.*)$/;
const TASK_ERROR = /^(@?[^\s:#]+#[^\s:#]+):\s+ERROR\s/;
const FAILED_LIST = /^\s*Failed:\s+(.*)$/;

/** Adds up what turbo printed, line by line. */
export class TestSummary {
  /** @param {string[]} planned task ids turbo was asked to run (`pkg#task`), from `turbo run --dry=json` */
  constructor(planned = []) {
    this.planned = planned;
    /** @type {Map<string, { passed: number, failed: number, skipped: number, counted: boolean }>} */
    this.tasks = new Map();
    /** @type {Set<string>} */
    this.failed = new Set();
    /** @type {Map<string, number>} when each task's first line came, in ms */
    this.firstSeen = new Map();
    this.lastAt = 0;
  }

  /** One line of turbo's output (without its newline), and when it came (ms). */
  add(line, at = Date.now()) {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
    this.lastAt = at;
    const task = TASK_LINE.exec(plain);
    if (task) {
      const id = `${task[1]}#${task[2]}`;
      const counts = this.tasks.get(id) ?? { passed: 0, failed: 0, skipped: 0, counted: false };
      if (!this.tasks.has(id)) this.firstSeen.set(id, at);
      this.tasks.set(id, counts);
      if (/^\s*Tests:\s/.test(task[3])) {
        counts.counted = true;
        // jest's "skipped" and "todo" are both tests that did not run.
        for (const [, n, kind] of task[3].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) counts[kind === 'todo' ? 'skipped' : kind] += Number(n);
      }
      return;
    }
    const error = TASK_ERROR.exec(plain);
    if (error) this.failed.add(error[1]);
    const list = FAILED_LIST.exec(plain);
    if (list) for (const id of list[1].split(/[,\s]+/).filter((s) => s.includes('#'))) this.failed.add(id);
  }

  /** The closing lines: what failed or never ran, by name, then "N passed, N failed[, N skipped]" alone on the last line. */
  lines() {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const counts of this.tasks.values()) for (const kind of /** @type {const} */ (['passed', 'failed', 'skipped'])) totals[kind] += counts[kind];
    const withTests = [];
    const withoutTests = [];
    for (const id of [...this.failed].sort()) {
      const counts = this.tasks.get(id);
      if (counts?.failed) withTests.push(`${id} (${counts.failed} failed)`);
      else withoutTests.push(id);
    }
    // A failed task without a failing test counts as one failure, so the closing line never says 0 failed after a failure.
    totals.failed += withoutTests.length;
    const notRun = this.planned.filter((id) => !this.tasks.has(id)).sort();
    const out = [`test summary: ${this.tasks.size} tasks ran, ${this.failed.size} failed, ${notRun.length} did not run`];
    if (withTests.length) out.push(`  failed tests in: ${withTests.join(', ')}`);
    if (withoutTests.length) out.push(`  failed without a failing test (typecheck, a suite or stack that could not start): ${withoutTests.join(', ')}`);
    if (notRun.length) out.push(`  did not run: ${notRun.join(', ')}`);
    out.push(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    return out;
  }

  /**
   * Each task's time, longest first, as "id N s": from its first line to the next task's first line (or
   * the last line). Tasks run one at a time (`--concurrency=1`), so this is where a run's time went.
   */
  timings() {
    const starts = [...this.firstSeen.entries()].sort((a, b) => a[1] - b[1]);
    return starts
      .map(([id, at], i) => /** @type {[string, number]} */ ([id, (starts[i + 1]?.[1] ?? this.lastAt) - at]))
      .sort((a, b) => b[1] - a[1])
      .map(([id, ms]) => `${id} ${Math.round(ms / 1000)} s`);
  }
}
