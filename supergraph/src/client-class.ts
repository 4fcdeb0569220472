/**
 * Client classes (DESIGN.md, "The router"): who is calling decides what may be sent and under
 * which limits.
 * - `first-party`: the web and mobile apps and the admin/partner/staff consoles; in production
 *   they send persisted operations (the SDK manifest) only.
 * - `integrator`: a registered application calling with an API key; any operation, bounded by
 *   demand control (estimated cost before planning, actual cost after).
 * - `anonymous`: no token and no key; public fields only, the tightest limits.
 */
export type ClientClass = 'first-party' | 'integrator' | 'anonymous';

/** An integrator's verified API key, as the router knows it for one request. */
export interface ApiKeyPrincipal {
  /** The key's id (never its secret). */
  id: string;
  /** The application's name, for logs and metrics. */
  name: string;
  /** The user (or partner member) who owns the key. */
  ownerId: string;
  /** Roles the key is scoped to (a subset of its owner's). */
  roles: string[];
}
