package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.support.TestNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthChainId;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * End to end: a real in-process devnet node (RocksDB, block producer, HTTP server) answering web3j.
 */
class DevnetNodeOverHttpTest {
  @TempDir Path dir;

  @Test
  void aTransferSentOverHttpIsMinedAndItsReceiptReadBack() throws Exception {
    try (TestNode node = TestNode.devnet(dir)) {
      Web3j web3j = Web3j.build(new HttpService(node.httpUrl()));
      try {
        EthChainId chainId = web3j.ethChainId().send();
        assertThat(chainId.hasError()).as(String.valueOf(chainId.getError())).isFalse();
        assertThat(chainId.getChainId()).isEqualTo(BigInteger.valueOf(DevnetSpec.CHAIN_ID));

        Credentials member = Credentials.create(DevnetSpec.accounts().get(4).privateKeyHex());
        BigInteger nonce =
            web3j
                .ethGetTransactionCount(member.getAddress(), DefaultBlockParameterName.PENDING)
                .send()
                .getTransactionCount();
        RawTransaction raw =
            RawTransaction.createEtherTransaction(
                DevnetSpec.CHAIN_ID,
                nonce,
                BigInteger.valueOf(21_000),
                "0x00000000000000000000000000000000000000aa",
                BigInteger.valueOf(5),
                BigInteger.ZERO,
                BigInteger.ZERO);
        String signed =
            Numeric.toHexString(TransactionEncoder.signMessage(raw, DevnetSpec.CHAIN_ID, member));
        EthSendTransaction sent = web3j.ethSendRawTransaction(signed).send();
        assertThat(sent.hasError()).as(String.valueOf(sent.getError())).isFalse();

        TransactionReceipt receipt =
            await()
                .atMost(Duration.ofSeconds(20))
                .until(
                    () ->
                        web3j
                            .ethGetTransactionReceipt(sent.getTransactionHash())
                            .send()
                            .getTransactionReceipt(),
                    Optional::isPresent)
                .orElseThrow();
        assertThat(receipt.isStatusOK()).isTrue();
        EthBlock.Block block =
            web3j.ethGetBlockByHash(receipt.getBlockHash(), false).send().getBlock();
        assertThat(block.getTransactions()).hasSize(1);
        assertThat(block.getNumber()).isEqualTo(receipt.getBlockNumber());
        assertThat(
                web3j
                    .ethGetCode(
                        "0x0000000000000000000000000000000000001000",
                        DefaultBlockParameterName.LATEST)
                    .send()
                    .getCode())
            .isEqualTo(EthGetCode.CHAINCODE_MARKER);
      } finally {
        web3j.shutdown();
      }
    }
  }
}
