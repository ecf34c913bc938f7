package io.coterie.genesis.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.genesis.spec.Allocation;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.RoleName;
import io.coterie.genesis.validate.GenesisValidator;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DevnetSpecTest {
  private final ChainSpec spec = DevnetSpec.create(4, 500);

  @Test
  void devnetIsValid() {
    assertThat(GenesisValidator.validate(spec)).isEmpty();
    assertThat(GenesisValidator.validate(DevnetSpec.create(1, 1_000))).isEmpty();
  }

  @Test
  void fundsTheTenDevAccountsWithTenThousandCoinsEach() {
    assertThat(spec.allocations())
        .hasSize(11)
        .extracting(Allocation::balanceWei)
        .containsOnly(new BigInteger("10000000000000000000000"));
    assertThat(spec.allocations())
        .extracting(Allocation::address)
        .containsExactlyInAnyOrderElementsOf(
            DevnetSpec.accounts().stream().map(DevAccount::address).toList());
  }

  @Test
  void assignsRolesByAccountIndex() {
    var accounts = DevnetSpec.accounts();
    var roles = spec.precompiles();
    assertThat(roles.holders(RoleName.DEFAULT_ADMIN_ROLE))
        .containsExactly(accounts.get(0).address());
    assertThat(roles.holders(RoleName.BRAND_ROLE)).containsExactly(accounts.get(0).address());
    assertThat(roles.holders(RoleName.SHOP_ROLE)).containsExactly(accounts.get(1).address());
    assertThat(roles.holders(RoleName.FARM_ROLE)).containsExactly(accounts.get(2).address());
    assertThat(roles.holders(RoleName.AUDITOR_ROLE)).containsExactly(accounts.get(3).address());
    assertThat(roles.holders(RoleName.INSPECTOR_ROLE)).containsExactly(accounts.get(10).address());
    var members =
        new java.util.ArrayList<>(
            accounts.subList(4, 10).stream().map(DevAccount::address).toList());
    members.add(io.coterie.genesis.spec.GenesisAddress.of(DevPasskey.ACCOUNT_ADDRESS.toHex()));
    assertThat(roles.holders(RoleName.MEMBER_ROLE)).containsExactlyInAnyOrderElementsOf(members);
    assertThat(roles.holders(RoleName.SPONSOR_ROLE))
        .containsExactlyInAnyOrder(accounts.get(1).address(), DevAccounts.relayerKey().address());
  }

  @Test
  void thePasskeyAccountIsTheMemberAccountOfThePublishedKey() {
    assertThat(DevPasskey.ACCOUNT_ADDRESS)
        .isEqualTo(
            io.coterie.chaincode.members.MemberAccountAddress.of(
                DevPasskey.X, DevPasskey.Y, java.math.BigInteger.ZERO));
    assertThat(DevPasskey.credentialId()).hasSize(16);
    assertThat(java.util.Base64.getDecoder().decode(DevPasskey.pkcs8Base64())).isNotEmpty();
  }

  @Test
  void isAFreePermissionedChain1337WithTheRequestedBlockPeriod() {
    assertThat(spec.chainId()).isEqualTo(1337);
    assertThat(spec.baseFeePerGas()).isZero();
    assertThat(spec.permissioning().accountPermissioning()).isTrue();
    assertThat(spec.nativeTransfers()).isTrue();
    assertThat(spec.qbft().blockPeriodMillis()).isEqualTo(500);
    assertThat(spec.gasLimit()).isEqualTo(DevnetSpec.GAS_LIMIT);
  }

  @Test
  void validatorsAreTheAddressesOfTheExposedNodeKeys() {
    assertThat(spec.validators())
        .containsExactlyInAnyOrderElementsOf(
            DevnetSpec.validatorKeys(4).stream().map(DevAccount::address).toList());
  }

  @Test
  void refusesZeroValidators() {
    assertThatThrownBy(() -> DevnetSpec.create(0, 1_000))
        .hasMessageContaining("at least one validator");
  }
}
