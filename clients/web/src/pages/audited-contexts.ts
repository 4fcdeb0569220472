/**
 * The contexts whose events the audit log records, each with a hash chain of its own: every subgraph
 * but audit (rover.yaml's; a web test holds this list to it). The admin console filters and verifies by them.
 */
export const AUDITED_CONTEXTS = ['accounts', 'wallet', 'features', 'hunts', 'notifications', 'progression', 'social', 'characters', 'media', 'chat', 'support', 'content'] as const;
