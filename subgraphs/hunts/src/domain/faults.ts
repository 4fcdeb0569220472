/** A saga step a test can make fail. */
/** publish: opening the hunt fails after the escrow debit; escrow: the debit's answer is lost (it went through); reward: paying the winner fails. */
export type FaultStep = 'publish' | 'escrow' | 'reward';

/** Test-only failures: each enabled step fails the first time per hunt, then works. */
export class Faults {
  private readonly enabled: Set<FaultStep>;
  private readonly fired = new Set<string>();

  constructor(spec?: string) {
    this.enabled = new Set((spec ? spec.split(',') : []) as FaultStep[]);
  }

  /** Throws the first time `step` runs for `huntId`, when that step is enabled. */
  maybeFail(step: FaultStep, huntId: string): void {
    const key = `${step}:${huntId}`;
    if (!this.enabled.has(step) || this.fired.has(key)) return;
    this.fired.add(key);
    throw new Error(`injected fault: ${step}`);
  }
}
