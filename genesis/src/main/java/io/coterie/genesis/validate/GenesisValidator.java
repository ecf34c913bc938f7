package io.coterie.genesis.validate;

import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.GenesisCall;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.RoleName;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a chain spec must meet before a node starts on it. */
public final class GenesisValidator {
  /** EIP-2294's bound, so that {@code v = chainId * 2 + 36} fits in 64 bits. */
  public static final long MAX_CHAIN_ID = 4_503_599_627_370_476L;

  /** A block must at least fit one native transfer. */
  public static final long MIN_GAS_LIMIT = 21_000;

  /** Beyond 2^53 - 1, JavaScript clients (ethers.js v5, web3.js numbers) lose precision. */
  public static final long MAX_GAS_LIMIT = (1L << 53) - 1;

  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private GenesisValidator() {}

  public static List<GenesisProblem> validate(ChainSpec spec) {
    List<GenesisProblem> problems = new ArrayList<>();
    checkChain(spec, problems);
    checkQbft(spec.qbft(), problems);
    checkValidators(spec.validators(), problems);
    checkAllocations(spec.allocations(), problems);
    checkRoles(spec, problems);
    checkSetupCalls(spec.setupCalls(), problems);
    ChaincodeSettingsValidator.check(spec, problems);
    return List.copyOf(problems);
  }

  private static void checkChain(ChainSpec spec, List<GenesisProblem> problems) {
    if (spec.chainId() <= 0 || spec.chainId() > MAX_CHAIN_ID) {
      problems.add(
          new GenesisProblem(
              "config.chainId",
              "is " + spec.chainId() + " but must be between 1 and " + MAX_CHAIN_ID,
              "pick an unused chain id, for example 1337 for a development network"));
    }
    if (spec.timestampSeconds() < 0) {
      problems.add(
          new GenesisProblem(
              "timestamp",
              "is negative (" + spec.timestampSeconds() + ")",
              "use seconds since 1970, for example \"0x0\""));
    }
    if (spec.gasLimit() < MIN_GAS_LIMIT || spec.gasLimit() > MAX_GAS_LIMIT) {
      problems.add(
          new GenesisProblem(
              "gasLimit",
              "is "
                  + spec.gasLimit()
                  + " but must be between "
                  + MIN_GAS_LIMIT
                  + " and "
                  + MAX_GAS_LIMIT,
              "use \"0x5f5e100\" (100,000,000) unless you have measured a need for another value"));
    }
    if (spec.baseFeePerGas().signum() < 0 || spec.baseFeePerGas().compareTo(MAX_UINT256) > 0) {
      problems.add(
          new GenesisProblem(
              "baseFeePerGas",
              "is " + spec.baseFeePerGas() + " but must be a 256-bit unsigned number",
              "use \"0x0\" for a free network"));
    }
  }

  private static void checkQbft(QbftParameters qbft, List<GenesisProblem> problems) {
    String at = "config.qbft.";
    if (qbft.blockPeriodMillis() <= 0) {
      problems.add(
          new GenesisProblem(
              at + "blockperiodmilliseconds",
              "is " + qbft.blockPeriodMillis() + " but a block period must be positive",
              "set \"blockperiodseconds\": 1 or, for sub-second blocks, \"blockperiodmilliseconds\": 500"));
    }
    if (qbft.requestTimeoutMillis() <= qbft.blockPeriodMillis()) {
      problems.add(
          new GenesisProblem(
              at + "requesttimeoutmilliseconds",
              "is "
                  + qbft.requestTimeoutMillis()
                  + " ms, not longer than the block period ("
                  + qbft.blockPeriodMillis()
                  + " ms), so every round would time out before its block is proposed",
              "make the request timeout at least twice the block period, for example"
                  + " \"requesttimeoutseconds\": 4"));
    }
    if (qbft.epochLength() <= 0) {
      problems.add(
          new GenesisProblem(
              at + "epochlength",
              "is " + qbft.epochLength() + " but must be positive",
              "use \"epochlength\": 30000"));
    }
    if (qbft.emptyBlockPeriodMillis() < qbft.blockPeriodMillis()) {
      problems.add(
          new GenesisProblem(
              at + "emptyblockperiodmilliseconds",
              "is "
                  + qbft.emptyBlockPeriodMillis()
                  + " ms, shorter than the block period ("
                  + qbft.blockPeriodMillis()
                  + " ms)",
              "set it equal to the block period to produce empty blocks at the normal pace, or"
                  + " longer to produce them less often"));
    }
    if (qbft.maxRoundTimeoutMillis() < qbft.requestTimeoutMillis()) {
      problems.add(
          new GenesisProblem(
              at + "maxroundtimeoutmilliseconds",
              "is "
                  + qbft.maxRoundTimeoutMillis()
                  + " ms, below the request timeout ("
                  + qbft.requestTimeoutMillis()
                  + " ms)",
              "set it to at least the request timeout, for example \"maxroundtimeoutseconds\": 60"));
    }
  }

