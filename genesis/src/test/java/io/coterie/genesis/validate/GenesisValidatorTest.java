package io.coterie.genesis.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.Permissioning;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.RoleName;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenesisValidatorTest {
  private static final GenesisAddress A = GenesisAddress.of("0x" + "aa".repeat(20));
  private static final GenesisAddress B = GenesisAddress.of("0x" + "bb".repeat(20));

  private final ChainSpec valid = DevnetSpec.create(1, 1_000);

  private static List<String> paths(ChainSpec spec) {
    return GenesisValidator.validate(spec).stream().map(GenesisProblem::path).toList();
  }

  private static GenesisProblem only(ChainSpec spec) {
    List<GenesisProblem> problems = GenesisValidator.validate(spec);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void theDevnetHasNoProblems() {
    assertThat(GenesisValidator.validate(valid)).isEmpty();
  }

  @Test
  void chainIdMustBePositive() {
    GenesisProblem problem = only(valid.toBuilder().chainId(0).build());

    assertThat(problem.path()).isEqualTo("config.chainId");
    assertThat(problem.describe()).contains("is 0", "1337");
  }

  @Test
  void chainIdMustFitEip155Signatures() {
    assertThat(paths(valid.toBuilder().chainId(GenesisValidator.MAX_CHAIN_ID + 1).build()))
        .containsExactly("config.chainId");
    assertThat(paths(valid.toBuilder().chainId(GenesisValidator.MAX_CHAIN_ID).build())).isEmpty();
  }

  @Test
  void gasLimitMustFitATransferAndStayBelowJavaScriptsSafeIntegers() {
    assertThat(paths(valid.toBuilder().gasLimit(20_999).build())).containsExactly("gasLimit");
    assertThat(paths(valid.toBuilder().gasLimit(1L << 53).build())).containsExactly("gasLimit");
    assertThat(paths(valid.toBuilder().gasLimit((1L << 53) - 1).build())).isEmpty();
  }

  @Test
  void timestampMustNotBeNegative() {
    assertThat(paths(valid.toBuilder().timestampSeconds(-1).build())).containsExactly("timestamp");
  }

  @Test
  void baseFeeMustBeAnUnsigned256BitNumber() {
    assertThat(paths(valid.toBuilder().baseFeePerGas(BigInteger.valueOf(-1)).build()))
        .containsExactly("baseFeePerGas");
    assertThat(paths(valid.toBuilder().baseFeePerGas(BigInteger.ONE.shiftLeft(256)).build()))
        .containsExactly("baseFeePerGas");
  }

  @Test
  void blockPeriodMustBePositive() {
    ChainSpec spec =
        valid.toBuilder().qbft(new QbftParameters(0, 4_000, 30_000, 0, 60_000)).build();

    assertThat(paths(spec)).containsExactly("config.qbft.blockperiodmilliseconds");
  }

  @Test
  void requestTimeoutMustExceedTheBlockPeriod() {
    ChainSpec spec =
        valid.toBuilder().qbft(new QbftParameters(2_000, 2_000, 30_000, 2_000, 60_000)).build();

    assertThat(only(spec).path()).isEqualTo("config.qbft.requesttimeoutmilliseconds");
  }

  @Test
  void epochLengthMustBePositive() {
    ChainSpec spec =
        valid.toBuilder().qbft(new QbftParameters(1_000, 4_000, 0, 1_000, 60_000)).build();

    assertThat(paths(spec)).containsExactly("config.qbft.epochlength");
  }

  @Test
  void emptyBlockPeriodMustNotBeShorterThanTheBlockPeriod() {
    ChainSpec spec =
        valid.toBuilder().qbft(new QbftParameters(1_000, 4_000, 30_000, 999, 60_000)).build();

    assertThat(paths(spec)).containsExactly("config.qbft.emptyblockperiodmilliseconds");
  }

  @Test
  void maxRoundTimeoutMustNotBeBelowTheRequestTimeout() {
    ChainSpec spec =
        valid.toBuilder().qbft(new QbftParameters(1_000, 4_000, 30_000, 1_000, 3_999)).build();

    assertThat(paths(spec)).containsExactly("config.qbft.maxroundtimeoutmilliseconds");
  }

  @Test
  void needsAtLeastOneValidator() {
    GenesisProblem problem = only(valid.toBuilder().validators(List.of()).build());

    assertThat(problem.path()).isEqualTo("validators");
    assertThat(problem.fix()).contains("at least one validator");
  }

  @Test
  void validatorsMustBeUnique() {
    GenesisProblem problem = only(valid.toBuilder().validators(List.of(A, B, A)).build());

    assertThat(problem.message()).contains(A.hex(), "more than once");
  }

  @Test
  void theZeroAddressCannotValidate() {
    assertThat(only(valid.toBuilder().validators(List.of(GenesisAddress.ZERO)).build()).message())
        .contains("zero address");
  }

  @Test
  void allocationsMustBeUnique() {
    ChainSpec spec =
        valid.toBuilder()
            .allocations(List.of(Allocation.ofCoins(A, 1), Allocation.ofCoins(A, 2)))
            .build();

    assertThat(paths(spec)).containsExactly("alloc." + A.hex());
  }

  @Test
  void balancesMustBeUnsigned256BitNumbers() {
    ChainSpec spec =
        valid.toBuilder().allocations(List.of(new Allocation(A, BigInteger.valueOf(-5)))).build();

    assertThat(paths(spec)).containsExactly("alloc." + A.hex() + ".balance");
  }

  @Test
  void roleNamesMustBeKnown() {
    ChainSpec spec =
        valid.toBuilder()
            .precompiles(
                PrecompileGenesis.ofRoles(
                    Map.of("DEFAULT_ADMIN_ROLE", List.of(A), "OWNER", List.of(B))))
            .build();

    GenesisProblem problem = only(spec);
    assertThat(problem.path()).isEqualTo("config.coterie.roles.OWNER");
    assertThat(problem.fix()).contains("MEMBER_ROLE");
  }

  @Test
  void roleHoldersMustBeUnique() {
    ChainSpec spec =
        valid.toBuilder()
            .precompiles(PrecompileGenesis.ofRoles(Map.of("DEFAULT_ADMIN_ROLE", List.of(A, A))))
            .build();

    assertThat(paths(spec)).containsExactly("config.coterie.roles.DEFAULT_ADMIN_ROLE");
  }

  @Test
  void accountPermissioningNeedsAnAdministrator() {
    ChainSpec spec =
        valid.toBuilder()
            .precompiles(PrecompileGenesis.ofRoles(Map.of("SHOP_ROLE", List.of(A))))
            .build();

    GenesisProblem problem = only(spec);
    assertThat(problem.path()).isEqualTo("config.coterie.roles.DEFAULT_ADMIN_ROLE");
    assertThat(problem.fix()).contains("\"accountPermissioning\": false");
  }

  @Test
  void aGovernorExclusiveChainNeedsFoundingMembers() {
    ChainSpec spec =
        valid.toBuilder()
            .precompiles(
                PrecompileGenesis.ofRoles(Map.of("DEFAULT_ADMIN_ROLE", List.of(A)))
                    .withGovernorExclusive(true))
            .build();
    ChainSpec withMembers =
        valid.toBuilder()
            .precompiles(
                PrecompileGenesis.ofRoles(
                        Map.of("DEFAULT_ADMIN_ROLE", List.of(A), "MEMBER_ROLE", List.of(B)))
                    .withGovernorExclusive(true))
            .build();

    GenesisProblem problem = only(spec);
    assertThat(problem.path()).isEqualTo("config.coterie.governorExclusive");
    assertThat(problem.fix()).contains("\"MEMBER_ROLE\"");
    assertThat(GenesisValidator.validate(withMembers)).isEmpty();
  }

  @Test
  void withoutAccountPermissioningNoAdministratorIsNeeded() {
    ChainSpec spec =
        valid.toBuilder()
            .permissioning(Permissioning.off())
            .precompiles(PrecompileGenesis.empty())
            .build();

    assertThat(GenesisValidator.validate(spec)).isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ChainSpec spec = valid.toBuilder().chainId(0).gasLimit(0).validators(List.of()).build();

    assertThat(paths(spec)).containsExactly("config.chainId", "gasLimit", "validators");
  }

  @Test
  void setupCallInputMustBeWholeBytesOfHex() {
    GenesisAddress admin = valid.precompiles().holders(RoleName.DEFAULT_ADMIN_ROLE).get(0);
    GenesisAddress loyalty = GenesisAddress.of("0x0000000000000000000000000000000000001001");
    for (String bad : List.of("abcd", "0xabc", "0xzz")) {
      ChainSpec spec =
          valid.toBuilder().setupCalls(List.of(new GenesisCall(admin, loyalty, bad))).build();
      assertThat(only(spec).describe())
          .as(bad)
          .startsWith("config.coterie.setup[0].input: '" + bad + "' is not 0x-prefixed hex");
    }
    assertThat(
            paths(
                valid.toBuilder()
                    .setupCalls(List.of(new GenesisCall(admin, loyalty, "0xABcd")))
                    .build()))
        .isEmpty();
  }

  @Test
  void setupCallsNeedRealEndpoints() {
    ChainSpec spec =
        valid.toBuilder()
            .setupCalls(List.of(new GenesisCall(GenesisAddress.ZERO, GenesisAddress.ZERO, "0x")))
            .build();

    assertThat(paths(spec))
        .containsExactly("config.coterie.setup[0].from", "config.coterie.setup[0].to");
  }
}
