/**
 * The sum of a metric's series in Prometheus' text format (a process's /metrics) whose labels hold
 * every one of `labels` (each as written there: `kind="debit"`); an unlabelled metric is its one
 * series. 0 when none is there. What tests and benchmarks read of a process's counters and gauges.
 */
export function metricSum(text: string, name: string, ...labels: string[]): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] === ' ') {
      if (!labels.length) sum += Number(rest.slice(1));
    } else if (rest[0] === '{') {
      const end = rest.indexOf('} ');
      if (end > 0 && labels.every((l) => rest.slice(1, end).includes(l))) sum += Number(rest.slice(end + 2));
    }
  }
  return sum;
}
