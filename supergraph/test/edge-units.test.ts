// Pure pieces of the edge: the circuit breaker's states, and planner limits answered as the client's mistake.
import { jest } from '@jest/globals';
import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import { CircuitBreaker } from '../src/circuit-breaker.ts';
import { refusingPlannerLimits } from '../src/client-mistakes.ts';

describe('the circuit breaker', () => {
  afterEach(() => jest.useRealTimers());

  it('opens after consecutive failures, fails fast, lets one probe through after the reset period, and closes on its success', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const breaker = new CircuitBreaker(3, 5_000);
    breaker.failed();
    breaker.succeeded(); // a success resets the count
    for (let i = 0; i < 2; i++) breaker.failed();
    expect(breaker.state).toBe('closed');
    breaker.failed();
    expect([breaker.state, breaker.allow()]).toEqual(['open', false]);
    jest.setSystemTime(1_000_000 + 5_000);
    expect(breaker.state).toBe('half-open');
    expect([breaker.allow(), breaker.allow()]).toEqual([true, false]); // one probe at a time
    breaker.failed(); // the probe failed: open again, for another period
    expect([breaker.state, breaker.allow()]).toEqual(['open', false]);
    jest.setSystemTime(1_000_000 + 10_000);
    expect(breaker.allow()).toBe(true);
    breaker.succeeded();
    expect([breaker.state, breaker.allow(), breaker.allow()]).toEqual(['closed', true, true]);
  });
});

describe('planner limits', () => {
  it('are the client’s mistake: 400 BAD_USER_INPUT, not an internal error', async () => {
    const planner: GatewayExecutor = async () => {
      throw new Error('Exceeded maximum recursive selections in this operation');
    };
    const result = await refusingPlannerLimits(planner)({} as never);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', http: { status: 400 } });
  });

  it('leave other errors alone', async () => {
    const broken: GatewayExecutor = async () => {
      throw new Error('something else');
    };
    await expect(refusingPlannerLimits(broken)({} as never)).rejects.toThrow('something else');
  });
});
