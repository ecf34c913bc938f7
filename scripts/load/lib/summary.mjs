// The figures of a run, and their text: what the generator prints and a test checks.

export function percentile(sortedMillis, p) {
  if (sortedMillis.length === 0) {
    return NaN;
  }
  const rank = Math.ceil((p / 100) * sortedMillis.length) - 1;
  return sortedMillis[Math.min(sortedMillis.length - 1, Math.max(0, rank))];
}

/**
 * sent/included/rejected/failed are counts; seconds runs from the first send to the last inclusion;
 * latencies are send->final in ms; nodeCpuSeconds is the node process's CPU time over the run (or
 * null when unknown); clientCpuSeconds this process's own.
 */
export function summarise(run) {
  const sorted = Float64Array.from(run.latencies).sort();
  return {
    ...run,
    txPerSecond: run.seconds > 0 ? run.included / run.seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    nodeCpuMsPerTx: run.nodeCpuSeconds == null || run.included === 0 ? null : (run.nodeCpuSeconds * 1000) / run.included,
  };
}

export function describe(s) {
  const lines = [
    `load: ${s.what}`,
    `  sent ${s.sent}, rejected ${s.rejected}, included ${s.included} (of which failed ${s.failed})`,
    `  ${Math.round(s.txPerSecond)} tx/s from first send to last inclusion (${s.seconds.toFixed(2)} s)`,
    `  send->final latency p50 ${Math.round(s.p50)} ms, p99 ${Math.round(s.p99)} ms`,
  ];
  if (s.nodeCpuMsPerTx != null) {
    lines.push(
      `  node CPU ${s.nodeCpuSeconds.toFixed(2)} s = ${(s.nodeCpuMsPerTx * 1000).toFixed(0)} us per transaction` +
        ` (${(s.nodeCpuSeconds / s.seconds).toFixed(2)} cores busy on average)`,
    );
  }
  lines.push(`  this client's CPU ${s.clientCpuSeconds.toFixed(2)} s; load average ${s.loadBefore} before, ${s.loadAfter} after`);
  if (s.errors.length > 0) {
    lines.push(`  first errors: ${s.errors.slice(0, 3).join(" | ")}`);
  }
  return lines.join("\n");
}
