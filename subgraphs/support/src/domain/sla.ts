import type { SupportConfig } from '../config.ts';

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** One priority's SLA, in minutes after a ticket opens. */
export interface SlaPolicy {
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

/** The SLA of every priority, from configuration. */
export function slaPolicies(config: SupportConfig): SlaPolicy[] {
  return PRIORITIES.map((priority) => ({
    priority,
    firstResponseMinutes: config[`SUPPORT_SLA_${priority}_FIRST_RESPONSE_MIN`],
    resolutionMinutes: config[`SUPPORT_SLA_${priority}_RESOLUTION_MIN`],
  }));
}

/** A ticket's deadlines under `policy`, counted from when it opened. */
export function deadlines(openedAt: Date, policy: SlaPolicy) {
  return {
    firstResponseDueAt: new Date(openedAt.getTime() + policy.firstResponseMinutes * 60_000),
    resolutionDueAt: new Date(openedAt.getTime() + policy.resolutionMinutes * 60_000),
  };
}

/** What the SLA of a ticket shows, with breaches judged at `now` (the server's clock). */
export function slaOf(
  t: { firstResponseDueAt: Date; resolutionDueAt: Date; firstRespondedAt: Date | null; resolvedAt: Date | null; closedAt: Date | null },
  now: Date,
) {
  const answeredAt = t.firstRespondedAt ?? now;
  const doneAt = t.resolvedAt ?? t.closedAt ?? now;
  return {
    firstResponseDueAt: t.firstResponseDueAt,
    resolutionDueAt: t.resolutionDueAt,
    firstResponseBreached: answeredAt.getTime() > t.firstResponseDueAt.getTime(),
    resolutionBreached: doneAt.getTime() > t.resolutionDueAt.getTime(),
  };
}
