import { useEffect, useState } from 'react';
import { SiteDocument, type SiteQuery } from '@worldgraph/sdk';
import { request } from './api/graphql.ts';

/** The site this app is served as (the graph picks it by host): its name, contexts and branding. */
export type SiteInfo = SiteQuery['site'];

/**
 * Reads `site` once and themes the page from it: title, favicon and colours (CSS variables read
 * by style.css). Undefined until it answers; `serves` tells which contexts' pages to offer.
 */
export function useSite(): { site?: SiteInfo; serves(context: string): boolean } {
  const [site, setSite] = useState<SiteInfo>();
  useEffect(() => {
    let live = true;
    request(SiteDocument).then((d) => live && setSite(d.site), () => {});
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (site) applyTheme(site);
  }, [site]);
  return { site, serves: (context) => !!site?.features.contexts.includes(context) };
}

function applyTheme(site: SiteInfo): void {
  const { title, logoUrl, colors } = site.features;
  document.title = title;
  const root = document.documentElement.style;
  root.setProperty('--primary', colors.primary);
  root.setProperty('--on-primary', colors.onPrimary);
  root.setProperty('--accent', colors.accent);
  root.setProperty('--background', colors.background);
  root.setProperty('--text', colors.text);
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (icon && logoUrl) icon.href = logoUrl;
}
