// One measured load run against a running gateway: the load generator as its own process, the
// gateway's CPU (its whole process tree) over exactly the measured window, its peak memory.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { onInterrupt } from '@worldgraph/testenv';
import type { LoadResult, LoadSpec } from './load.ts';
import { cpuSeconds, loadAverage, machineCpuSeconds, peakMemoryMiB } from './proc.ts';

export interface Measurement extends LoadResult {
  /** Gateway CPU over the measured window, in cores (1.0 = one core busy). */
  cpu: number;
  /** The subgraphs' CPU over the same window, in cores. */
  subgraphCpu: number;
  /** The whole machine's CPU over the same window, in cores: the above, the load generator, Postgres, Redis, OpenSearch and the rest. */
  machineCpu: number;
  peakMemoryMiB: number;
  loadAverage: number;
}

const LOAD_SCRIPT = path.join(import.meta.dirname, 'load.ts');

export function measure(gatewayPid: number, spec: LoadSpec, subgraphPids: number[] = []): Promise<Measurement> {
  const subgraphCpuSeconds = () => subgraphPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_SCRIPT, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buffer = '';
    let cpuFrom = 0;
    let subgraphFrom = 0;
    let machineFrom = 0;
    let t0 = 0;
    let load = loadAverage();
    let cpu = NaN;
    // The whole run is bounded: warm-up, window, and a minute's grace for the last requests.
    const timer = setTimeout(() => child.kill('SIGKILL'), spec.warmupMs + spec.durationMs + 60_000);
    // Interrupted (Ctrl-C, SIGTERM: testenv's interrupt.ts), the load stops first.
    const release = onInterrupt(async () => void child.kill('SIGKILL'));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      if (!t0 && buffer.includes('LOAD_MEASURING')) {
        t0 = performance.now();
        cpuFrom = cpuSeconds(gatewayPid);
        subgraphFrom = subgraphCpuSeconds();
        machineFrom = machineCpuSeconds();
        load = loadAverage();
      }
      const match = /LOAD_RESULT (\{.*\})\n/.exec(buffer);
      if (match && Number.isNaN(cpu)) {
        const seconds = (performance.now() - t0) / 1000;
        cpu = (cpuSeconds(gatewayPid) - cpuFrom) / seconds;
        const subgraphCpu = subgraphPids.length ? (subgraphCpuSeconds() - subgraphFrom) / seconds : NaN;
        const machineCpu = (machineCpuSeconds() - machineFrom) / seconds;
        const result = JSON.parse(match[1]!) as LoadResult;
        resolve({ ...result, cpu: Number(cpu.toFixed(2)), subgraphCpu: Number(subgraphCpu.toFixed(2)), machineCpu: Number(machineCpu.toFixed(2)), peakMemoryMiB: peakMemoryMiB(gatewayPid), loadAverage: load });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      release();
      if (Number.isNaN(cpu)) reject(new Error(`load generator exited with ${code} without a result`));
    });
  });
}
