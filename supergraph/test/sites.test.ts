// Sites (GodValley): the router serves each site the contexts its sites/<id>/site.json lists, by the
// request's host or its SITE setting; `site` tells any client (anonymous too) which site it is on,
// and an operation touching a context the site does not serve is refused before any subgraph call.
import http from 'node:http';
import { processSubgraphs } from '@worldgraph/kit';
import { codeOf, gql, stack, startRouterProcess, subscribe, type GraphQLResponse, type RouterProcess } from '@worldgraph/testenv';
import { loadSites } from '../src/site/sites.ts';
import { startCountingSubgraph, type CountingSubgraph } from './counting-subgraph.ts';

const SITE = '{ site { id name features { contexts title logoUrl colors { primary onPrimary accent background text } } } }';
const BBOX = { minLng: 51.38, minLat: 35.68, maxLng: 51.39, maxLat: 35.69 };
const PARCELS = 'query ($b: BBoxInput!) { features(bbox: $b, first: 1) { pageInfo { hasNextPage } } }';
const sites = new Map(loadSites().map((s) => [s.id, s]));

/** One operation sent with this Host header (fetch sends its own, whatever it is given). */
function atHost<T = Record<string, any>>(host: string, query: string, variables: Record<string, unknown> = {}, url = stack().router): Promise<GraphQLResponse<T>> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query, variables });
    const req = http.request(url, { method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, ...JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

it("every site's contexts are subgraphs of rover.yaml (a router chosen by host checks only its fixed site)", () => {
  const subgraphs = processSubgraphs();
  for (const site of sites.values()) {
    const unknown = site.contexts === '*' ? [] : site.contexts.filter((c) => !subgraphs.includes(c));
    expect({ site: site.id, unknown }).toEqual({ site: site.id, unknown: [] });
  }
});

describe('sites chosen by host', () => {
  it('serves the default site, every context, without a known host', async () => {
    const res = await gql(SITE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.site).toMatchObject({ id: 'worldgraph', name: 'Worldgraph', features: { title: 'Worldgraph', colors: sites.get('worldgraph')!.colors } });
    expect(res.data!.site.features.contexts).toEqual([...processSubgraphs()].sort());
    expect(res.data!.site.features.logoUrl).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it("a site's domain selects it, and its unserved contexts are refused with FORBIDDEN naming them", async () => {
    const gcorp = await atHost('gcorp.localhost:8080', SITE);
    expect(gcorp.data!.site).toMatchObject({ id: 'gcorp', name: 'GCorp', features: { title: 'GCorp Quests' } });
    expect(gcorp.data!.site.features.contexts).toEqual([...(sites.get('gcorp')!.contexts as string[])].sort());

    const refused = await atHost('gcorp.localhost', PARCELS, { b: BBOX });
    expect(refused.status).toBe(403);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]).toMatchObject({
      message: 'The GCorp site does not serve the context features (Query.features)',
      extensions: { code: 'FORBIDDEN', reason: 'CONTEXT_NOT_SERVED', site: 'gcorp', contexts: ['features'] },
    });
    // A field another context adds to a served type: refused too, naming that context.
    const nested = await atHost('gcorp.localhost', '{ me { id features { pageInfo { hasNextPage } } dynasty { id } } }');
    expect(nested.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', contexts: ['features', 'social'] });
    // The same operation on GodValley, which serves features.
    expect(codeOf(await atHost('godvalley.localhost', PARCELS, { b: BBOX }))).toBeUndefined();
  });
});

describe('a router deployed for one site (SITE=gcorp)', () => {
  let router: RouterProcess;
  let stub: CountingSubgraph;

  beforeAll(async () => {
    // features is a counter: every GraphQL call reaching it is counted (counting-subgraph.ts).
    stub = await startCountingSubgraph();
    router = await startRouterProcess({ SITE: 'gcorp', SUBGRAPH_URL_FEATURES: stub.url });
  }, 320_000);
  afterAll(async () => {
    await router?.stop();
    await stub?.close();
  });

  it('is that site whatever the host, and refuses features over HTTP and graphql-ws before calling it', async () => {
    const site = await atHost('godvalley.localhost', '{ site { id } }', {}, router.graphqlUrl);
    expect(site.data).toEqual({ site: { id: 'gcorp' } });

    const refused = await gql(PARCELS, { b: BBOX }, { url: router.graphqlUrl });
    expect(refused.status).toBe(403);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONTEXT_NOT_SERVED', contexts: ['features'] });

    const live = await subscribe('subscription ($b: BBoxInput!) { featureStatusChanged(bbox: $b) { feature { id } } }', { b: BBOX }, { url: router.graphqlUrl });
    const errors = (await live.end()) as { message: string; extensions: Record<string, unknown> }[];
    expect(errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'CONTEXT_NOT_SERVED', site: 'gcorp', contexts: ['features'] } });
    // Served contexts still answer, over both.
    expect(codeOf(await gql('{ site { name } huntsNear(position: { lat: 35.7, lng: 51.4 }, first: 1) { id } }', {}, { url: router.graphqlUrl }))).toBeUndefined();
    expect(stub.calls()).toBe(0);
    // The stub is what this router calls for features: its readiness (HTTP 500) shows it degraded.
    const health = (await (await fetch(router.graphqlUrl.replace(/graphql$/, 'health/site'))).json()) as { degraded: string[] };
    expect(health.degraded).toContain('features');
  });
});
