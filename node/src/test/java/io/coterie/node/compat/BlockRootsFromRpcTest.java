package io.coterie.node.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.compat.web3j.Roles;
import io.coterie.node.support.TestNode;
import io.coterie.node.trie.MerklePatriciaTrie;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * An auditor's check: from nothing but JSON-RPC answers, rebuild a block's header (with QBFT's
 * hashing rule), transactions root and receipts root, using web3j's RLP, and compare with what the
 * node claims.
 */
class BlockRootsFromRpcTest {
  @TempDir Path dataDir;

  @Test
  void headerHashAndRootsRecomputeFromRpcAnswers() throws Exception {
    try (TestNode node = TestNode.devnet(dataDir)) {
      HttpService http = new HttpService(node.httpUrl());
      Web3j web3 = Web3j.build(http, 100, Executors.newScheduledThreadPool(1));
      try {
        Credentials admin = Credentials.create(DevnetSpec.accounts().get(0).privateKeyHex());
        Roles roles =
            Roles.load(
                "0x0000000000000000000000000000000000001000",
                web3,
                new RawTransactionManager(
                    web3,
                    admin,
                    DevnetSpec.CHAIN_ID,
                    new PollingTransactionReceiptProcessor(web3, 100, 200)),
                new StaticEIP1559GasProvider(
                    DevnetSpec.CHAIN_ID,
                    BigInteger.ZERO,
                    BigInteger.ZERO,
                    BigInteger.valueOf(300_000)));
        TransactionReceipt granted =
            roles
                .grantRole(
                    Hash.sha3("MEMBER_ROLE".getBytes(StandardCharsets.UTF_8)),
                    "0x0000000000000000000000000000000000000abc")
                .send();

        EthBlock.Block block =
            web3.ethGetBlockByNumber(DefaultBlockParameter.valueOf(granted.getBlockNumber()), true)
                .send()
                .getBlock();

        assertThat(Numeric.toHexString(Hash.sha3(headerForHash(block)))).isEqualTo(block.getHash());
        List<byte[]> rawTransactions = new ArrayList<>();
        List<byte[]> receipts = new ArrayList<>();
        for (EthBlock.TransactionResult<?> result : block.getTransactions()) {
          String hash = ((EthBlock.TransactionObject) result.get()).getHash();
          rawTransactions.add(
              Numeric.hexStringToByteArray(
                  new Request<>(
                          "eth_getRawTransactionByHash", List.of(hash), http, RawTransaction.class)
                      .send()
                      .getResult()));
          receipts.add(
              receiptForTrie(
                  web3.ethGetTransactionReceipt(hash)
                      .send()
                      .getTransactionReceipt()
                      .orElseThrow()));
        }
        assertThat(rawTransactions).isNotEmpty();
        assertThat(MerklePatriciaTrie.orderedRoot(rawTransactions).toHex())
            .isEqualTo(block.getTransactionsRoot());
        assertThat(MerklePatriciaTrie.orderedRoot(receipts).toHex())
            .isEqualTo(block.getReceiptsRoot());
      } finally {
        web3.shutdown();
      }
    }
  }

  /** web3j has no typed call for eth_getRawTransactionByHash; its generic request serves. */
  public static final class RawTransaction extends Response<String> {}

  /** The header's RLP with QBFT's extraData reduced to round 0 and no committed seals. */
  private static byte[] headerForHash(EthBlock.Block b) {
    RlpList extra =
        (RlpList)
            RlpDecoder.decode(Numeric.hexStringToByteArray(b.getExtraData())).getValues().get(0);
    List<RlpType> fields = extra.getValues();
    RlpList reduced =
        new RlpList(
            fields.get(0),
            fields.get(1),
            fields.get(2),
            RlpString.create(new byte[0]),
            new RlpList());
    return RlpEncoder.encode(
        new RlpList(
            hex(b.getParentHash()),
            hex(b.getSha3Uncles()),
            hex(b.getMiner()),
            hex(b.getStateRoot()),
            hex(b.getTransactionsRoot()),
            hex(b.getReceiptsRoot()),
            hex(b.getLogsBloom()),
            RlpString.create(b.getDifficulty()),
            RlpString.create(b.getNumber()),
            RlpString.create(b.getGasLimit()),
            RlpString.create(b.getGasUsed()),
            RlpString.create(b.getTimestamp()),
            RlpString.create(RlpEncoder.encode(reduced)),
            hex(b.getMixHash()),
            hex(b.getNonceRaw()),
            RlpString.create(b.getBaseFeePerGas())));
  }

  /** The consensus encoding of a receipt (EIP-2718 typed envelope) from its JSON fields. */
  private static byte[] receiptForTrie(TransactionReceipt r) {
    List<RlpType> logs = new ArrayList<>();
    for (Log log : r.getLogs()) {
      List<RlpType> topics = new ArrayList<>();
      log.getTopics().forEach(topic -> topics.add(hex(topic)));
      logs.add(new RlpList(hex(log.getAddress()), new RlpList(topics), hex(log.getData())));
    }
    byte[] body =
        RlpEncoder.encode(
            new RlpList(
                RlpString.create(Numeric.toBigInt(r.getStatus())),
                RlpString.create(r.getCumulativeGasUsed()),
                hex(r.getLogsBloom()),
                new RlpList(logs)));
    int type = Numeric.toBigInt(r.getType()).intValueExact();
    if (type == 0) {
      return body;
    }
    ByteArrayOutputStream typed = new ByteArrayOutputStream();
    typed.write(type);
    typed.writeBytes(body);
    return typed.toByteArray();
  }

  private static RlpString hex(String value) {
    return RlpString.create(Numeric.hexStringToByteArray(value));
  }
}
