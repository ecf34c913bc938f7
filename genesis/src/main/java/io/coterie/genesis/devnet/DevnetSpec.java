package io.coterie.genesis.devnet;

import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.Permissioning;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.genesis.spec.RoleName;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The development network's chain spec. Chain id 1337; accounts 0 to 10 of the development mnemonic
 * hold 10,000 coins each; #0 is administrator and brand, #1 a shop, #2 a farm, #3 an auditor
 * (read-only), #4 to #9 members, #10 an inspector (attests and recalls in provenance). Gas is free
 * (base fee 0) and account permissioning is on. The gas limit is 1,000,000,000: room for about
 * 47,000 plain transfers a block, so the devnet's one-second blocks are not what limits throughput
 * (a block's work is bounded by the pool and by execution speed long before). Validators use node
 * keys derived from the same mnemonic (see {@link DevAccounts}), so every run of the devnet is the
 * same chain. Block 0 also runs {@link DevnetSetup}'s calls: the CPT points program with 1,000 CPT
 * per member, and one soulbound member card per member. The chaincode runs at its newest versions
 * from block 0 ({@link ChaincodeTransition#newestAtGenesis()}), and the GTIN registry gives farm #2
 * the GS1 company prefix {@value #FARM_COMPANY_PREFIX} that the demos and tests commission under.
 * Shop #1 and the relayer ({@link DevAccounts#relayerKey()}) hold SPONSOR_ROLE, and the passkey
 * member account of {@link DevPasskey} holds MEMBER_ROLE and 1,000 CPT.
 */
public final class DevnetSpec {
  public static final long CHAIN_ID = 1337;
  public static final long GAS_LIMIT = 1_000_000_000L;
  public static final long COINS_PER_ACCOUNT = 10_000;

  /** Accounts {@code FIRST_MEMBER} to {@code LAST_MEMBER} hold MEMBER_ROLE. */
  public static final int FIRST_MEMBER = 4;

  public static final int LAST_MEMBER = 9;

  /** The account that holds INSPECTOR_ROLE. */
  public static final int INSPECTOR = 10;

  /** The GS1 company prefix (GS1's own example) bound to farm #2. */
  public static final String FARM_COMPANY_PREFIX = "0614141";

  private DevnetSpec() {}

  public static ChainSpec create(int validators, long blockPeriodMillis) {
    if (validators < 1) {
      throw new IllegalArgumentException(
          "a devnet needs at least one validator, got " + validators);
    }
    List<DevAccount> accounts = DevAccounts.accounts();
    return ChainSpec.builder()
        .chainId(CHAIN_ID)
        .timestampSeconds(0)
        .gasLimit(GAS_LIMIT)
        .baseFeePerGas(BigInteger.ZERO)
        .qbft(QbftParameters.withBlockPeriod(blockPeriodMillis))
        .validators(validatorKeys(validators).stream().map(DevAccount::address).toList())
        .allocations(
            accounts.stream().map(a -> Allocation.ofCoins(a.address(), COINS_PER_ACCOUNT)).toList())
        .permissioning(Permissioning.on())
        .precompiles(
            PrecompileGenesis.ofRoles(roles(accounts))
                .withGtinOwners(Map.of(FARM_COMPANY_PREFIX, accounts.get(2).address())))
        .nativeTransfers(true)
        .setupCalls(DevnetSetup.calls(accounts))
        .transitions(List.of(ChaincodeTransition.newestAtGenesis()))
        .build();
  }

  /** The funded development accounts, with their (public) private keys. */
  public static List<DevAccount> accounts() {
    return DevAccounts.accounts();
  }

  /** The node keys of the first {@code validators} devnet validators, for signing blocks. */
  public static List<DevAccount> validatorKeys(int validators) {
    return DevAccounts.validatorKeys(validators);
  }

  /** The member accounts, #4 to #9. */
  public static List<DevAccount> members(List<DevAccount> accounts) {
    return accounts.subList(FIRST_MEMBER, LAST_MEMBER + 1);
  }

  private static SortedMap<String, List<GenesisAddress>> roles(List<DevAccount> accounts) {
    SortedMap<String, List<GenesisAddress>> roles = new TreeMap<>();
    roles.put(RoleName.DEFAULT_ADMIN_ROLE.name(), List.of(accounts.get(0).address()));
    roles.put(RoleName.BRAND_ROLE.name(), List.of(accounts.get(0).address()));
    roles.put(RoleName.SHOP_ROLE.name(), List.of(accounts.get(1).address()));
    roles.put(RoleName.FARM_ROLE.name(), List.of(accounts.get(2).address()));
    roles.put(RoleName.AUDITOR_ROLE.name(), List.of(accounts.get(3).address()));
    roles.put(RoleName.INSPECTOR_ROLE.name(), List.of(accounts.get(INSPECTOR).address()));
    List<GenesisAddress> memberRole =
        new java.util.ArrayList<>(members(accounts).stream().map(DevAccount::address).toList());
    memberRole.add(DevPasskey.ACCOUNT);
    roles.put(RoleName.MEMBER_ROLE.name(), List.copyOf(memberRole));
    roles.put(
        RoleName.SPONSOR_ROLE.name(),
        List.of(accounts.get(1).address(), DevAccounts.relayerKey().address()));
    return roles;
  }
}
