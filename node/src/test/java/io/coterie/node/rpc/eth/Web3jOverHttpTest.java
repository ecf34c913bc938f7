package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.rpc.server.RpcServer;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * web3j, over real HTTP, against the eth methods on a real chain and pool: it must parse every
 * shape we send (blocks, transactions, receipts, logs, filters, fee history, errors).
 */
class Web3jOverHttpTest {
  @TempDir Path dir;
  ChainFixture fx;
  RpcServer server;
  Web3j web3j;
  final Credentials member = Credentials.create(DevnetSpec.accounts().get(4).privateKeyHex());
  final String stranger = "0x00000000000000000000000000000000000000aa";

  @BeforeEach
  void start() {
    fx = new ChainFixture(dir);
    server =
        RpcServer.start(
            RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(false, "127.0.0.1", 0),
            fx.registry,
            fx.hub);
    web3j = Web3j.build(new HttpService("http://127.0.0.1:" + server.httpPort()));
  }

  @AfterEach
  void stop() {
    web3j.shutdown();
    server.close();
  }

  private String signedTransfer(long nonce, long wei) {
    RawTransaction raw =
        RawTransaction.createEtherTransaction(
            DevnetSpec.CHAIN_ID,
            BigInteger.valueOf(nonce),
            BigInteger.valueOf(21_000),
            stranger,
            BigInteger.valueOf(wei),
            BigInteger.ZERO,
            BigInteger.ZERO);
    return Numeric.toHexString(TransactionEncoder.signMessage(raw, DevnetSpec.CHAIN_ID, member));
  }

  @Test
  void aTransferGoesFromSignedBytesToAReceiptWeb3jReads() throws Exception {
    assertThat(web3j.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(1337));
    BigInteger nonce =
        web3j
            .ethGetTransactionCount(member.getAddress(), DefaultBlockParameterName.PENDING)
            .send()
            .getTransactionCount();
    EthSendTransaction sent =
        web3j.ethSendRawTransaction(signedTransfer(nonce.longValue(), 9)).send();
    assertThat(sent.hasError()).as(String.valueOf(sent.getError())).isFalse();
    assertThat(web3j.ethGetTransactionByHash(sent.getTransactionHash()).send().getTransaction())
        .hasValueSatisfying(tx -> assertThat(tx.getBlockHash()).isNull());

    fx.chain.mineFromPool();

    TransactionReceipt receipt =
        web3j
            .ethGetTransactionReceipt(sent.getTransactionHash())
            .send()
            .getTransactionReceipt()
            .orElseThrow();
    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getGasUsed()).isEqualTo(BigInteger.valueOf(21_000));
    assertThat(receipt.getFrom()).isEqualTo(member.getAddress());
    assertThat(receipt.getType()).isEqualTo("0x2");
    assertThat(receipt.getEffectiveGasPrice()).isEqualTo("0x0");
    assertThat(web3j.ethGetBalance(stranger, DefaultBlockParameterName.LATEST).send().getBalance())
        .isEqualTo(BigInteger.valueOf(9));

    EthBlock.Block block =
        web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, true).send().getBlock();
    assertThat(block.getNumber()).isEqualTo(BigInteger.ONE);
    assertThat(block.getHash()).isEqualTo(receipt.getBlockHash());
    assertThat(block.getTotalDifficulty()).isEqualTo(BigInteger.TWO);
    assertThat(block.getTransactions()).hasSize(1);
    assertThat(((EthBlock.TransactionObject) block.getTransactions().get(0)).getHash())
        .isEqualTo(sent.getTransactionHash());

    EthSendTransaction stale =
        web3j.ethSendRawTransaction(signedTransfer(nonce.longValue(), 10)).send();
    assertThat(stale.getError().getCode()).isEqualTo(-32000);
    assertThat(stale.getError().getMessage()).startsWith("nonce too low");
  }

  @Test
  void chaincodeLooksLikeAContractAndItsRevertReasonReachesWeb3j() throws Exception {
    String roles = ChainFixture.ROLES.toHex();
    assertThat(web3j.ethGetCode(roles, DefaultBlockParameterName.LATEST).send().getCode())
        .isEqualTo("0xfe");
    String outOfBounds =
        "0x9010d07c" + ChainFixture.MEMBER_ROLE.substring(2) + "0".repeat(60) + "ffff";
    EthCall call =
        web3j
            .ethCall(
                Transaction.createEthCallTransaction(member.getAddress(), roles, outOfBounds),
                DefaultBlockParameterName.LATEST)
            .send();
    assertThat(call.isReverted()).isTrue();
    assertThat(call.getError().getCode()).isEqualTo(3);
    assertThat(call.getRevertReason()).contains("out-of-bounds");
  }

  @Test
  void logsFiltersAndFeeHistoryParseInWeb3j() throws Exception {
    BigInteger blockFilter = web3j.ethNewBlockFilter().send().getFilterId();
    fx.chain.mine(ChainFixture.grantShop(0, io.coterie.node.types.Address.fromHex(stranger)));

    EthLog logs =
        web3j
            .ethGetLogs(
                new EthFilter(
                    DefaultBlockParameter.valueOf(BigInteger.ZERO),
                    DefaultBlockParameterName.LATEST,
                    ChainFixture.ROLES.toHex()))
            .send();
    assertThat(logs.getLogs()).hasSize(1);
    EthLog.LogObject log = (EthLog.LogObject) logs.getLogs().get(0);
    assertThat(log.getTopics()).hasSize(4);
    assertThat(log.getLogIndex()).isEqualTo(BigInteger.ZERO);

    List<EthLog.LogResult> changes = web3j.ethGetFilterChanges(blockFilter).send().getLogs();
    assertThat(changes).hasSize(1);
    assertThat(web3j.ethUninstallFilter(blockFilter).send().isUninstalled()).isTrue();

    var history =
        web3j
            .ethFeeHistory(1, DefaultBlockParameterName.LATEST, List.of(50.0))
            .send()
            .getFeeHistory();
    assertThat(history.getBaseFeePerGas()).hasSize(2);
    assertThat(history.getReward()).hasSize(1);
  }
}
