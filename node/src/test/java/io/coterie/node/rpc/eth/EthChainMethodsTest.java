package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.trie.Proof;
import io.coterie.node.trie.ProofResult;
import io.coterie.node.trie.ProofVerifier;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain-side eth methods against a real devnet chain with real blocks and receipts. */
class EthChainMethodsTest {
  @TempDir Path dir;
  ChainFixture fx;
  RpcCall rpc;
  final Address stranger = Address.fromHex("0x00000000000000000000000000000000000000aa");

  @BeforeEach
  void start() {
    fx = new ChainFixture(dir);
    rpc = fx.rpc;
  }

  @Test
  void chainIdBlockNumberSyncingAccountsAndFeesDescribeAFreeDevnet() {
    fx.chain.mine();
    assertThat(rpc.result("eth_chainId").textValue()).isEqualTo("0x539");
    assertThat(rpc.result("eth_blockNumber").textValue()).isEqualTo("0x1");
    assertThat(rpc.result("eth_syncing").booleanValue()).isFalse();
    assertThat(rpc.result("eth_accounts")).isEmpty();
    assertThat(rpc.result("eth_gasPrice").textValue()).isEqualTo("0x0");
    assertThat(rpc.result("eth_maxPriorityFeePerGas").textValue()).isEqualTo("0x0");
    assertThat(rpc.error("eth_chainId", "extra").get("code").intValue()).isEqualTo(-32602);
  }

  @Test
  void balanceAndNonceFollowATransferAtEachBlock() {
    Address from = ChainFixture.address(4);
    BigInteger before =
        new BigInteger(rpc.result("eth_getBalance", from.toHex()).textValue().substring(2), 16);
    fx.chain.mine(ChainFixture.transfer(4, 0, stranger, 1_000));

    assertThat(rpc.result("eth_getBalance", stranger.toHex(), "latest").textValue())
        .isEqualTo("0x3e8");
    assertThat(rpc.result("eth_getBalance", stranger.toHex(), "0x0").textValue()).isEqualTo("0x0");
    assertThat(rpc.result("eth_getBalance", from.toHex(), "earliest").textValue())
        .isEqualTo("0x" + before.toString(16));
    JsonNode beyond = rpc.error("eth_getBalance", from.toHex(), "0x9");
    assertThat(beyond.get("code").intValue()).isEqualTo(-32000);
    assertThat(beyond.get("message").textValue())
        .startsWith("header not found")
        .contains("block 1");
  }

  @Test
  void codeShowsAMarkerOnlyAtChaincodeAddresses() {
    assertThat(rpc.result("eth_getCode", ChainFixture.ROLES.toHex(), "latest").textValue())
        .isEqualTo(EthGetCode.CHAINCODE_MARKER);
    assertThat(rpc.result("eth_getCode", stranger.toHex()).textValue()).isEqualTo("0x");
    assertThat(rpc.error("eth_getCode", "0x1234").get("message").textValue())
        .contains("invalid param 0 (address)");
  }

  @Test
  void storageAndProofOfTheRolesPrecompileVerifyAgainstTheStateRoot() {
    Block block = fx.chain.mine(ChainFixture.grantShop(0, stranger));
    JsonNode proof =
        rpc.result("eth_getProof", ChainFixture.ROLES.toHex(), List.of("0x0", "0x01"), "latest");

    assertThat(proof.get("address").textValue()).isEqualTo(ChainFixture.ROLES.toHex());
    assertThat(proof.get("storageProof")).hasSize(2);
    assertThat(proof.at("/storageProof/0/key").textValue()).isEqualTo("0x0");
    assertThat(proof.at("/storageProof/1/key").textValue()).isEqualTo("0x1");
    List<Bytes> nodes = new ArrayList<>();
    proof.get("accountProof").forEach(n -> nodes.add(Bytes.fromHex(n.textValue())));
    ProofResult account =
        ProofVerifier.verifySecure(
            block.header().stateRoot(), ChainFixture.ROLES.toArray(), new Proof(nodes));
    assertThat(account).isInstanceOf(ProofResult.Present.class);
    assertThat(proof.get("storageHash").textValue()).isNotEqualTo(Hash.EMPTY_TRIE.toHex());

    String word =
        rpc.result("eth_getStorageAt", ChainFixture.ROLES.toHex(), "0x0", "latest").textValue();
    assertThat(word).hasSize(66);
    assertThat(
            rpc.result("eth_getStorageAt", ChainFixture.ROLES.toHex(), "0x" + "0".repeat(64))
                .textValue())
        .isEqualTo(word);
    assertThat(rpc.error("eth_getStorageAt", stranger.toHex(), "0xzz").get("code").intValue())
        .isEqualTo(-32602);
  }

