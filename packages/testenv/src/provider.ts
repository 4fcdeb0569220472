// Goes through the development OpenID provider's real pages over HTTP, as a browser would: its
// redirects, its cookies (kept by tough-cookie, as a browser keeps them), its login form. No part of
// the provider is mocked.
import { CookieJar } from 'tough-cookie';

/** The web's callback, as the tests give it (a 127.0.0.1 redirect URI matches on any port). */
export const REDIRECT_URI = 'http://127.0.0.1:5173/auth/callback';

/** A form of an HTML page: where it posts and its fields, with `login` and `password` filled in. */
function formOf(html: string, base: string, login: string): { action: string; body: URLSearchParams } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form on the provider's page: ${html.slice(0, 300)}`);
  const body = new URLSearchParams();
  for (const input of form[2]!.matchAll(/<input([^>]*)>/gi)) {
    const name = /name="([^"]+)"/.exec(input[1]!)?.[1];
    if (!name) continue;
    const value = /value="([^"]*)"/.exec(input[1]!)?.[1] ?? '';
    body.set(name, name === 'login' ? login : name === 'password' ? 'any-password-1' : value);
  }
  return { action: new URL(form[1]!.replace(/&amp;/g, '&'), base).href, body };
}

/**
 * Opens `authorizationUrl` and signs in at the provider as `login` (any login works there), following
 * every redirect until the provider sends the browser to `redirectUri`: answers that whole URL (the
 * authorization response). A browser (`jar`) that signed in before keeps its provider session.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri = REDIRECT_URI, jar = new CookieJar()): Promise<string> {
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 12; step++) {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: await jar.getCookieString(url) } });
    for (const line of response.headers.getSetCookie()) await jar.setCookie(line, url);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url).href;
      if (next.startsWith(`${redirectUri}?`)) return next;
      url = next;
      init = {};
      continue;
    }
    if (response.status !== 200) throw new Error(`the provider answered ${response.status} at ${url}: ${(await response.text()).slice(0, 300)}`);
    const { action, body } = formOf(await response.text(), url, login);
    url = action;
    init = { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('the provider never sent the browser back');
}

export { CookieJar };
