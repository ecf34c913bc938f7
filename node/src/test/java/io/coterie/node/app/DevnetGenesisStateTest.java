package io.coterie.node.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSetup;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.support.TestNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.http.HttpService;

/** The devnet starts with its business state: CPT points and one member card per member. */
class DevnetGenesisStateTest {
  private static final String POINTS = "0x0000000000000000000000000000000000002000";
  private static final String CARDS = "0x0000000000000000000000000000000000003000";
  private static final String GOVERNOR = "0x0000000000000000000000000000000000001003";

  @TempDir Path dataDir;
  private TestNode node;
  private Web3j web3;

  @BeforeEach
  void start() {
    node = TestNode.devnet(dataDir);
    web3 = Web3j.build(new HttpService(node.httpUrl()), 100, Executors.newScheduledThreadPool(1));
  }

  @AfterEach
  void stop() {
    web3.shutdown();
    node.close();
  }

  private static List<String> members() {
    return DevnetSpec.accounts().subList(4, 10).stream().map(a -> a.address().hex()).toList();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Type atGenesis(String to, String name, List<Type> args, TypeReference<?> returns)
      throws Exception {
    Function function = new Function(name, args, (List) List.of(returns));
    String result =
        web3.ethCall(
                Transaction.createEthCallTransaction(null, to, FunctionEncoder.encode(function)),
                DefaultBlockParameter.valueOf(BigInteger.ZERO))
            .send()
            .getValue();
    return FunctionReturnDecoder.decode(result, function.getOutputParameters()).get(0);
  }

  @Test
  void everyMemberHoldsOneThousandCoteriePoints() throws Exception {
    assertThat(atGenesis(POINTS, "name", List.of(), new TypeReference<Utf8String>() {}).getValue())
        .isEqualTo("Coterie Points");
    assertThat(
            atGenesis(POINTS, "symbol", List.of(), new TypeReference<Utf8String>() {}).getValue())
        .isEqualTo("CPT");
    for (String member : members()) {
      assertThat(
              atGenesis(
                      POINTS,
                      "balanceOf",
                      List.of(new Address(member)),
                      new TypeReference<Uint256>() {})
                  .getValue())
          .as("CPT of %s", member)
          .isEqualTo(DevnetSetup.POINTS_PER_MEMBER);
    }
    assertThat(
            atGenesis(POINTS, "totalSupply", List.of(), new TypeReference<Uint256>() {}).getValue())
        .isEqualTo(DevnetSetup.POINTS_PER_MEMBER.multiply(BigInteger.valueOf(7)));
    assertThat(
            atGenesis(
                    POINTS,
                    "balanceOf",
                    List.of(
                        new Address(
                            io.coterie.node.support.DevKeys.MEMBER_PASSKEY_ACCOUNT.toHex())),
                    new TypeReference<Uint256>() {})
                .getValue())
        .as("the devnet passkey's member account holds 1,000 CPT too")
        .isEqualTo(DevnetSetup.POINTS_PER_MEMBER);
  }

  @Test
  void everyMemberHoldsOneSoulboundCardAndOneVote() throws Exception {
    assertThat(atGenesis(CARDS, "name", List.of(), new TypeReference<Utf8String>() {}).getValue())
        .isEqualTo("Coterie Member Card");
    List<String> members = members();
    for (int i = 0; i < members.size(); i++) {
      Address member = new Address(members.get(i));
      assertThat(
              atGenesis(CARDS, "balanceOf", List.of(member), new TypeReference<Uint256>() {})
                  .getValue())
          .isEqualTo(BigInteger.ONE);
      assertThat(
              atGenesis(
                      CARDS,
                      "ownerOf",
                      List.of(new Uint256(i + 1)),
                      new TypeReference<Address>() {})
                  .getValue())
          .isEqualTo(members.get(i));
      assertThat(
              atGenesis(CARDS, "locked", List.of(new Uint256(i + 1)), new TypeReference<Bool>() {})
                  .getValue())
          .isEqualTo(true);
      assertThat(
              atGenesis(CARDS, "getVotes", List.of(member), new TypeReference<Uint256>() {})
                  .getValue())
          .isEqualTo(BigInteger.ONE);
    }
  }

  @Test
  void theShopIsAuthorisedForProgramZero() throws Exception {
    Address shop = new Address(DevnetSpec.accounts().get(1).address().hex());
    assertThat(
            atGenesis(
                    "0x0000000000000000000000000000000000001001",
                    "isShopAuthorised",
                    List.of(new Uint256(0), shop),
                    new TypeReference<Bool>() {})
                .getValue())
        .isEqualTo(true);
  }
}
