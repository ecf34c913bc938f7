package io.coterie.node.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * A fresh devnet node per test and a web3j client on it, for the chaincode's web3j tests; {@link
 * #ok} checks that a transaction succeeded, printing its receipt when not.
 */
abstract class DevnetWeb3jTest {
  @TempDir Path dataDir;
  TestNode node;
  Web3jClient client;

  @BeforeEach
  void startDevnet() {
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
  }

  @AfterEach
  void stopDevnet() {
    client.close();
    node.close();
  }

  static void ok(TransactionReceipt receipt) {
    assertThat(receipt.isStatusOK()).as("%s", receipt).isTrue();
  }
}
