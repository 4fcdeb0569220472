import { Client, errors } from '@opensearch-project/opensearch';
import { chain, GENESIS, searchText, type AuditDraft, type AuditEntry } from '../domain/entry.ts';
import type { AuditFilter, AuditStore, PagePosition } from '../domain/store.ts';

/** Options of the OpenSearch store. */
export interface OpenSearchStoreOptions {
  url: string;
  /** Names every index and template: `<prefix>-entries-YYYY.MM`, `<prefix>-heads`. */
  prefix: string;
  /** Attempts of a bulk write before the append fails (and the event is delivered again). Default: 5. */
  bulkAttempts?: number;
}

/** A document's version, for writes conditional on it. */
type Version = { seq_no: number; primary_term: number };

interface Head {
  seq: number;
  hash: string;
  /** Entries claimed by the last append: written again by the next one if a crash lost them. */
  pending: AuditEntry[];
}

/**
 * An entry and its JSON, made once: the head's write-ahead and the entries' bulk carry the same
 * text (the bulk's with the search text added), so each entry is serialised once, not once per
 * request (and the bulks' lines are joined here, not serialised again by the client).
 */
interface Serialised {
  entry: AuditEntry;
  json: string;
}

const serialised = (entries: AuditEntry[]): Serialised[] => entries.map((entry) => ({ entry, json: JSON.stringify(entry) }));
/**
 * A bulk request's body: its lines, each a JSON text, newline-delimited. The client sends a string
 * body as it is (its types name only the array form, which it would serialise line by line).
 */
const ndjson = (lines: string[]) => (lines.join('\n') + '\n') as never;

const KEYWORD = { type: 'keyword' } as const;
const STORED = { type: 'keyword', index: false, doc_values: false } as const;
const FILTERED = { type: 'keyword', doc_values: false } as const;

const statusOf = (error: unknown) => (error instanceof errors.ResponseError ? error.meta.statusCode : undefined);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Entries in monthly indices (by occurredAt) under one index template; one head document per
 * context, moved with optimistic concurrency (if_seq_no), which also serialises writers. The head
 * carries the entries it claims until they are written (a write-ahead), so a crash between the
 * two leaves no gap: the next append writes them again (same ids, same content).
 */
export class OpenSearchAuditStore implements AuditStore {
  readonly kind = 'opensearch';
  readonly client: Client;
  private readonly prefix: string;
  private readonly attempts: number;

  constructor(options: OpenSearchStoreOptions) {
    this.client = new Client({ node: options.url, requestTimeout: 10_000, maxRetries: 2 });
    this.prefix = options.prefix;
    this.attempts = options.bulkAttempts ?? 5;
  }

