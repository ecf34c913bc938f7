// Behaviour of the generator's argument parsing and summary (no node needed): node --test test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse, countFor } from "../lib/options.mjs";
import { summarise, describe, percentile } from "../lib/summary.mjs";

test("defaults reproduce the outside measurement", () => {
  const o = parse([]);
  assert.equal(o.senders, 200);
  assert.equal(o.batch, 500);
  assert.equal(o.window, 64);
  assert.equal(o.workload, "transfers");
  assert.equal(countFor(o, 0), 150);
});

test("a sustained run splits rate x seconds over the senders, nothing lost", () => {
  const o = parse(["--sustain", "60", "--rate", "5000", "--senders", "7"]);
  const counts = Array.from({ length: 7 }, (_, i) => countFor(o, i));
  assert.equal(counts.reduce((a, b) => a + b, 0), 300_000);
  assert.ok(Math.max(...counts) - Math.min(...counts) <= 1);
});

test("bad options say what to pass", () => {
  assert.throws(() => parse(["--workload", "nft"]), /transfers or points/);
  assert.throws(() => parse(["--senders", "ten"]), /whole number/);
  assert.throws(() => parse(["--sustain", "60"]), /go together/);
  assert.throws(() => parse(["--bogus", "1"]), /unknown option --bogus/);
  assert.throws(() => parse(["--batch"]), /needs a value/);
});

test("the summary counts from first send to last inclusion and per transaction of node CPU", () => {
  const s = summarise({
    what: "x", sent: 4, rejected: 0, included: 4, failed: 0, seconds: 2,
    latencies: [400, 100, 300, 200], nodeCpuSeconds: 0.002, clientCpuSeconds: 0.1,
    loadBefore: "1 1 1", loadAfter: "2 2 2", errors: [],
  });
  assert.equal(s.txPerSecond, 2);
  assert.equal(s.p50, 200);
  assert.equal(s.p99, 400);
  assert.equal(s.nodeCpuMsPerTx, 0.5);
  assert.match(describe(s), /2 tx\/s from first send to last inclusion/);
  assert.match(describe(s), /500 us per transaction/);
  assert.ok(Number.isNaN(percentile([], 50)));
});
