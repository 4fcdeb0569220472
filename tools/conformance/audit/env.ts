// The audit's src/env.ts: its .env sets PUNISH_FOR_POOR_PLANS=0, so a subgraph only fails a
// needlessly long plan when the variable is set to 1.
export function shouldPunishForPoorPlans(): boolean {
  return process.env.PUNISH_FOR_POOR_PLANS === '1';
}
