/** The Parsian IPG sandbox (server.mjs): started on 127.0.0.1, `port` 0 for a free one (also when `port` is taken, unless `strictPort`). */
export function startPaymentSandbox(options?: { port?: number; host?: string; loginAccount?: string; terminal?: string; strictPort?: boolean }): Promise<{ url: string; close: () => Promise<void> }>;
