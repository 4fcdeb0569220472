import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROUTER_SUBGRAPH } from '@worldgraph/kit';
import { z } from 'zod';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a CSS hex colour, #rrggbb');
const hostname = z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'a lower-case host name, no port');

/** sites/<id>/site.json: one site (a GodValley-style branded product) served by the graph. */
export const siteFileSchema = z
  .object({
    /** The site's id: its folder's name. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Display name. */
    name: z.string().min(1).max(80),
    /** Host names that select this site (the request's Host), without ports. Default: none. */
    domains: z.array(hostname).default([]),
    branding: z
      .object({
        title: z.string().min(1).max(80),
        /** An https URL, or a file of the site's folder (inlined as a data: URL, at most 32 KiB). */
        logo: z.string().optional(),
        colors: z.object({ primary: colour, onPrimary: colour, accent: colour, background: colour, text: colour }).strict(),
      })
      .strict(),
    /** The contexts (subgraph names) the site serves, or `*` for every one. */
    contexts: z.union([z.literal('*'), z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1)]),
  })
  .strict();

/** A site as the router serves it. */
export interface Site {
  id: string;
  name: string;
  domains: string[];
  title: string;
  logoUrl?: string;
  colors: z.infer<typeof siteFileSchema>['branding']['colors'];
  /** `*`: every context of the supergraph. */
  contexts: '*' | string[];
}

/** The repository's sites folder: one folder per site, each with its site.json. */
export const SITES_DIR = path.resolve(import.meta.dirname, '../../../sites');

/** The header telling subgraphs (the router's own among them) the request's site id (data-source.ts forwardedHeaders). */
export const SITE_HEADER = 'x-worldgraph-site';

/** The site serving every context, used when no SITE is set and no domain matches. */
export const DEFAULT_SITE = 'worldgraph';

const MAX_LOGO_BYTES = 32 * 1024;
const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp' };

/** Reads and validates every sites/<id>/site.json; throws naming the file at the first problem. */
export function loadSites(dir = SITES_DIR): Site[] {
  const sites: Site[] = [];
  const hosts = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name, 'site.json');
    if (!existsSync(file)) continue;
    const parsed = siteFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const site = parsed.data;
    if (site.id !== entry.name) throw new Error(`${file}: id "${site.id}" must be its folder's name, "${entry.name}"`);
    for (const host of site.domains) {
      if (hosts.has(host)) throw new Error(`${file}: domain ${host} is already ${hosts.get(host)}'s`);
      hosts.set(host, site.id);
    }
    sites.push({
      id: site.id,
      name: site.name,
      domains: site.domains,
      title: site.branding.title,
      logoUrl: site.branding.logo && logoUrlOf(path.join(dir, entry.name), site.branding.logo),
      colors: site.branding.colors,
      contexts: site.contexts,
    });
  }
  return sites;
}

function logoUrlOf(folder: string, logo: string): string {
  if (/^https:\/\//.test(logo)) return logo;
  const file = path.resolve(folder, logo);
  const type = LOGO_TYPES[path.extname(file)];
  if (path.dirname(file) !== folder || !type) throw new Error(`${folder}: logo must be an https URL or a .svg, .png or .webp file of the site's folder`);
  const bytes = readFileSync(file);
  if (bytes.length > MAX_LOGO_BYTES) throw new Error(`${file}: a logo is at most ${MAX_LOGO_BYTES} bytes`);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/**
 * The sites one router serves and how a request finds its own: the router's SITE setting when
 * set (a site's own deployment), else the request's host among the sites' domains, else the
 * default site (every context).
 */
export class Sites {
  private readonly byId: Map<string, Site>;
  private readonly byHost = new Map<string, Site>();
  private readonly fallback: Site;
  private readonly fixed: boolean;

  /** `fixed`: the SITE setting. `known`: the supergraph's contexts, that sites' lists are checked against. */
  constructor(sites: Site[], fixed?: string, known?: string[]) {
    this.byId = new Map(sites.map((s) => [s.id, s]));
    for (const site of sites) for (const host of site.domains) this.byHost.set(host, site);
    const id = fixed ?? DEFAULT_SITE;
    const site = this.byId.get(id);
    if (!site) throw new Error(`no site "${id}" under sites/ (there are: ${[...this.byId.keys()].join(', ')})`);
    this.fallback = site;
    this.fixed = fixed !== undefined;
    // A router fixed to a site must have every context the site serves. Chosen by host, sites are
    // checked against rover.yaml by the sites test instead: a router may run another supergraph
    // (the conformance suites', a test's) where the sites' contexts do not exist.
    const unknown = !this.fixed || site.contexts === '*' || !known ? [] : site.contexts.filter((c) => !known.includes(c));
    if (unknown.length) throw new Error(`site ${site.id} serves ${unknown.join(', ')}, not a subgraph of the supergraph`);
  }

  /** The site of a request to `host` (a Host header: name, maybe a port). */
  forHost(host: string | undefined): Site {
    if (this.fixed || !host) return this.fallback;
    return this.byHost.get(hostnameOf(host)) ?? this.fallback;
  }

  get(id: string | undefined): Site | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }
}

/** Whether `site` serves subgraph `name` (the router's own subgraph is every site's). */
export const serves = (site: Site, name: string) => name === ROUTER_SUBGRAPH || site.contexts === '*' || site.contexts.includes(name);

/** The contexts `site` serves, out of the supergraph's. */
export const contextsOf = (site: Site, all: Iterable<string>) => [...all].filter((name) => name !== ROUTER_SUBGRAPH && serves(site, name)).sort();

function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return '';
  }
}
