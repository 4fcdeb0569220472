// A subgraph call shared by identical queries in flight (data-source.ts SubgraphClient): its
// answer is parsed once and each caller gets a copy of its own, which the plan executor merges
// into; a call of one caller gets the parse itself.
import http from 'node:http';
import { CLIENT_ADDRESS_SIGNATURE_HEADER, REQUEST_ID_HEADER, signClientAddress } from '@worldgraph/kit';
import { copyOfData, SubgraphClient } from '../src/data-source.ts';

const ANSWER = '{"data":{"_entities":[{"__typename":"User","id":"1","reviews":[{"id":"r1","body":"Lorem é","stars":4.5,"tags":["a",null,["b"]],"__proto__":{"x":1},"0":"zero"}]},null]}}';

/** A subgraph that holds its answers until released, counting the calls it got. */
let calls = 0;
const signed: (string | undefined)[] = [];
let waiting: (() => void)[] = [];
const release = () => {
  for (const go of waiting) go();
  waiting = [];
};
const server = http.createServer((req, res) => {
  calls++;
  signed.push(req.headers[CLIENT_ADDRESS_SIGNATURE_HEADER] as string | undefined);
  req.resume();
  req.on('end', () => waiting.push(() => res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER)));
});
let client: SubgraphClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new SubgraphClient(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, 'reviews');
});
afterAll(async () => {
  await client.close();
  await new Promise((resolve) => server.close(resolve));
});

const BODY = '{"query":"query Q__reviews__1($representations:[_Any!]!){_entities(representations:$representations){...on User{reviews{id body}}}}","variables":{"representations":[{"__typename":"User","id":"1"}]}}';

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('a subgraph call shared by identical queries in flight', () => {
  it('each caller gets its own copy of the parsed answer: equal to the parse, changing one changes no other', async () => {
    calls = 0;
    const pending = [client.post({}, BODY), client.post({}, BODY), client.post({}, BODY)];
    await until(() => waiting.length === 1);
    release();
    const responses = await Promise.all(pending);
    expect(calls).toBe(1);
    expect(new Set(responses).size).toBe(1);
    const answers = (await Promise.all(responses.map((r) => r.json()))) as any[];
    for (const answer of answers) {
      expect(answer).toEqual(JSON.parse(ANSWER));
      expect(JSON.stringify(answer)).toBe(JSON.stringify(JSON.parse(ANSWER)));
      // `__proto__` stays an own key, as JSON.parse makes it.
      const review = answer.data._entities[0].reviews[0];
      expect(Object.getPrototypeOf(review)).toBe(Object.prototype);
      expect(Object.hasOwn(review, '__proto__')).toBe(true);
    }
    answers[0].data._entities[0].name = 'Ada';
    answers[0].data._entities[0].reviews[0].tags[2].push('c');
    answers[1].data._entities[0].reviews.push({ id: 'r2' });
    expect(answers[2]).toEqual(JSON.parse(ANSWER));
    expect(answers[0].data._entities[0].reviews).toHaveLength(1);
    expect(answers[1].data._entities[0].reviews[0].tags[2]).toEqual(['b']);
    // A caller reading the answer again gets a fresh copy too.
    expect(await responses[0]!.json()).toEqual(JSON.parse(ANSWER));
  });

  it('a call of one caller: the answer as parsed, and the next identical query calls again', async () => {
    calls = 0;
    const pending = client.post({}, BODY);
    await until(() => waiting.length === 1);
    release();
    const response = await pending;
    expect(await response.json()).toEqual(JSON.parse(ANSWER));
    const again = client.post({}, BODY);
    await until(() => waiting.length === 1);
    release();
    expect(await again).not.toBe(response);
    expect(calls).toBe(2);
  });
});

describe("the client's address, signed for the subgraph", () => {
  it('every call of a request carries its signature; another request or address is signed anew', async () => {
    const secret = 'a service secret';
    const signing = new SubgraphClient(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, 'reviews', secret);
    const call = async (headers: Record<string, string>, body: string) => {
      const pending = signing.post(headers, body);
      await until(() => waiting.length === 1);
      release();
      await pending;
    };
    signed.length = 0;
    const request = { [REQUEST_ID_HEADER]: 'r1', 'x-forwarded-for': '203.0.113.7' };
    await call(request, BODY);
    await call(request, BODY.replace('"1"', '"2"'));
    request['x-forwarded-for'] = '203.0.113.8';
    await call(request, BODY);
    await call({ [REQUEST_ID_HEADER]: 'r2', 'x-forwarded-for': '203.0.113.8' }, BODY);
    expect(signed).toEqual([
      signClientAddress(secret, 'r1', '203.0.113.7'),
      signClientAddress(secret, 'r1', '203.0.113.7'),
      signClientAddress(secret, 'r1', '203.0.113.8'),
      signClientAddress(secret, 'r2', '203.0.113.8'),
    ]);
    await signing.close();
  });
});

describe('copyOfData', () => {
  it('copies objects and arrays, keeps strings, numbers, booleans and null, in the same key order', () => {
    const parsed = JSON.parse('{"b":1,"a":[true,false,null,{"2":"x","1":"y","z":[]}],"s":"text","n":-0.5}');
    const copy = copyOfData(parsed) as any;
    expect(copy).toEqual(parsed);
    expect(copy).not.toBe(parsed);
    expect(copy.a).not.toBe(parsed.a);
    expect(copy.a[3]).not.toBe(parsed.a[3]);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
    expect(copyOfData(null)).toBeNull();
    expect(copyOfData('s')).toBe('s');
    // Merged data (the plan executor's) may hold undefined values: they are left out, as merge does.
    expect(copyOfData({ a: 1, b: undefined, c: [{ d: undefined }] })).toStrictEqual({ a: 1, c: [{}] });
  });
});