  @Test
  void callReturnsDataAndRevertsWithCodeThreeAndTheDecodedReason() {
    String hasRole =
        "0x91d14854"
            + ChainFixture.MEMBER_ROLE.substring(2)
            + ChainFixture.word(ChainFixture.address(4));
    JsonNode result =
        rpc.result(
            "eth_call", Map.of("to", ChainFixture.ROLES.toHex(), "input", hasRole), "latest");
    assertThat(result.textValue()).isEqualTo("0x" + "0".repeat(63) + "1");

    String outOfBounds =
        "0x9010d07c" + ChainFixture.MEMBER_ROLE.substring(2) + "0".repeat(60) + "ffff";
    JsonNode revert =
        rpc.error("eth_call", Map.of("to", ChainFixture.ROLES.toHex(), "data", outOfBounds));
    assertThat(revert.get("code").intValue()).isEqualTo(3);
    assertThat(revert.get("message").textValue())
        .isEqualTo("execution reverted: out-of-bounds access of an array or bytesN");
    assertThat(revert.get("data").textValue()).startsWith("0x4e487b71");

    JsonNode both =
        rpc.error(
            "eth_call", Map.of("to", ChainFixture.ROLES.toHex(), "data", "0x01", "input", "0x02"));
    assertThat(both.get("code").intValue()).isEqualTo(-32602);
    assertThat(both.get("message").textValue()).contains("both \"data\" and \"input\" are set");
  }

  @Test
  void estimateGasCoversATransferAndReportsRevertsLikeCall() {
    Map<String, String> transfer =
        Map.of("from", ChainFixture.address(4).toHex(), "to", stranger.toHex(), "value", "0x1");
    assertThat(rpc.result("eth_estimateGas", transfer).textValue()).isEqualTo("0x5208");
    String outOfBounds =
        "0x9010d07c" + ChainFixture.MEMBER_ROLE.substring(2) + "0".repeat(60) + "ffff";
    assertThat(
            rpc.error(
                    "eth_estimateGas",
                    Map.of("to", ChainFixture.ROLES.toHex(), "input", outOfBounds))
                .get("code")
                .intValue())
        .isEqualTo(3);
    JsonNode creation =
        rpc.error(
            "eth_estimateGas", Map.of("from", ChainFixture.address(4).toHex(), "input", "0x00"));
    assertThat(creation.get("code").intValue()).isEqualTo(-32000);
  }

  @Test
  void blocksByNumberAndHashCarryTheChainHashRlpSizeAndTransactions() {
    Transaction tx = ChainFixture.transfer(4, 0, stranger, 5);
    Block block = fx.chain.mine(tx);
    Hash hash = fx.chain.chain.hash(block.header());

    JsonNode byNumber = rpc.result("eth_getBlockByNumber", "0x1", false);
    assertThat(byNumber.get("hash").textValue()).isEqualTo(hash.toHex());
    assertThat(byNumber.get("size").textValue())
        .isEqualTo("0x" + Integer.toHexString(BlockCodec.encode(block).length));
    assertThat(byNumber.get("transactions")).hasSize(1);
    assertThat(byNumber.at("/transactions/0").textValue()).isEqualTo(tx.hash().toHex());
    assertThat(byNumber.get("uncles")).isEmpty();
    assertThat(byNumber.has("withdrawals")).isFalse();
    assertThat(byNumber.get("miner").textValue()).isEqualTo(fx.chain.validator().toHex());

    JsonNode byHash = rpc.result("eth_getBlockByHash", hash.toHex(), true);
    assertThat(byHash.at("/transactions/0/hash").textValue()).isEqualTo(tx.hash().toHex());
    assertThat(byHash.at("/transactions/0/blockHash").textValue()).isEqualTo(hash.toHex());
    assertThat(rpc.result("eth_getBlockByNumber", "latest", false)).isEqualTo(byNumber);
    assertThat(rpc.result("eth_getBlockByNumber", "0x5", false).isNull()).isTrue();
    assertThat(rpc.result("eth_getBlockByHash", Hash.ZERO.toHex(), false).isNull()).isTrue();
    assertThat(rpc.result("eth_getBlockTransactionCountByNumber", "0x1").textValue())
        .isEqualTo("0x1");
    assertThat(rpc.result("eth_getBlockTransactionCountByHash", hash.toHex()).textValue())
        .isEqualTo("0x1");
    assertThat(rpc.result("eth_getBlockTransactionCountByNumber", "0x0").textValue())
        .isEqualTo("0x0");
    assertThat(rpc.error("eth_getBlockByNumber", hash.toHex(), false).get("code").intValue())
        .isEqualTo(-32602);
  }