  private static void checkValidators(
      List<GenesisAddress> validators, List<GenesisProblem> problems) {
    if (validators.isEmpty()) {
      problems.add(
          new GenesisProblem(
              "validators",
              "is empty, so no node may propose a block",
              "list at least one validator address, for example \"validators\": [\"0x...\"]"));
    }
    for (GenesisAddress duplicate : duplicates(validators)) {
      problems.add(
          new GenesisProblem(
              "validators", duplicate + " is listed more than once", "list each validator once"));
    }
    if (validators.contains(GenesisAddress.ZERO)) {
      problems.add(
          new GenesisProblem(
              "validators",
              "contains the zero address, which no key can sign for",
              "replace it with the address of a validator's node key"));
    }
  }

  private static void checkAllocations(
      List<Allocation> allocations, List<GenesisProblem> problems) {
    for (GenesisAddress duplicate :
        duplicates(allocations.stream().map(Allocation::address).toList())) {
      problems.add(
          new GenesisProblem(
              "alloc." + duplicate,
              "appears more than once (addresses are compared ignoring case)",
              "merge the entries into one"));
    }
    for (Allocation allocation : allocations) {
      BigInteger balance = allocation.balanceWei();
      if (balance.signum() < 0 || balance.compareTo(MAX_UINT256) > 0) {
        problems.add(
            new GenesisProblem(
                "alloc." + allocation.address() + ".balance",
                "is " + balance + " but must be a 256-bit unsigned number of wei",
                "write the balance in wei, for example \"0x21e19e0c9bab2400000\" for 10,000 coins"));
      }
    }
  }

  private static void checkRoles(ChainSpec spec, List<GenesisProblem> problems) {
    String known =
        Arrays.stream(RoleName.values()).map(Enum::name).collect(Collectors.joining(", "));
    for (Map.Entry<String, List<GenesisAddress>> entry : spec.precompiles().roles().entrySet()) {
      String path = "config.coterie.roles." + entry.getKey();
      if (RoleName.find(entry.getKey()).isEmpty()) {
        problems.add(new GenesisProblem(path, "is not a known role", "use one of " + known));
      }
      for (GenesisAddress duplicate : duplicates(entry.getValue())) {
        problems.add(
            new GenesisProblem(
                path, duplicate + " is listed more than once", "list each holder once"));
      }
    }
    if (spec.permissioning().accountPermissioning()
        && spec.precompiles().holders(RoleName.DEFAULT_ADMIN_ROLE).isEmpty()) {
      problems.add(
          new GenesisProblem(
              "config.coterie.roles.DEFAULT_ADMIN_ROLE",
              "has no holder, but account permissioning is on, so nobody could ever grant a role",
              "add an administrator: \"DEFAULT_ADMIN_ROLE\": [\"0x...\"], or set"
                  + " \"accountPermissioning\": false"));
    }
    if (spec.precompiles().governorExclusive()
        && spec.precompiles().holders(RoleName.MEMBER_ROLE).isEmpty()) {
      problems.add(
          new GenesisProblem(
              "config.coterie.governorExclusive",
              "is true but MEMBER_ROLE has no holder, so nobody could ever vote and only a vote"
                  + " could admit a member",
              "list the founding members: \"MEMBER_ROLE\": [\"0x...\"], or set"
                  + " \"governorExclusive\": false"));
    }
  }

  private static void checkSetupCalls(List<GenesisCall> calls, List<GenesisProblem> problems) {
    for (int i = 0; i < calls.size(); i++) {
      GenesisCall call = calls.get(i);
      String path = "config.coterie.setup[" + i + "]";
      if (!call.hasValidInput()) {
        problems.add(
            new GenesisProblem(
                path + ".input",
                "'" + abbreviate(call.inputHex()) + "' is not 0x-prefixed hex of whole bytes",
                "write the ABI calldata as 0x followed by an even number of hex digits"));
      }
      if (call.from().equals(GenesisAddress.ZERO)) {
        problems.add(
            new GenesisProblem(
                path + ".from",
                "is the zero address, which holds no role and no key",
                "make the call from an account that holds the role the call needs"));
      }
      if (call.to().equals(GenesisAddress.ZERO)) {
        problems.add(
            new GenesisProblem(
                path + ".to",
                "is the zero address, which is no chaincode",
                "call a precompile, for example 0x0000000000000000000000000000000000001001"));
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 24 ? text : text.substring(0, 24) + "...";
  }

  private static List<GenesisAddress> duplicates(List<GenesisAddress> addresses) {
    Set<GenesisAddress> seen = new HashSet<>();
    Set<GenesisAddress> reported = new HashSet<>();
    List<GenesisAddress> duplicates = new ArrayList<>();
    for (GenesisAddress address : addresses) {
      if (!seen.add(address) && reported.add(address)) {
        duplicates.add(address);
      }
    }
    return duplicates;
  }
}
