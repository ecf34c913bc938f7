// Signs one share of the run's transactions, off the main thread: ethers' secp256k1 is pure
// JavaScript (about 1 ms a transaction), so signing uses every core before the clock starts.
import { parentPort, workerData } from "node:worker_threads";
import { ethers } from "ethers";

const CPT = "0x0000000000000000000000000000000000002000";
const erc20 = new ethers.Interface(["function transfer(address to, uint256 amount) returns (bool)"]);

const { chainId, workload, jobs } = workerData;
const out = [];
for (const { key, count, to } of jobs) {
  const signer = new ethers.SigningKey(key);
  const raws = new Array(count);
  const hashes = new Array(count);
  for (let nonce = 0; nonce < count; nonce++) {
    const tx = ethers.Transaction.from({
      type: 2,
      chainId,
      nonce,
      maxFeePerGas: 0,
      maxPriorityFeePerGas: 0,
      ...(workload === "points"
        ? { to: CPT, value: 0, gasLimit: 200_000, data: erc20.encodeFunctionData("transfer", [to, 0]) }
        : { to, value: 0, gasLimit: 21_000, data: "0x" }),
    });
    tx.signature = signer.sign(tx.unsignedHash);
    raws[nonce] = tx.serialized;
    hashes[nonce] = tx.hash;
  }
  out.push({ raws, hashes });
}
parentPort.postMessage(out);
