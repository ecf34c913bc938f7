// CPU time of the node's process, from /proc (Linux) or from its Prometheus /metrics.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of the process, in seconds (fields 14 and 15 of /proc/PID/stat). */
export function procCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

export async function metricsCpuSeconds(url) {
  const text = await (await fetch(url)).text();
  const line = text.split("\n").find((l) => l.startsWith("process_cpu_seconds_total"));
  if (!line) {
    throw new Error(`${url} has no process_cpu_seconds_total; start the node with --metrics-enabled`);
  }
  return Number(line.trim().split(/\s+/).pop());
}

/** A reader of the node's CPU seconds for the options given, or null when neither was. */
export function nodeCpuReader(options) {
  if (options.nodePid > 0) {
    return async () => procCpuSeconds(options.nodePid);
  }
  if (options.metrics) {
    return () => metricsCpuSeconds(options.metrics);
  }
  return null;
}

export function loadAverage() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "unknown";
  }
}
