// Outgoing email, shared by the contexts that send it (accounts' links, notifications' email
// channel): SMTP through nodemailer, with a local catcher standing in for the server outside
// production. Imported as `@worldgraph/kit/mail`, so contexts without mail never load it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { z } from 'zod';
import { ConfigError } from './config.ts';
import type { Runtime } from './runtime.ts';

/** The mail settings, the same keys in every context that sends mail. */
export const mailConfigSchema = z.object({
  /** SMTP server (smtp://user:pass@host:port, smtps://...). Unset outside production: a local catcher (an SMTP server on 127.0.0.1) writes each message to DATA_DIR/mail/*.eml. Required in production. */
  SMTP_URL: z.string().url().optional(),
  /** Port of the local mail catcher when SMTP_URL is unset. Default: 0 (any free port). */
  MAIL_CATCHER_PORT: z.coerce.number().int().min(0).default(0),
  /** Sender of the emails. Default: Worldgraph <no-reply@worldgraph.local>. */
  MAIL_FROM: z.string().default('Worldgraph <no-reply@worldgraph.local>'),
});
export type MailConfig = z.infer<typeof mailConfigSchema>;

/** One plain-text message. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Outgoing email: SMTP through nodemailer to the configured server. */
export class Mailer {
  private readonly transport: Transporter;
  constructor(smtpUrl: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * A local SMTP catcher for development and tests (used when SMTP_URL is unset outside
 * production): a real SMTP server on 127.0.0.1 that writes each message it receives, raw, to
 * `dir/<time>-<random>.eml`. Returns its smtp:// URL.
 */
export async function startMailCatcher(dir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'worldgraph mail catcher',
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const file = path.join(dir, `${Date.now()}-${randomBytes(4).toString('hex')}.eml`);
        writeFile(file, Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return { url: `smtp://127.0.0.1:${bound}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The catchers this process runs, one per directory: the contexts of one process (npm start, a test stack) share it. */
const catchers = new Map<string, { started: Promise<{ url: string; close: () => Promise<void> }>; users: number }>();

/** This process's catcher for `dir`, started by its first user and closed with its last. */
async function sharedCatcher(dir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  let entry = catchers.get(dir);
  if (!entry) catchers.set(dir, (entry = { started: startMailCatcher(dir, port), users: 0 }));
  const shared = entry;
  shared.users++;
  const catcher = await shared.started.catch((error: unknown) => {
    if (catchers.get(dir) === shared) catchers.delete(dir);
    throw error;
  });
  return {
    url: catcher.url,
    close: async () => {
      if (--shared.users > 0) return;
      if (catchers.get(dir) === shared) catchers.delete(dir);
      await catcher.close();
    },
  };
}

/**
 * A context's mailer from its mail settings: SMTP_URL's server, or outside production without one
 * the process's local catcher writing DATA_DIR/mail (README: reading them). Production without
 * SMTP_URL is a ConfigError. `close` ends the transport, and the catcher with its last user.
 */
export async function openMailer(runtime: Pick<Runtime, 'config' | 'logger'>, config: MailConfig): Promise<{ mailer: Mailer; close: () => Promise<void> }> {
  if (!config.SMTP_URL && runtime.config.NODE_ENV === 'production') throw new ConfigError('SMTP_URL is required in production');
  const dir = path.join(runtime.config.DATA_DIR, 'mail');
  const catcher = config.SMTP_URL ? undefined : await sharedCatcher(dir, config.MAIL_CATCHER_PORT).catch((err: NodeJS.ErrnoException) => {
    // A fixed port taken: another process of this machine (a context run on its own) started its
    // catcher there first, and it takes this context's mail too.
    if (err.code !== 'EADDRINUSE') throw err;
    return { url: `smtp://127.0.0.1:${config.MAIL_CATCHER_PORT}`, close: async () => {} };
  });
  if (catcher) runtime.logger.info({ url: catcher.url, dir: path.resolve(dir) }, 'mail catcher in use');
  const mailer = new Mailer(config.SMTP_URL ?? catcher!.url, config.MAIL_FROM);
  return {
    mailer,
    close: async () => {
      mailer.close();
      await catcher?.close();
    },
  };
}
