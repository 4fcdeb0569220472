// Every GraphQL example of README.md, in order, against a fresh stack started as `npm start` starts
// (the development admin's password, the 10,000-parcel demo world, the demo hunt): each query and
// mutation answers without errors, each subscription starts without errors, and a subscription whose
// result is named (`# → name`) receives an event before its block ends. Conventions: readme-examples.ts.
// With WORLDGRAPH_SMOKE_URL (a router's /graphql URL) it runs them against that environment instead, as
// the smoke test of a delivery (tools/deliver/promote.ts): users and idempotency keys made unique per run,
// the admin's password from WORLDGRAPH_SMOKE_ADMIN_PASSWORD.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, linkOf, signInAtProvider, startStack, subscribe, totp, waitForMail, type LiveSubscription, type StartedStack } from '@worldgraph/testenv';
import { fill, forEnvironment, readmeExamples, type Example, type OutOfBand, type Upload } from '../readme-examples.ts';

const README = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const blocks = readmeExamples(README);
let stack: StartedStack | undefined;
const SMOKE_URL = process.env.WORLDGRAPH_SMOKE_URL;
const smokeRun = { suffix: randomBytes(3).toString('hex'), adminPassword: process.env.WORLDGRAPH_SMOKE_ADMIN_PASSWORD };
const saved: Record<string, unknown> = {};
const tokenOf = (name: string | undefined) => {
  if (!name) return undefined;
  const data = saved[name] as Record<string, unknown> | undefined;
  const token = JSON.stringify(data ?? {}).match(/"accessToken":"([^"]+)"/)?.[1];
  if (!token) throw new Error(`"# as ${name}": no earlier result called ${name} holds an accessToken`);
  return token;
};

beforeAll(async () => {
  if (SMOKE_URL) {
    process.env.WORLDGRAPH_TEST_STACK = JSON.stringify({ router: SMOKE_URL, subgraphs: {} });
    return;
  }
  stack = await startStack({ BOOTSTRAP_ADMIN_PASSWORD: 'admin-change-me-1', FEATURES_DEMO_COUNT: '10000', HUNTS_DEMO_HUNT: 'true' });
  process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
}, 300_000);
// Stopping the stack and dropping its databases can take a while on a loaded 2-core machine.
afterAll(() => stack?.stop(), 180_000);

it('the README has examples, and login, a purchase, a hunt and a subscription among them', () => {
  const all = blocks.flatMap((b) => b.examples.map((e) => (e.kind === 'upload' ? '' : e.text))).join('\n');
  for (const field of ['register(', 'login(', 'adminCredit(', 'transfer(', 'buyFeature(', 'huntsNear(', 'joinHunt(', 'discoverClue(', 'subscription {']) expect(all).toContain(field);
});

// What the reader does outside the graph. An email counts when written since the operation before
// the one that needs it started (the one that sent it); a TOTP code works once, so a code already
// used waits for the next 30-second step, as a person waits for the app's next code.
let previousStart = 0;
let lastStart = 0;
const usedCodes = new Set<string>();
const outOfBand: OutOfBand = {
  mailToken: async (to) => linkOf(await waitForMail(to, { since: previousStart })).split('/').pop()!,
  providerCallback: (authorizationUrl, login) => signInAtProvider(authorizationUrl, login, new URL(authorizationUrl).searchParams.get('redirect_uri')!),
  totpCode: async (secret) => {
    for (;;) {
      const code = totp(secret);
      if (!usedCodes.has(`${secret}:${code}`)) return (usedCodes.add(`${secret}:${code}`), code);
      await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 50));
    }
  },
};

/** `curl -T file "<url>"`: the file from test/fixtures PUT to the URL, as S3 clients upload a part. */
async function upload(step: Upload) {
  const url = await fill(step.url, saved);
  const answer = await fetch(url, { method: 'PUT', body: readFileSync(path.join(import.meta.dirname, 'fixtures', step.file)) });
  expect({ where: `README.md:${step.line}`, status: answer.status }).toEqual({ where: `README.md:${step.line}`, status: 200 });
}

async function run(example: Example, open: Map<string, LiveSubscription<unknown>>, anonymousSubs: LiveSubscription<unknown>[]) {
  const where = `README.md:${example.line}`;
  [previousStart, lastStart] = [lastStart, Date.now()];
  const query = await fill(SMOKE_URL ? forEnvironment(example.text, smokeRun, README) : example.text, saved, outOfBand);
  const token = tokenOf(example.as);
  if (example.kind === 'subscription') {
    const sub = await subscribe(query, {}, { token });
    if (example.saveAs) open.set(example.saveAs, sub);
    else anonymousSubs.push(sub);
    return;
  }
  const answer = await gql(query, {}, { token });
  if (example.refused) {
    const code = answer.errors?.[0]?.extensions?.code;
    expect({ where, code }).toEqual({ where, code: example.refused });
    if (example.saveAs) saved[example.saveAs] = answer.errors![0]!.extensions;
    return;
  }
  expect({ where, errors: answer.errors }).toEqual({ where, errors: undefined });
  expect(answer.status).toBe(200);
  if (example.saveAs) saved[example.saveAs] = answer.data;
}

describe.each(blocks.map((b) => [b.line, b] as const))('README.md block at line %i', (_line, block) => {
  const title = block.examples.map((e) => (e.kind === 'upload' ? `PUT ${e.file}` : e.text.split('\n')[0]!.slice(0, 60))).join(' | ');
  // An environment's mailbox is not ours to read, and its sign-in providers are its own (no development
  // provider): those blocks run on local stacks only.
  const local = (e: Example | Upload) => e.kind !== 'upload' && (e.text.includes('<token from the email to') || e.text.includes('provider: "dev"'));
  const skip = block.skip ?? (SMOKE_URL && block.examples.some(local) ? 'smoke test: needs the email the environment sent, or its development sign-in provider' : undefined);
  (skip ? it.skip : it)(skip ? skip : `runs: ${title}`, async () => {
    const open = new Map<string, LiveSubscription<unknown>>();
    const others: LiveSubscription<unknown>[] = [];
    try {
      for (const step of block.examples) await (step.kind === 'upload' ? upload(step) : run(step, open, others));
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
