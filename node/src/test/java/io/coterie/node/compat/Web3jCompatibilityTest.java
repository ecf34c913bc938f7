package io.coterie.node.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.compat.web3j.Roles;
import io.coterie.node.support.TestNode;
import io.reactivex.disposables.Disposable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.Transfer;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Convert;

/** web3j, unmodified, drives a devnet node through a wrapper generated from the Roles ABI. */
class Web3jCompatibilityTest {
  private static final String ROLES = "0x0000000000000000000000000000000000001000";
  private static final byte[] MEMBER_ROLE =
      Hash.sha3("MEMBER_ROLE".getBytes(StandardCharsets.UTF_8));

  @TempDir Path dataDir;
  private TestNode node;
  private Web3j web3;

  @BeforeEach
  void start() {
    node = TestNode.devnet(dataDir);
    web3 = Web3j.build(new HttpService(node.httpUrl()), 100, Executors.newScheduledThreadPool(2));
  }

  @AfterEach
  void stop() {
    web3.shutdown();
    node.close();
  }

  private static Credentials account(int index) {
    return Credentials.create(DevnetSpec.accounts().get(index).privateKeyHex());
  }

  private Roles roles(Credentials credentials) {
    RawTransactionManager manager =
        new RawTransactionManager(
            web3,
            credentials,
            DevnetSpec.CHAIN_ID,
            new PollingTransactionReceiptProcessor(web3, 100, 200));
    return Roles.load(
        ROLES,
        web3,
        manager,
        new StaticEIP1559GasProvider(
            DevnetSpec.CHAIN_ID, BigInteger.ZERO, BigInteger.ZERO, BigInteger.valueOf(300_000)));
  }

  @Test
  void reportsTheChainAndSeesThePrecompileAsAContract() throws Exception {
    assertThat(web3.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(1337));
    assertThat(web3.web3ClientVersion().send().getWeb3ClientVersion()).startsWith("Coterie/v");
    assertThat(roles(account(0)).isValid()).isTrue();
  }

  @Test
  void readsRolesThroughTheGeneratedWrapper() throws Exception {
    Roles roles = roles(account(0));

    assertThat(roles.hasRole(MEMBER_ROLE, account(4).getAddress()).send()).isTrue();
    // members #4 to #9 and the devnet passkey's member account
    assertThat(roles.getRoleMemberCount(MEMBER_ROLE).send()).isEqualTo(BigInteger.valueOf(7));
    assertThat(roles.MEMBER_ROLE().send()).isEqualTo(MEMBER_ROLE);
  }

  @Test
  void grantsARoleAndDecodesTheEventFromTheReceiptAndAFlowable() throws Exception {
    Roles roles = roles(account(0));
    String newcomer = "0x00000000000000000000000000000000000c0ffe";
    List<Roles.RoleGrantedEventResponse> streamed = new CopyOnWriteArrayList<>();
    Disposable subscription =
        roles
            .roleGrantedEventFlowable(
                DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST)
            .subscribe(streamed::add);
    try {
      TransactionReceipt receipt = roles.grantRole(MEMBER_ROLE, newcomer).send();

      assertThat(receipt.isStatusOK()).isTrue();
      List<Roles.RoleGrantedEventResponse> events = Roles.getRoleGrantedEvents(receipt);
      assertThat(events).hasSize(1);
      assertThat(events.get(0).account).isEqualTo(newcomer);
      assertThat(events.get(0).sender).isEqualToIgnoringCase(account(0).getAddress());
      assertThat(roles.hasRole(MEMBER_ROLE, newcomer).send()).isTrue();
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> streamed.stream().anyMatch(e -> e.account.equals(newcomer)));
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void anUnauthorisedGrantFailsWithTheRevertReasonInTheReceipt() {
    Roles roles = roles(account(4));

    assertThatThrownBy(
            () -> roles.grantRole(MEMBER_ROLE, "0x00000000000000000000000000000000000000aa").send())
        .isInstanceOf(TransactionException.class);
  }

  @Test
  void transfersCoinsWithTheTransferHelper() throws Exception {
    String recipient = account(7).getAddress();
    BigInteger before =
        web3.ethGetBalance(recipient, DefaultBlockParameterName.LATEST).send().getBalance();

    TransactionReceipt receipt =
        Transfer.sendFundsEIP1559(
                web3,
                account(0),
                recipient,
                BigDecimal.valueOf(2),
                Convert.Unit.ETHER,
                BigInteger.valueOf(21_000),
                BigInteger.ZERO,
                BigInteger.ZERO)
            .send();

    assertThat(receipt.isStatusOK()).isTrue();
    BigInteger after =
        web3.ethGetBalance(recipient, DefaultBlockParameterName.LATEST).send().getBalance();
    assertThat(after.subtract(before))
        .isEqualTo(Convert.toWei("2", Convert.Unit.ETHER).toBigInteger());
  }
}
