// Command-line options of the external load generator. Pure: parse() throws with a message that
// says what to pass instead, so a typo never starts a half-configured run.

export const USAGE = `usage: node load.mjs [options]
  --rpc URL            node's HTTP JSON-RPC (http://127.0.0.1:8545)
  --workload W         transfers (zero-value native transfers) or points (zero-value CPT transfer()s) (transfers)
  --senders N          fresh accounts, admitted by the admin with MEMBER_ROLE before the run (200)
  --per-sender N       transactions each sender sends (150); ignored with --sustain
  --batch B            transactions per HTTP JSON-RPC batch (500)
  --window W           a sender's transactions sent but not yet included, at most (64)
  --connections C      HTTP batches in flight at once (8)
  --sustain S --rate R send R tx/s for S seconds (paced), then report p99 send->final over the run
  --node-pid PID       read the node's CPU time from /proc/PID/stat before and after
  --metrics URL        or from process_cpu_seconds_total at this /metrics URL
  --admin-key HEX      the admin that grants MEMBER_ROLE (dev mnemonic account #0)
  --timeout S          give up waiting for inclusions after S seconds (180)`;

const DEFAULTS = {
  rpc: "http://127.0.0.1:8545",
  workload: "transfers",
  senders: 200,
  perSender: 150,
  batch: 500,
  window: 64,
  connections: 8,
  sustain: 0,
  rate: 0,
  nodePid: 0,
  metrics: "",
  adminKey: "",
  timeout: 180,
};

const NUMERIC = new Set(["senders", "perSender", "batch", "window", "connections", "sustain", "rate", "nodePid", "timeout"]);

function camel(flag) {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

export function parse(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const key = camel(argv[i]);
    if (!argv[i].startsWith("--") || !(key in DEFAULTS)) {
      throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    }
    const value = argv[i + 1];
    if (value === undefined) {
      throw new Error(`${argv[i]} needs a value\n${USAGE}`);
    }
    if (NUMERIC.has(key)) {
      if (!/^\d+$/.test(value)) {
        throw new Error(`${argv[i]} takes a whole number, got "${value}"`);
      }
      options[key] = Number(value);
    } else {
      options[key] = value;
    }
  }
  if (options.workload !== "transfers" && options.workload !== "points") {
    throw new Error(`--workload is transfers or points, got "${options.workload}"`);
  }
  for (const key of ["senders", "batch", "window", "connections"]) {
    if (options[key] < 1) {
      throw new Error(`--${key} must be at least 1`);
    }
  }
  if ((options.sustain > 0) !== (options.rate > 0)) {
    throw new Error("--sustain S and --rate R go together: send R tx/s for S seconds");
  }
  if (options.sustain === 0 && options.perSender < 1) {
    throw new Error("--per-sender must be at least 1");
  }
  return options;
}

/** How many transactions sender i of n sends in this run. */
export function countFor(options, i) {
  if (options.sustain === 0) {
    return options.perSender;
  }
  const total = options.sustain * options.rate;
  return Math.floor(total / options.senders) + (i < total % options.senders ? 1 : 0);
}
