package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Polls the head and records when each watched transaction first appears in a block. */
final class InclusionWatcher implements Runnable {
  private final RpcClient rpc;
  private final Map<String, Long> includedAtNanos = new ConcurrentHashMap<>();
  private volatile boolean running = true;
  private volatile String failure;
  private long nextBlock;

  InclusionWatcher(RpcClient rpc, long fromBlock) {
    this.rpc = rpc;
    this.nextBlock = fromBlock;
  }

  @Override
  public void run() {
    while (running) {
      try {
        long head = Long.decode(rpc.call("eth_blockNumber").asText());
        while (nextBlock <= head) {
          JsonNode block =
              rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(nextBlock), false);
          long seenAt = System.nanoTime();
          for (JsonNode hash : block.get("transactions")) {
            includedAtNanos.putIfAbsent(hash.asText(), seenAt);
          }
          nextBlock++;
        }
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        failure = e.toString();
        running = false;
      }
    }
  }

  Map<String, Long> includedAtNanos() {
    return includedAtNanos;
  }

  String failure() {
    return failure;
  }

  void stop() {
    running = false;
  }
}
