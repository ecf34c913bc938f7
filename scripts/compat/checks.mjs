// What every client-compatibility check prints: one line per check ("ok - …" or "not ok - …: why")
// and a closing "N passed, N failed" line; finish() exits non-zero on any failure.
let passed = 0;
let failed = 0;

export async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