  @Test
  void transactionsAndReceiptsByPositionAndHash() {
    Transaction transfer = ChainFixture.transfer(4, 0, stranger, 5);
    Transaction grant = ChainFixture.grantShop(0, stranger);
    Block block = fx.chain.mine(transfer, grant);
    Hash hash = fx.chain.chain.hash(block.header());

    JsonNode byIndex = rpc.result("eth_getTransactionByBlockNumberAndIndex", "0x1", "0x1");
    assertThat(byIndex.get("hash").textValue()).isEqualTo(grant.hash().toHex());
    assertThat(
            rpc.result("eth_getTransactionByBlockHashAndIndex", hash.toHex(), "0x0")
                .get("hash")
                .textValue())
        .isEqualTo(transfer.hash().toHex());
    assertThat(rpc.result("eth_getTransactionByBlockHashAndIndex", hash.toHex(), "0x2").isNull())
        .isTrue();

    JsonNode receipt = rpc.result("eth_getTransactionReceipt", grant.hash().toHex());
    assertThat(receipt.get("status").textValue()).isEqualTo("0x1");
    assertThat(receipt.get("transactionIndex").textValue()).isEqualTo("0x1");
    assertThat(receipt.get("from").textValue()).isEqualTo(ChainFixture.address(0).toHex());
    assertThat(receipt.get("to").textValue()).isEqualTo(ChainFixture.ROLES.toHex());
    assertThat(receipt.get("contractAddress").isNull()).isTrue();
    assertThat(receipt.get("type").textValue()).isEqualTo("0x0");
    assertThat(receipt.get("logs")).isNotEmpty();
    assertThat(receipt.at("/logs/0/logIndex").textValue()).isEqualTo("0x0");
    assertThat(receipt.at("/logs/0/transactionIndex").textValue()).isEqualTo("0x1");
    assertThat(receipt.at("/logs/0/blockHash").textValue()).isEqualTo(hash.toHex());
    long cumulative = Long.decode(receipt.get("cumulativeGasUsed").textValue());
    long used = Long.decode(receipt.get("gasUsed").textValue());
    assertThat(cumulative - used).isEqualTo(21_000);

    JsonNode all = rpc.result("eth_getBlockReceipts", "latest");
    assertThat(all).hasSize(2);
    assertThat(all.get(1)).isEqualTo(receipt);
    assertThat(rpc.result("eth_getBlockReceipts", hash.toHex())).isEqualTo(all);
    assertThat(rpc.result("eth_getTransactionReceipt", Hash.ZERO.toHex()).isNull()).isTrue();
  }

  @Test
  void validatorsComeFromTheHeaderExtraData() {
    fx.chain.mine();
    JsonNode validators = rpc.result("qbft_getValidatorsByBlockNumber", "latest");
    assertThat(validators).hasSize(1);
    assertThat(validators.get(0).textValue()).isEqualTo(fx.chain.validator().toHex());
  }

  @Test
  void feeHistoryGivesBaseFeesForEachBlockAndTheNextWithTipPercentiles() {
    fx.chain.mine(ChainFixture.transfer(4, 0, stranger, 1));
    fx.chain.mine();
    JsonNode history = rpc.result("eth_feeHistory", "0x2", "latest", List.of(25, 75));
    assertThat(history.get("oldestBlock").textValue()).isEqualTo("0x1");
    assertThat(history.get("baseFeePerGas")).hasSize(3);
    assertThat(history.get("gasUsedRatio")).hasSize(2);
    assertThat(history.at("/gasUsedRatio/0").doubleValue()).isPositive();
    assertThat(history.get("reward")).hasSize(2);
    assertThat(history.at("/reward/0")).hasSize(2);
    JsonNode clamped = rpc.result("eth_feeHistory", 10, "0x1");
    assertThat(clamped.get("oldestBlock").textValue()).isEqualTo("0x0");
    assertThat(clamped.has("reward")).isFalse();
    assertThat(rpc.error("eth_feeHistory", "0x1", "latest", List.of(75, 25)).get("code").intValue())
        .isEqualTo(-32602);
  }
}
