// What a scenario of bench:gateways hands main.ts: its gateways' setup, its load cases and their checks.
import type { GatewaySetup } from './gateways.ts';
import type { Measurement } from './measure.ts';

/** A load case: a request body and whether it runs closed-loop or at a fixed rate. */
export interface LoadCase {
  name: string;
  body: string;
  headers?: Record<string, string>;
  /** Fixed rate: a number, or a function of this gateway's closed-loop result in the same round. */
  rate?: number | ((closed: Record<string, Measurement>) => number);
  /** Before each run of the case: a file of lines for the body's `$ITEM` (load.ts). */
  items?: () => Promise<string>;
  /** After each run, once the stack is idle: whether the work it left behind is complete (audit, notifications). */
  check?: () => Promise<CaseCheck>;
}

/** What a case's check found. */
export interface CaseCheck {
  ok: boolean;
  detail: string;
}

/** A scenario prepared for the gateways: its setup and cases; `refresh` runs before each gateway. */
export interface PreparedScenario {
  name: string;
  setup: Omit<GatewaySetup, 'port' | 'logFile'>;
  cases: LoadCase[];
  refresh?: () => Promise<Record<string, string>>;
  /** The subgraphs' processes, whose CPU is reported beside the gateway's. */
  subgraphPids?: number[];
  close(): Promise<void>;
}
