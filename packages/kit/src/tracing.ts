import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Link, type Span, type TextMapGetter } from '@opentelemetry/api';

/**
 * OpenTelemetry traces, exported over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, and nothing at all otherwise: the SDK is not even
 * loaded, the API stays a no-op, and no resource detector ever runs (the resource is the service
 * name alone; cloud detectors would query metadata servers). W3C `traceparent` is read from each
 * request and sent on each call to a subgraph, so one operation is one trace: the router's
 * operation span, a span per subgraph fetch, each subgraph's operation span.
 */
let enabled = false;

/** Whether tracing was started in this process. */
export const tracingEnabled = () => enabled;

/** Starts tracing for `serviceName` if configured (once per process); resolves with how to flush and stop it. */
export async function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true' || enabled) return async () => {};
  const [{ TracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: 1000 })],
  });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  enabled = true;
  return () => provider.shutdown();
}

type Headers = { get(name: string): string | null | undefined } | Record<string, string | string[] | undefined>;
const getter: TextMapGetter<Headers> = {
  keys: (carrier) => (typeof carrier.get === 'function' ? [] : Object.keys(carrier)),
  get: (carrier, key) => (typeof carrier.get === 'function' ? ((carrier.get as (k: string) => string | null)(key) ?? undefined) : (carrier as Record<string, string>)[key]),
};

/** The operation a request runs, as far as tracing goes: its span's traceparent, for the calls it makes. */
const operationScope = new AsyncLocalStorage<{ traceparent?: string }>();

/**
 * Express middleware before Apollo's: the request runs in a scope where `tracingPlugin` leaves its
 * span's traceparent, so calls made while resolving it (`runtime.callSubgraph`) continue the trace.
 * Nothing when tracing is off.
 */
export function operationTraceScope(): RequestHandler {
  return (_req, _res, next) => (enabled ? operationScope.run({}, next) : next());
}

/** The traceparent of the operation being resolved (inside `operationTraceScope`), if tracing. */
export const currentTraceparent = (): string | undefined => operationScope.getStore()?.traceparent;

/**
 * Runs `fn` as the operation whose span's `traceparent` is given (undefined: outside any operation),
 * so the calls it makes (`runtime.callSubgraph`) continue that trace and no other: work done for
 * several operations at once (a batch a GroupWriter sends in the async context of whichever caller
 * started it) is attributed to the right one. Just `fn()` when tracing is off.
 */
export function withTraceparent<T>(traceparent: string | undefined, fn: () => T): T {
  return enabled ? operationScope.run({ traceparent }, fn) : fn();
}

const linkTo = (traceparent: string): Link | undefined => {
  const spanContext = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, { traceparent }, getter));
  return spanContext ? { context: spanContext } : undefined;
};

/**
 * A span of work done at once for the spans whose traceparents are `links` (one batched call for
 * many callers, each in a trace of its own): a root span (kind INTERNAL) linked to each, as
 * OpenTelemetry models a batch. Undefined when tracing is off.
 */
export function startBatchSpan(name: string, links: string[], attributes: Record<string, string | number>): { span: Span; traceparent: string | undefined } | undefined {
  if (!enabled) return undefined;
  const span = trace.getTracer('worldgraph').startSpan(name, { kind: SpanKind.INTERNAL, attributes, links: links.map(linkTo).filter((l): l is Link => !!l), root: true }, ROOT_CONTEXT);
  return { span, traceparent: traceparentOf(span) };
}

/**
 * Runs one item of a batched call (`run`) as a span of its caller's trace: child of the item's
 * `traceparent` (the caller's span for it), linked to the batch operation's span (`batch`, the
 * operation being resolved when omitted), ended failed when `run` throws. Calls made inside continue
 * the item's trace. Just `run()` when tracing is off or the item came without a traceparent.
 */
export async function inItemSpan<T>(service: string, name: string, traceparent: string | null | undefined, run: () => Promise<T>, batch = currentTraceparent()): Promise<T> {
  if (!enabled || !traceparent) return run();
  const parent = propagation.extract(ROOT_CONTEXT, { traceparent }, getter);
  const link = batch ? linkTo(batch) : undefined;
  const span = trace.getTracer(service).startSpan(name, { kind: SpanKind.SERVER, attributes: { 'worldgraph.service': service, 'worldgraph.batched': true }, links: link ? [link] : [] }, parent);
  try {
    const result = await operationScope.run({ traceparent: traceparentOf(span) }, run);
    span.end();
    return result;
  } catch (error) {
    endSpan(span, error);
    throw error;
  }
}

/** The W3C `traceparent` of a span, to send on a call made on its behalf. */
export function traceparentOf(span: Span): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  return carrier.traceparent;
}

/**
 * A span for an outgoing call (`kind` CLIENT), child of the `traceparent` in `headers`; the
 * headers sent should carry the returned `traceparent` instead. Undefined when tracing is off.
 */
export function startClientSpan(name: string, headers: Record<string, string>, attributes: Record<string, string>): { span: Span; traceparent: string | undefined } | undefined {
  if (!enabled) return undefined;
  const parent = propagation.extract(ROOT_CONTEXT, headers, getter);
  const span = trace.getTracer('worldgraph').startSpan(name, { kind: SpanKind.CLIENT, attributes }, parent);
  return { span, traceparent: traceparentOf(span) };
}

/** Ends a span, marking it failed when `error` is given. */
export function endSpan(span: Span, error?: unknown): void {
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.end();
}

/**
 * A span per GraphQL operation (`kind` SERVER) under `service`, child of the request's
 * `traceparent`, named after the operation, with its name, type and the caller's client class
 * (`contextValue.clientClass`, the router's) as attributes. The span's own `traceparent` is put on
 * `contextValue.traceparent` for the calls made on the operation's behalf. No-op when tracing is off.
 */
export function tracingPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart({ request, contextValue }) {
      if (!enabled) return;
      const headers = request.http?.headers as Headers | undefined;
      const parent = headers ? propagation.extract(ROOT_CONTEXT, headers, getter) : ROOT_CONTEXT;
      const span = trace.getTracer(service).startSpan('graphql.operation', { kind: SpanKind.SERVER, attributes: { 'worldgraph.service': service } }, parent);
      const ctx = contextValue as BaseContext & { traceparent?: string; clientClass?: string };
      ctx.traceparent = traceparentOf(span);
      const scope = operationScope.getStore();
      if (scope) scope.traceparent = ctx.traceparent;
      return {
        async didResolveOperation({ operation, operationName }) {
          span.updateName(`${operation?.operation ?? 'graphql'} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.name', operationName ?? 'anonymous');
          if (operation) span.setAttribute('graphql.operation.type', operation.operation);
        },
        async willSendResponse({ errors, response }) {
          if (ctx.clientClass) span.setAttribute('worldgraph.client_class', ctx.clientClass);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const all = [...(errors ?? []), ...(body?.errors ?? [])];
          if (all.length) span.setStatus({ code: SpanStatusCode.ERROR, message: all.map((e) => e.extensions?.code ?? 'ERROR').join(',') });
          span.end();
        },
      };
    },
  };
}
