// SLA arithmetic (pure): deadlines from the opening time and the priority's minutes, breaches at a given instant.
import { loadSupportConfig } from '../src/config.ts';
import { deadlines, slaOf, slaPolicies } from '../src/domain/sla.ts';

const opened = new Date('2026-11-26T10:00:00.000Z');
const at = (iso: string) => new Date(iso);

test('policies come from the settings, with documented defaults', () => {
  const policies = slaPolicies(loadSupportConfig({ SUPPORT_SLA_URGENT_FIRST_RESPONSE_MIN: '15' }));
  expect(policies.map((p) => [p.priority, p.firstResponseMinutes, p.resolutionMinutes])).toEqual([
    ['LOW', 2880, 20160],
    ['NORMAL', 1440, 10080],
    ['HIGH', 240, 2880],
    ['URGENT', 15, 480],
  ]);
  expect(() => loadSupportConfig({ SUPPORT_SLA_HIGH_RESOLUTION_MIN: '0' })).toThrow();
});

test('deadlines and breaches, to the millisecond', () => {
  const due = deadlines(opened, { priority: 'URGENT', firstResponseMinutes: 60, resolutionMinutes: 480 });
  expect(due).toEqual({ firstResponseDueAt: at('2026-11-26T11:00:00.000Z'), resolutionDueAt: at('2026-11-26T18:00:00.000Z') });
  const ticket = { ...due, firstRespondedAt: null, resolvedAt: null, closedAt: null };
  expect(slaOf(ticket, at('2026-11-26T11:00:00.000Z'))).toMatchObject({ firstResponseBreached: false, resolutionBreached: false });
  expect(slaOf(ticket, at('2026-11-26T11:00:00.001Z'))).toMatchObject({ firstResponseBreached: true, resolutionBreached: false });
  // Answered in time stays in time; resolved late stays late, whatever the clock says now.
  const answered = { ...ticket, firstRespondedAt: at('2026-11-26T10:59:00Z'), resolvedAt: at('2026-11-26T18:30:00Z') };
  expect(slaOf(answered, at('2026-12-01T00:00:00Z'))).toMatchObject({ firstResponseBreached: false, resolutionBreached: true });
  // A ticket closed in time is not breached later.
  expect(slaOf({ ...ticket, closedAt: at('2026-11-26T12:00:00Z') }, at('2026-12-01T00:00:00Z')).resolutionBreached).toBe(false);
});