  private get heads() {
    return `${this.prefix}-heads`;
  }
  /** Every entries index, for searches. */
  get entriesPattern() {
    return `${this.prefix}-entries-*`;
  }
  /** The monthly index an entry lives in: fixed by its occurredAt, so an event id is found by one GET. */
  indexOf(occurredAt: string) {
    const d = new Date(occurredAt);
    return `${this.prefix}-entries-${d.getUTCFullYear()}.${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  }

  private initialised?: Promise<void>;
  /** Creates the template and heads index once (again after a failure); every append waits for it. */
  init(): Promise<void> {
    this.initialised ??= this.create().catch((err) => {
      this.initialised = undefined;
      throw err;
    });
    return this.initialised;
  }

  private async create(): Promise<void> {
    await this.client.indices.putIndexTemplate({
      name: `${this.prefix}-entries`,
      body: {
        index_patterns: [this.entriesPattern],
        template: {
          settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' },
          mappings: {
            dynamic: 'strict',
            // Column values (doc_values) only where a search sorts or counts by the field: occurredAt and
            // eventId (search's order), seq (a chain's order), action (countByAction). The other keywords
            // are only filtered on, which the index answers. The text is only matched by its words
            // (`match`, every word): no positions or frequencies, no norms (nothing is ranked).
            properties: {
              eventId: KEYWORD, context: FILTERED, seq: { type: 'long' }, action: KEYWORD, outcome: FILTERED, errorCode: FILTERED,
              actor: FILTERED, userIds: FILTERED, entityType: FILTERED, entityId: FILTERED, requestId: FILTERED,
              clientAddress: FILTERED, userAgent: STORED, occurredAt: { type: 'date' }, recordedAt: { type: 'date', doc_values: false },
              before: { type: 'text', index: false }, after: { type: 'text', index: false },
              text: { type: 'text', analyzer: 'standard', index_options: 'docs', norms: false }, prevHash: STORED, hash: STORED,
            },
          },
        },
      } as never,
    });
    const exists = await this.client.indices.exists({ index: this.heads });
    if (!exists.body) {
      await this.client.indices
        .create({
          index: this.heads,
          body: {
            settings: { number_of_shards: 1, number_of_replicas: 0 },
            mappings: { dynamic: false, properties: { seq: { type: 'long' }, hash: STORED, pending: { type: 'object', enabled: false } } },
          } as never,
        })
        .catch((e) => {
          if (statusOf(e) !== 400) throw e; // resource_already_exists: another replica made it
        });
    }
  }

  private async readHead(context: string): Promise<{ head: Head; version?: { seq_no: number; primary_term: number } }> {
    try {
      const { body } = await this.client.get({ index: this.heads, id: context });
      const source = body._source as Head;
      return { head: { seq: Number(source.seq), hash: source.hash, pending: source.pending ?? [] }, version: { seq_no: body._seq_no!, primary_term: body._primary_term! } };
    } catch (e) {
      if (statusOf(e) === 404) return { head: { seq: 0, hash: GENESIS, pending: [] } };
      throw e;
    }
  }

  /** Writes entries (index by event id: a repeat overwrites with the same content), retrying what failed. */
  private async writeEntries(entries: Serialised[]): Promise<void> {
    // Each entry's document is its JSON with the search text as one more field.
    const lines = entries.map(({ entry, json }) => [
      JSON.stringify({ index: { _index: this.indexOf(entry.occurredAt), _id: entry.eventId } }),
      `${json.slice(0, -1)},"text":${JSON.stringify(searchText(entry))}}`,
    ]);
    let todo = entries.map((_, i) => i);
    for (let attempt = 1; todo.length; attempt++) {
      let failed: number[] = [];
      let reason: unknown;
      try {
        const { body } = await this.client.bulk({
          body: ndjson(todo.flatMap((i) => lines[i]!)),
          // Only what is looked at below: not every item's index, id, version and shards.
          filter_path: 'errors,items.*.status,items.*.error',
        });
        if (body.errors) {
          body.items.forEach((item, i) => {
            const result = item.index!;
            if (result.error) {
              // Rejections (429) and shard trouble (5xx) are retried; anything else is a bug: fail now.
              if (result.status !== 429 && result.status < 500) throw new Error(`audit entry refused by OpenSearch: ${JSON.stringify(result.error)}`);
              failed.push(todo[i]!);
              reason = result.error;
            }
          });
        }
      } catch (e) {
        if (e instanceof Error && e.message.startsWith('audit entry refused')) throw e;
        failed = todo; // the node is away or overloaded
        reason = e;
      }
      todo = failed;
      if (!todo.length) return;
      if (attempt >= this.attempts) throw new Error(`bulk write failed after ${attempt} attempts: ${reason instanceof Error ? reason.message : JSON.stringify(reason)}`);
      await sleep(200 * 2 ** attempt);
    }
  }

  /** Which of these event ids are stored (realtime GETs, no refresh needed). */
  private async recorded(drafts: AuditDraft[]): Promise<Set<string>> {
    const { body } = await this.client.mget({
      body: { docs: drafts.map((d) => ({ _index: this.indexOf(d.occurredAt), _id: d.eventId, _source: false })) },
      filter_path: 'docs._id,docs.found',
    });
    return new Set((body.docs as { _id: string; found?: boolean }[]).filter((d) => d.found).map((d) => d._id));
  }

  /**
   * The head each context's last append of this process left (its pending entries written and
   * cleared), with its version: the next append claims after it without reading it first. Stale
   * when another writer moved the head: the claim is conditional on the version, so it fails
   * (409), the entry is dropped and the head read again.
   */
  private readonly lastHeads = new Map<string, { seq: number; hash: string; version: Version }>();

  append(context: string, drafts: AuditDraft[]): Promise<AuditEntry[]> {
    return this.appendMany([[context, drafts]]);
  }

  /**
   * Appends each context's drafts to its chain, in four requests whatever the number of contexts
   * (a consumed batch carries several): one mget of the event ids already recorded, one bulk of
   * the heads' claims (each conditional on its version, so each context keeps its own write-ahead
   * and its own retry), one bulk of the entries, one bulk clearing the heads. A context whose head
   * another writer moved starts over on its own.
   */
  async appendMany(groups: [string, AuditDraft[]][]): Promise<AuditEntry[]> {
    let todo = groups.filter(([, drafts]) => drafts.length);
    if (!todo.length) return [];
    await this.init(); // never let an entry create its index without the template
    const added: AuditEntry[] = [];
    while (todo.length) {
      const heads = new Map<string, { head: Head; version?: Version }>();
      for (const [context] of todo) {
        const known = this.lastHeads.get(context);
        const read = known ? { head: { seq: known.seq, hash: known.hash, pending: [] }, version: known.version } : await this.readHead(context);
        if (read.head.pending.length) await this.writeEntries(serialised(read.head.pending));
        heads.set(context, read);
      }
      const seen = await this.recorded(todo.flatMap(([, drafts]) => drafts));
      const claims: { context: string; entries: Serialised[]; version?: Version }[] = [];
      for (const [context, drafts] of todo) {
        const fresh = drafts.filter((d) => !seen.has(d.eventId) && (seen.add(d.eventId), true));
        if (fresh.length) claims.push({ context, entries: serialised(chain(heads.get(context)!.head, fresh)), version: heads.get(context)!.version });
      }
      if (!claims.length) break;
      // Until an append is through, its head is read again by the next (a failure below leaves it unknown).
      for (const { context } of claims) this.lastHeads.delete(context);
      const claimed = await this.writeHeads(claims.map(({ context, entries, version }) => ({ context, last: entries.at(-1)!.entry, pending: entries, version })));
      const won = claims.filter(({ context }) => claimed.has(context));
      // Another writer appended first to the others: they chain after its entries, next round.
      const moved = new Set(claims.filter(({ context }) => !claimed.has(context)).map(({ context }) => context));
      await this.writeEntries(won.flatMap(({ entries }) => entries));
      // Written: the heads need not carry them any more (if another writer moved one meanwhile, it wrote them too).
      const cleared = await this.writeHeads(won.map(({ context, entries }) => ({ context, last: entries.at(-1)!.entry, pending: [], version: claimed.get(context) }))).catch(
        () => new Map<string, Version>(),
      );
      for (const { context, entries } of won) {
        const version = cleared.get(context);
        const last = entries.at(-1)!.entry;
        if (version) this.lastHeads.set(context, { seq: last.seq, hash: last.hash, version });
        for (const { entry } of entries) added.push(entry);
      }
      todo = todo.filter(([context]) => moved.has(context));
    }
    return added;
  }

  /**
   * Writes heads in one bulk, each conditional on its version (created when it has none); returns
   * the new version of each written. A head moved by another writer (409) is left out; any other
   * refusal throws.
   */
  private async writeHeads(heads: { context: string; last: AuditEntry; pending: Serialised[]; version?: Version }[]): Promise<Map<string, Version>> {
    const written = new Map<string, Version>();
    if (!heads.length) return written;
    const { body } = await this.client.bulk({
      // Each head is a Head document: the last link, and the entries it claims as their JSON texts.
      body: ndjson(
        heads.flatMap(({ context, last, pending, version }) => [
          JSON.stringify(
            version ? { index: { _index: this.heads, _id: context, if_seq_no: version.seq_no, if_primary_term: version.primary_term } } : { create: { _index: this.heads, _id: context } },
          ),
          `{"seq":${last.seq},"hash":${JSON.stringify(last.hash)},"pending":[${pending.map(({ json }) => json).join(',')}]}`,
        ]),
      ),
      filter_path: 'errors,items.*.status,items.*.error,items.*._seq_no,items.*._primary_term',
    });
    body.items.forEach((item, i) => {
      const result = (item.index ?? item.create)!;
      if (result.status === 409) return;
      if (result.error) throw new Error(`audit head refused by OpenSearch: ${JSON.stringify(result.error)}`);
      written.set(heads[i]!.context, { seq_no: result._seq_no!, primary_term: result._primary_term! });
    });
    return written;
  }

  private query(f: AuditFilter) {
    const filter: object[] = [];
    const term = (field: string, value: string | null | undefined) => value && filter.push({ term: { [field]: value } });
    term('actor', f.actor);
    term('action', f.action);
    term('entityType', f.entityType);
    term('entityId', f.entityId);
    term('context', f.context);
    term('userIds', f.userId);
    if (f.from || f.to) filter.push({ range: { occurredAt: { ...(f.from ? { gte: f.from.toISOString() } : {}), ...(f.to ? { lt: f.to.toISOString() } : {}) } } });
    const must = f.text?.trim() ? [{ match: { text: { query: f.text.toLowerCase(), operator: 'and' } } }] : [];
    return { bool: { filter, must } };
  }

  private async hits(body: object): Promise<AuditEntry[]> {
    const { body: result } = await this.client.search({ index: this.entriesPattern, ignore_unavailable: true, allow_no_indices: true, body: body as never });
    return result.hits.hits.map((h) => {
      const { text: _text, ...entry } = h._source as AuditEntry & { text: string };
      return entry;
    });
  }

  search(filter: AuditFilter, limit: number, after?: PagePosition): Promise<AuditEntry[]> {
    return this.hits({
      query: this.query(filter),
      sort: [{ occurredAt: 'desc' }, { eventId: 'desc' }],
      size: limit,
      track_total_hits: false,
      ...(after ? { search_after: [Date.parse(after.occurredAt), after.eventId] } : {}),
    });
  }

  async countByAction(filter: AuditFilter) {
    const { body } = await this.client.search({
      index: this.entriesPattern,
      ignore_unavailable: true,
      allow_no_indices: true,
      body: { size: 0, query: this.query(filter), aggs: { actions: { terms: { field: 'action', size: 1000 } } } } as never,
    });
    const buckets = ((body.aggregations?.actions as { buckets?: { key: string; doc_count: number }[] })?.buckets ?? []);
    return buckets.map((b) => ({ action: b.key, count: b.doc_count })).sort((a, b) => b.count - a.count || a.action.localeCompare(b.action));
  }

  chain(context: string, range: { from?: Date | null; to?: Date | null; afterSeq?: number }, limit: number): Promise<AuditEntry[]> {
    const filter: object[] = [{ term: { context } }];
    if (range.afterSeq) filter.push({ range: { seq: { gt: range.afterSeq } } });
    if (range.from || range.to) filter.push({ range: { recordedAt: { ...(range.from ? { gte: range.from.toISOString() } : {}), ...(range.to ? { lte: range.to.toISOString() } : {}) } } });
    return this.hits({ query: { bool: { filter } }, sort: [{ seq: 'asc' }], size: limit });
  }

  async head(context: string) {
    const { head } = await this.readHead(context);
    // Entries the head still carries may not be written yet: the chain surely reaches the one before them.
    const [first] = head.pending;
    return first ? { seq: first.seq - 1, hash: first.prevHash } : { seq: head.seq, hash: head.hash };
  }

  async entryAt(context: string, seq: number): Promise<AuditEntry | null> {
    const [entry] = await this.hits({ query: { bool: { filter: [{ term: { context } }, { term: { seq } }] } }, size: 1 });
    return entry ?? null;
  }

  async refresh(): Promise<void> {
    await this.client.indices.refresh({ index: this.entriesPattern, ignore_unavailable: true, allow_no_indices: true });
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
