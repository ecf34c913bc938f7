package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts included transactions whose receipt says they failed: an included chaincode call may still
 * revert, and a throughput figure must not count those as work done.
 */
final class ReceiptCheck {
  private ReceiptCheck() {}

  static int countFailed(RpcClient rpc, String[] hashes, Map<String, Long> included, int batch)
      throws IOException, InterruptedException {
    int failed = 0;
    List<ObjectNode> requests = new ArrayList<>();
    for (String hash : hashes) {
      if (included.containsKey(hash)) {
        requests.add(rpc.request("eth_getTransactionReceipt", hash));
      }
      if (requests.size() == batch) {
        failed += failedIn(rpc.batch(requests));
        requests.clear();
      }
    }
    if (!requests.isEmpty()) {
      failed += failedIn(rpc.batch(requests));
    }
    return failed;
  }

  private static int failedIn(JsonNode responses) {
    int failed = 0;
    for (JsonNode response : responses) {
      JsonNode receipt = response.path("result");
      if (!receipt.isObject() || !"0x1".equals(receipt.path("status").asText())) {
        failed++;
      }
    }
    return failed;
  }
}
