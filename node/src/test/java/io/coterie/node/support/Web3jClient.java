package io.coterie.node.support;

import static org.awaitility.Awaitility.await;

import io.coterie.genesis.devnet.DevnetSpec;
import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * web3j pointed at a {@link TestNode}: devnet accounts as credentials, a transaction manager per
 * account that polls receipts every 100 ms, and a free-gas EIP-1559 gas provider.
 */
public final class Web3jClient implements AutoCloseable {
  /** Enough for any single chaincode call in the tests (a recall walk, an airdrop). */
  public static final BigInteger GAS_LIMIT = BigInteger.valueOf(5_000_000);

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final Web3j web3;

  public Web3jClient(TestNode node) {
    this.web3 = Web3j.build(new HttpService(node.httpUrl()), 100, scheduler);
  }

  public Web3j web3() {
    return web3;
  }

  public static Credentials account(int index) {
    return Credentials.create(DevnetSpec.accounts().get(index).privateKeyHex());
  }

  public TransactionManager manager(int account) {
    return new RawTransactionManager(
        web3,
        account(account),
        DevnetSpec.CHAIN_ID,
        new PollingTransactionReceiptProcessor(web3, 100, 300));
  }

  public static ContractGasProvider gas() {
    return new StaticEIP1559GasProvider(
        DevnetSpec.CHAIN_ID, BigInteger.ZERO, BigInteger.ZERO, GAS_LIMIT);
  }

  /**
   * The latest block's timestamp, once the node has produced a block (block 0 has the spec's
   * timestamp, 0 on the devnet): event times must not be after the block that records them.
   */
  public long latestTimestamp() throws Exception {
    await().atMost(Duration.ofSeconds(20)).until(() -> blockNumber() >= 1);
    return web3.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false)
        .send()
        .getBlock()
        .getTimestamp()
        .longValueExact();
  }

  public long blockNumber() throws Exception {
    return web3.ethBlockNumber().send().getBlockNumber().longValueExact();
  }

  @Override
  public void close() {
    web3.shutdown();
  }
}
