import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs to stdout; `name` says which process or subgraph wrote the line. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log credentials, even by accident.
    redact: {
      paths: ['req.headers.authorization', '*.password', '*.refreshToken', '*.accessToken', 'password'],
      censor: '[redacted]',
    },
  });
}
