/** The Parsian IPG sandbox (server.mjs): started on 127.0.0.1, `port` 0 for a free one. */
export function startPaymentSandbox(options?: { port?: number; host?: string; loginAccount?: string; terminal?: string }): Promise<{ url: string; close: () => Promise<void> }>;
