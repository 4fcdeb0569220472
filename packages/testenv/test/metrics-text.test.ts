import { Counter, Gauge, Registry } from 'prom-client';
import { metricSum } from '../src/metrics-text.ts';

describe('metricSum', () => {
  it("sums a metric's series whose labels hold every label asked for, in prom-client's own text", async () => {
    const registry = new Registry();
    const calls = new Counter({ name: 'wallet_client_calls_total', help: 'h', labelNames: ['context', 'kind', 'form'], registers: [registry] });
    const open = new Gauge({ name: 'live_event_subscriptions', help: 'h', registers: [registry] });
    new Counter({ name: 'live_event_subscriptions_started_total', help: 'h', registers: [registry] }).inc(9);
    calls.inc({ context: 'features', kind: 'debit', form: 'batch' }, 3);
    calls.inc({ context: 'features', kind: 'debit', form: 'single' }, 2);
    calls.inc({ context: 'features', kind: 'credit', form: 'batch' }, 5);
    calls.inc({ context: 'hunts', kind: 'debit', form: 'batch' }, 7);
    open.set(4);
    const text = await registry.metrics();
    expect(metricSum(text, 'wallet_client_calls_total', 'context="features"', 'kind="debit"')).toBe(5);
    expect(metricSum(text, 'wallet_client_calls_total', 'kind="debit"')).toBe(12);
    expect(metricSum(text, 'wallet_client_calls_total')).toBe(17);
    // An unlabelled metric is its one series; a longer name that starts with it is another metric.
    expect(metricSum(text, 'live_event_subscriptions')).toBe(4);
    expect(metricSum(text, 'live_event_subscriptions', 'kind="debit"')).toBe(0);
    expect(metricSum(text, 'no_such_metric')).toBe(0);
  });
});
