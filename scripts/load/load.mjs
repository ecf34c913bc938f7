// External load generator: what a client we did not write measures. N fresh accounts are admitted
// by the admin (MEMBER_ROLE, which the chain requires of senders), then each sends pre-signed
// zero-value transfers (native, or CPT transfer()s) over HTTP JSON-RPC batches, with at most
// --window of its transactions sent but not yet final. No warm-up: the node is measured as found.
// Prints tx/s from the first send to the last inclusion, p50/p99 send->final, and the node's CPU
// time per transaction. `node load.mjs --help` lists the options.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { ethers } from "ethers";
import { parse, countFor, USAGE } from "./lib/options.mjs";
import { call, post, rawTransactionBatch } from "./lib/rpc.mjs";
import { InclusionWatcher } from "./lib/watcher.mjs";
import { summarise, describe } from "./lib/summary.mjs";
import { nodeCpuReader, loadAverage } from "./lib/cpu.mjs";

const DEV_MNEMONIC = "test test test test test test test test test test test junk";
const ROLES = "0x0000000000000000000000000000000000001000";
const roles = new ethers.Interface(["function grantRole(bytes32 role, address account)"]);

async function admit(options, chainId, addresses) {
  const admin = options.adminKey ? new ethers.Wallet(options.adminKey) : ethers.HDNodeWallet.fromPhrase(DEV_MNEMONIC);
  let nonce = Number(await call(options.rpc, "eth_getTransactionCount", [admin.address, "pending"]));
  const member = ethers.id("MEMBER_ROLE");
  const raws = [];
  for (const address of addresses) {
    raws.push(
      await admin.signTransaction({
        type: 2, chainId, nonce: nonce++, to: ROLES, value: 0, gasLimit: 200_000,
        maxFeePerGas: 0, maxPriorityFeePerGas: 0, data: roles.encodeFunctionData("grantRole", [member, address]),
      }),
    );
  }
  const hashes = [];
  for (let i = 0; i < raws.length; i += options.batch) {
    for (const answer of await post(options.rpc, rawTransactionBatch(raws.slice(i, i + options.batch)))) {
      if (answer.error) {
        throw new Error(`the admin ${admin.address} could not grant MEMBER_ROLE: ${JSON.stringify(answer.error)}`);
      }
      hashes.push(answer.result);
    }
  }
  const deadline = Date.now() + options.timeout * 1000;
  for (const hash of hashes) {
    let receipt;
    while (!(receipt = await call(options.rpc, "eth_getTransactionReceipt", [hash]))) {
      if (Date.now() > deadline) throw new Error(`grantRole ${hash} not included within ${options.timeout} s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    if (receipt.status !== "0x1") throw new Error(`grantRole ${hash} failed; is ${admin.address} an admin of MEMBER_ROLE?`);
  }
}

/** Pre-signs every sender's transactions on worker threads; sender i sends to sender i+1. */
async function presign(options, chainId, keys, addresses) {
  const jobs = keys.map((key, i) => ({ key, count: countFor(options, i), to: addresses[(i + 1) % addresses.length] }));
  const workers = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const shares = Array.from({ length: workers }, (_, w) => jobs.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL("./lib/sign-worker.mjs", import.meta.url), {
            workerData: { chainId, workload: options.workload, jobs: share },
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return jobs.map((_, i) => results[i % workers][Math.floor(i / workers)]);
}

async function measure(options, signed) {
  const senders = signed.map(({ raws, hashes }) => ({ raws, hashes, next: 0, inFlight: 0, sentAt: new Float64Array(raws.length) }));
  const owner = new Map();
  senders.forEach((s, i) => s.hashes.forEach((h, n) => owner.set(h, [i, n])));
  const total = senders.reduce((sum, s) => sum + s.raws.length, 0);
  const latencies = [];
  const errors = [];
  let sent = 0, rejected = 0, included = 0, lastInclusion = 0, httpInFlight = 0, cursor = 0;
  let wake = null;
  const poke = () => { if (wake) { const w = wake; wake = null; w(); } };

  const fromBlock = Number(await call(options.rpc, "eth_blockNumber")) + 1;
  const watcher = new InclusionWatcher(options.rpc, fromBlock, (hashes, at) => {
    for (const hash of hashes) {
      const o = owner.get(hash);
      if (!o) continue;
      const s = senders[o[0]];
      s.inFlight--;
      latencies.push(at - s.sentAt[o[1]]);
      included++;
      lastInclusion = at;
    }
    poke();
  });
  const watching = watcher.run();
  const readCpu = nodeCpuReader(options);
  const cpuBefore = readCpu ? await readCpu() : null;
  const clientBefore = process.cpuUsage();
  const loadBefore = loadAverage();

  const start = performance.now();
  const allowed = () => (options.sustain > 0 ? Math.min(total, Math.floor(((performance.now() - start) / 1000) * options.rate)) : total);
  // Takes up to --batch transactions, round-robin over the senders whose window has room.
  const takeBatch = () => {
    const raws = [];
    const budget = Math.min(options.batch, allowed() - sent);
    for (let scanned = 0; scanned < senders.length && raws.length < budget; ) {
      const s = senders[cursor];
      if (s.next < s.raws.length && s.inFlight < options.window) {
        s.sentAt[s.next] = performance.now();
        raws.push(s.raws[s.next++]);
        s.inFlight++;
        scanned = 0;
      } else {
        scanned++;
      }
      cursor = (cursor + 1) % senders.length;
    }
    sent += raws.length;
    return raws;
  };
  const send = async (raws) => {
    httpInFlight++;
    try {
      for (const answer of await post(options.rpc, rawTransactionBatch(raws))) {
        if (answer.error) {
          rejected++;
          if (errors.length < 3) errors.push(JSON.stringify(answer.error));
        }
      }
    } catch (e) {
      rejected += raws.length;
      if (errors.length < 3) errors.push(String(e));
    } finally {
      httpInFlight--;
      poke();
    }
  };

  const deadline = start + (options.sustain + options.timeout) * 1000;
  while (included + rejected < total && performance.now() < deadline && !watcher.failure) {
    while (httpInFlight < options.connections) {
      const raws = takeBatch();
      if (raws.length === 0) break;
      send(raws);
    }
    await new Promise((resolve) => { wake = resolve; setTimeout(resolve, options.sustain > 0 ? 5 : 50); });
  }
  const cpuAfter = readCpu ? await readCpu() : null;
  const client = process.cpuUsage(clientBefore);
  watcher.stop();
  await watching;
  if (watcher.failure) errors.push(`watcher: ${watcher.failure}`);
  const failed = await countFailed(options, fromBlock, watcher.next, owner);
  return summarise({
    what: `${total} ${options.workload === "points" ? "zero-value CPT transfer()s" : "zero-value native transfers"} from ${senders.length} fresh senders` +
      ` (batches of ${options.batch}, window ${options.window} per sender, ${options.connections} batches in flight, ` +
      `${options.sustain > 0 ? `offered ${options.rate} tx/s for ${options.sustain} s` : "as fast as accepted"}, no warm-up) to ${options.rpc}`,
    sent, rejected, included, failed,
    seconds: ((lastInclusion || performance.now()) - start) / 1000,
    latencies,
    nodeCpuSeconds: cpuBefore == null ? null : cpuAfter - cpuBefore,
    clientCpuSeconds: (client.user + client.system) / 1e6,
    loadBefore, loadAfter: loadAverage(),
    errors,
  });
}

/**
 * Included transactions of ours whose receipt says they failed. Receipts are fetched by hash in
 * batches rather than with eth_getBlockReceipts, whose answer for a block of 20,000 transactions
 * passes the node's response size limit.
 */
async function countFailed(options, fromBlock, toBlock, owner) {
  let failed = 0;
  for (let n = fromBlock; n < toBlock; n++) {
    const block = await call(options.rpc, "eth_getBlockByNumber", ["0x" + n.toString(16), false]);
    const ours = (block?.transactions ?? []).filter((hash) => owner.has(hash));
    for (let i = 0; i < ours.length; i += options.batch) {
      const batch = ours.slice(i, i + options.batch).map((hash, j) => ({ jsonrpc: "2.0", id: j, method: "eth_getTransactionReceipt", params: [hash] }));
      for (const answer of await post(options.rpc, batch)) {
        if (answer.error) throw new Error(`eth_getTransactionReceipt: ${JSON.stringify(answer.error)}`);
        if (answer.result?.status !== "0x1") failed++;
      }
    }
  }
  return failed;
}

async function main() {
  if (process.argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const options = parse(process.argv.slice(2));
  const chainId = Number(await call(options.rpc, "eth_chainId"));
  const keys = Array.from({ length: options.senders }, () => ethers.hexlify(ethers.randomBytes(32)));
  const addresses = keys.map((k) => ethers.computeAddress(k));
  let t = performance.now();
  await admit(options, chainId, addresses);
  console.error(`admitted ${addresses.length} fresh senders (MEMBER_ROLE) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const signed = await presign(options, chainId, keys, addresses);
  console.error(`pre-signed ${signed.reduce((n, s) => n + s.raws.length, 0)} transactions in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const summary = await measure(options, signed);
  console.log(describe(summary));
  return summary.included === summary.sent && summary.rejected === 0 && summary.failed === 0 && summary.sent > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`ERROR: ${e.message}`);
    process.exit(2);
  },
);
