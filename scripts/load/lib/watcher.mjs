// Follows the chain block by block and records when each transaction hash was first seen in an
// imported block. A QBFT block is final when imported, so that moment is "final" for the client.
import { call } from "./rpc.mjs";

export class InclusionWatcher {
  constructor(url, fromBlock, onIncluded) {
    this.url = url;
    this.next = fromBlock;
    this.onIncluded = onIncluded;
    this.running = true;
    this.failure = null;
  }

  async run() {
    while (this.running) {
      try {
        const block = await call(this.url, "eth_getBlockByNumber", ["0x" + this.next.toString(16), false]);
        if (block === null) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        const at = performance.now();
        this.next++;
        this.onIncluded(block.transactions, at);
      } catch (e) {
        this.failure = e;
        return;
      }
    }
  }

  stop() {
    this.running = false;
  }
}
