package io.coterie.genesis.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.RoleName;
import io.coterie.genesis.validate.GenesisProblem;
import io.coterie.genesis.validate.InvalidGenesisException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisReaderTest {
  private static final String ADMIN = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  private static final String VALIDATOR = "0x" + "11".repeat(20);

  /** A minimal Besu-like genesis; {@code %s} slots let a test swap one part. */
  private static String genesis(String config, String rest) {
    return """
        {"config": {%s},
         "gasLimit": "0x5f5e100", "difficulty": "0x1", "validators": ["%s"]%s}
        """
        .formatted(config, VALIDATOR, rest);
  }

  private static final String CONFIG =
      "\"chainId\": 1337, \"londonBlock\": 0, \"qbft\": {\"blockperiodseconds\": 2},"
          + " \"coterie\": {\"roles\": {\"DEFAULT_ADMIN_ROLE\": [\""
          + ADMIN
          + "\"]}}";

  private static ChainSpec parsed(String json) {
    GenesisReadResult result = GenesisReader.parse(json);
    assertThat(result).isInstanceOf(GenesisReadResult.Parsed.class);
    return ((GenesisReadResult.Parsed) result).spec();
  }

  private static List<GenesisProblem> problems(String json) {
    GenesisReadResult result = GenesisReader.parse(json);
    assertThat(result).isInstanceOf(GenesisReadResult.Unreadable.class);
    return ((GenesisReadResult.Unreadable) result).problems();
  }

  private static List<String> described(String json) {
    return problems(json).stream().map(GenesisProblem::describe).toList();
  }

  @Test
  void readsAMinimalGenesisWithDefaults() {
    ChainSpec spec = parsed(genesis(CONFIG, ""));

    assertThat(spec.chainId()).isEqualTo(1337);
    assertThat(spec.gasLimit()).isEqualTo(100_000_000L);
    assertThat(spec.baseFeePerGas()).isZero();
    assertThat(spec.qbft().blockPeriodMillis()).isEqualTo(2_000);
    assertThat(spec.qbft().requestTimeoutMillis()).isEqualTo(4_000);
    assertThat(spec.qbft().epochLength()).isEqualTo(30_000);
    assertThat(spec.permissioning().accountPermissioning()).isTrue();
    assertThat(spec.nativeTransfers()).isTrue();
    assertThat(spec.validators()).containsExactly(GenesisAddress.of(VALIDATOR));
    assertThat(spec.precompiles().holders(RoleName.DEFAULT_ADMIN_ROLE))
        .containsExactly(GenesisAddress.of(ADMIN));
  }

  @Test
  void missingChainIdNamesThePathAndTheFix() {
    assertThat(described(genesis("\"qbft\": {}", "")))
        .containsExactly("config.chainId: missing; add \"chainId\": 1337");
  }

  @Test
  void missingConfigQbftAndValidatorsAreAllReported() {
    List<String> paths =
        problems("{\"gasLimit\": \"0x5f5e100\"}").stream().map(GenesisProblem::path).toList();

    assertThat(paths).containsExactly("config", "validators");
    assertThat(
            problems("{\"config\": {\"chainId\": 1}, \"gasLimit\": 30000000, \"validators\": []}"))
        .extracting(GenesisProblem::path)
        .containsExactly("config.qbft");
  }

  @Test
  void quantitiesMayBeHexDecimalStringsOrNumbers() {
    String rest =
        ", \"timestamp\": 1700000000, \"baseFeePerGas\": \"7\", \"alloc\": {\"%s\": {\"balance\": \"0x10\"},"
                .formatted(ADMIN)
            + " \"2222222222222222222222222222222222222222\": {\"balance\": \"90000000000000000000000\"}}";
    ChainSpec spec = parsed(genesis(CONFIG, rest));

    assertThat(spec.timestampSeconds()).isEqualTo(1_700_000_000L);
    assertThat(spec.baseFeePerGas()).isEqualTo(BigInteger.valueOf(7));
    assertThat(spec.allocations())
        .extracting(a -> a.balanceWei().toString())
        .containsExactlyInAnyOrder("16", "90000000000000000000000");
  }

  @Test
  void badQuantitiesNameTheirPath() {
    assertThat(problems(genesis(CONFIG, ", \"timestamp\": \"soon\", \"baseFeePerGas\": -1")))
        .extracting(GenesisProblem::path)
        .containsExactly("timestamp", "baseFeePerGas");
  }

  @Test
  void badAddressesNameTheirIndex() {
    String json =
        genesis(CONFIG, "")
            .replace("[\"" + VALIDATOR + "\"]", "[\"" + VALIDATOR + "\", \"0x1234\"]");

    assertThat(described(json))
        .singleElement()
        .asString()
        .startsWith("validators[1]: '0x1234' is not an address");
  }

  @Test
  void subSecondBlockPeriodsUseMilliseconds() {
    ChainSpec spec =
        parsed(
            genesis(
                CONFIG.replace("\"blockperiodseconds\": 2", "\"blockperiodmilliseconds\": 250"),
                ""));

    assertThat(spec.qbft().blockPeriodMillis()).isEqualTo(250);
  }

  @Test
  void secondsAndMillisecondsTogetherAreRefused() {
    String json =
        genesis(
            CONFIG.replace(
                "\"blockperiodseconds\": 2",
                "\"blockperiodseconds\": 2, \"blockperiodmilliseconds\": 250"),
            "");

    assertThat(described(json)).singleElement().asString().contains("keep only one");
  }

  @Test
  void unknownKeysAreReportedWithASpellingHint() {
    assertThat(
            problems(
                genesis(
                    CONFIG.replace(
                        "\"coterie\": {", "\"coterie\": {\"AccountPermissioning\": true, "),
                    "")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("config.coterie.AccountPermissioning");
              assertThat(p.fix()).contains("did you mean \"accountPermissioning\"");
            });
  }

  @Test
  void besuExtraDataIsExplainedNotIgnored() {
    assertThat(problems(genesis(CONFIG, ", \"extraData\": \"0xf83ea00000\"")))
        .extracting(GenesisProblem::path)
        .containsExactly("extraData");
  }

  @Test
  void contractCodeInAllocIsRefusedBecauseThereIsNoEvm() {
    String rest =
        ", \"alloc\": {\"%s\": {\"balance\": \"0x1\", \"code\": \"0x6000\", \"comment\": \"ok\"}}"
            .formatted(ADMIN);

    assertThat(problems(genesis(CONFIG, rest)))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("alloc." + ADMIN + ".code"));
  }

  @Test
  void londonMustStartAtGenesis() {
    assertThat(problems(genesis(CONFIG.replace("\"londonBlock\": 0", "\"londonBlock\": 5"), "")))
        .extracting(GenesisProblem::path)
        .containsExactly("config.londonBlock");
  }

  @Test
  void duplicateKeysAndSyntaxErrorsGiveALineNumber() {
    assertThat(described("{\"config\": {\"chainId\": 1, \"chainId\": 2}}"))
        .singleElement()
        .asString()
        .contains("line 1", "chainId");
    assertThat(described("{\n\"config\": {,}\n}")).singleElement().asString().startsWith("(line 2");
  }

  @Test
  void aMissingFileSaysWhichOption(@TempDir Path dir) {
    GenesisReadResult result = GenesisReader.read(dir.resolve("nope.json"));

    assertThat(result)
        .isInstanceOfSatisfying(
            GenesisReadResult.Unreadable.class,
            u ->
                assertThat(u.problems().get(0).describe())
                    .contains("no such file", "--genesis-file"));
  }

  @Test
  void readValidListsEveryReadingOrValidationProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("genesis.json");
    Files.writeString(file, genesis(CONFIG.replace("1337", "0"), ""));

    assertThatThrownBy(() -> GenesisReader.readValid(file))
        .isInstanceOf(InvalidGenesisException.class)
        .hasMessageContaining("1 problem", "config.chainId: is 0");
  }

  @Test
  void readsTheGovernorExclusiveSwitchOffByDefault() {
    ChainSpec exclusive =
        parsed(genesis(CONFIG.replace("\"roles\"", "\"governorExclusive\": true, \"roles\""), ""));

    assertThat(parsed(genesis(CONFIG, "")).precompiles().governorExclusive()).isFalse();
    assertThat(exclusive.precompiles().governorExclusive()).isTrue();
    assertThat(
            described(
                genesis(CONFIG.replace("\"roles\"", "\"governorExclusive\": 1, \"roles\""), "")))
        .singleElement()
        .asString()
        .contains("config.coterie.governorExclusive");
  }

  @Test
  void readsSetupCallsInOrder() {
    String config =
        CONFIG.replace(
            "]}}",
            "]}, \"setup\": [{\"from\": \"%s\", \"to\": \"0x0000000000000000000000000000000000001001\", \"input\": \"0xABCD\"}, {\"from\": \"%s\", \"to\": \"%s\", \"input\": \"0x\"}]}"
                .formatted(ADMIN, ADMIN, VALIDATOR));

    ChainSpec spec = parsed(genesis(config, ""));

    assertThat(spec.setupCalls())
        .containsExactly(
            new GenesisCall(
                GenesisAddress.of(ADMIN),
                GenesisAddress.of("0x0000000000000000000000000000000000001001"),
                "0xabcd"),
            new GenesisCall(GenesisAddress.of(ADMIN), GenesisAddress.of(VALIDATOR), "0x"));
  }

  @Test
  void badSetupCallsNameTheirIndexAndField() {
    String config =
        CONFIG.replace(
            "]}}",
            "]}, \"setup\": [{\"from\": \"0x12\", \"to\": \"%s\", \"input\": \"0x\"}, {\"to\": \"%s\", \"input\": 7}, 3]}"
                .formatted(ADMIN, ADMIN));

    assertThat(problems(genesis(config, "")))
        .extracting(GenesisProblem::path)
        .containsExactly(
            "config.coterie.setup[0].from",
            "config.coterie.setup[1].from",
            "config.coterie.setup[1].input",
            "config.coterie.setup[2]");
    assertThat(problems(genesis(CONFIG.replace("]}}", "]}, \"setup\": {}}"), "")).get(0).describe())
        .startsWith("config.coterie.setup: must be an array of calls");
  }
}
