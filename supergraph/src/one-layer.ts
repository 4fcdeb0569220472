import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middlewares run in order as one express layer: `next()` goes straight to the following one,
 * `next(error)` (or a rejected promise, as express 5 treats an async middleware's) to express's
 * error handling, and `next()` after the last one on past the layer. The same semantics as
 * `app.use(path, a, b, c)` without express's router between them: for each middleware it would
 * match the path again, trim and restore `req.url` and look for route parameters, and every
 * GraphQL request passes ten of them (2–3 % of the router's CPU per request under the
 * gateways benchmark: tools/bench/README.md, issue 16). `next('route')` and `next('router')` go
 * to express as the layer's own (none of the router's middlewares uses them).
 */
export function oneLayer(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, done: NextFunction) => {
    let i = 0;
    const next: NextFunction = (error?: unknown) => {
      if (error !== undefined) return done(error);
      const handler = handlers[i++];
      if (!handler) return done();
      try {
        const returned = handler(req, res, next) as unknown;
        if (returned instanceof Promise) returned.then(undefined, (rejected: unknown) => done(rejected ?? new Error('Rejected promise')));
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}
