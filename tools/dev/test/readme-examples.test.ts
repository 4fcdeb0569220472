// Every GraphQL example of README.md, in order, against a fresh stack started as `npm start` starts
// (the development admin's password, the 10,000-parcel demo world, the demo hunt): each query and
// mutation answers without errors, each subscription starts without errors, and a subscription whose
// result is named (`# → name`) receives an event before its block ends. Conventions: readme-examples.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, startStack, subscribe, type LiveSubscription, type StartedStack } from '@worldgraph/testenv';
import { fill, readmeExamples, type Example } from '../readme-examples.ts';

const README = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const blocks = readmeExamples(README);
let stack: StartedStack;
const saved: Record<string, unknown> = {};
const tokenOf = (name: string | undefined) => {
  if (!name) return undefined;
  const data = saved[name] as Record<string, unknown> | undefined;
  const token = JSON.stringify(data ?? {}).match(/"accessToken":"([^"]+)"/)?.[1];
  if (!token) throw new Error(`"# as ${name}": no earlier result called ${name} holds an accessToken`);
  return token;
};

beforeAll(async () => {
  stack = await startStack({ BOOTSTRAP_ADMIN_PASSWORD: 'admin-change-me-1', FEATURES_DEMO_COUNT: '10000', HUNTS_DEMO_HUNT: 'true' });
  process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
}, 240_000);
// Stopping the stack and dropping its databases can take a while on a loaded 2-core machine.
afterAll(() => stack?.stop(), 180_000);

it('the README has examples, and login, a purchase, a hunt and a subscription among them', () => {
  const all = blocks.flatMap((b) => b.examples.map((e) => e.text)).join('\n');
  for (const field of ['register(', 'login(', 'adminCredit(', 'transfer(', 'buyFeature(', 'huntsNear(', 'joinHunt(', 'discoverClue(', 'subscription {']) expect(all).toContain(field);
});

async function run(example: Example, open: Map<string, LiveSubscription<unknown>>, anonymousSubs: LiveSubscription<unknown>[]) {
  const where = `README.md:${example.line}`;
  const query = fill(example.text, saved);
  const token = tokenOf(example.as);
  if (example.kind === 'subscription') {
    const sub = await subscribe(query, {}, { token });
    if (example.saveAs) open.set(example.saveAs, sub);
    else anonymousSubs.push(sub);
    return;
  }
  const answer = await gql(query, {}, { token });
  expect({ where, errors: answer.errors }).toEqual({ where, errors: undefined });
  expect(answer.status).toBe(200);
  if (example.saveAs) saved[example.saveAs] = answer.data;
}

describe.each(blocks.map((b) => [b.line, b] as const))('README.md block at line %i', (_line, block) => {
  const title = block.examples.map((e) => e.text.split('\n')[0]!.slice(0, 60)).join(' | ');
  (block.skip ? it.skip : it)(block.skip ? block.skip : `runs: ${title}`, async () => {
    const open = new Map<string, LiveSubscription<unknown>>();
    const others: LiveSubscription<unknown>[] = [];
    try {
      for (const example of block.examples) await run(example, open, others);
      // A named subscription hears what the block's later examples did; every one is error-free.
      for (const [name, sub] of open) {
        const first = await sub.nth(1, 30_000);
        expect({ subscription: name, errors: first.errors }).toEqual({ subscription: name, errors: undefined });
        saved[name] = first.data;
      }
      await new Promise((r) => setTimeout(r, 500));
      for (const sub of [...open.values(), ...others]) {
        expect(sub.results.filter((r) => r.errors)).toEqual([]);
        expect(sub.ended).toBeUndefined();
      }
    } finally {
      for (const sub of [...open.values(), ...others]) await sub.close();
    }
  });
});
