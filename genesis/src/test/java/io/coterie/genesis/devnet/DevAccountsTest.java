package io.coterie.genesis.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevAccountsTest {
  @Test
  void accountZeroIsTheOneHardhatPrints() {
    DevAccount zero = DevAccounts.account(0);

    assertThat(zero.checksumAddress()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    // Hardhat's and Anvil's well-known account #0 key.
    assertThat(zero.privateKeyHex())
        .isEqualTo("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThat(zero.derivationPath()).isEqualTo("m/44'/60'/0'/0/0");
  }

  @Test
  void accountOneIsTheOneHardhatPrints() {
    assertThat(DevAccounts.account(1).checksumAddress())
        .isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  }

  @Test
  void accountTenIsTheOneHardhatPrints() {
    assertThat(DevAccounts.account(10).checksumAddress())
        .isEqualTo("0xBcd4042DE499D14e55001CcbB24a551F3b954096");
  }

  @Test
  void thereAreElevenDistinctAccountsInIndexOrder() {
    assertThat(DevAccounts.accounts())
        .hasSize(11)
        .extracting(DevAccount::index)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(DevAccounts.accounts()).extracting(DevAccount::address).doesNotHaveDuplicates();
  }

  @Test
  void validatorKeysAreDeterministicAndDistinctFromAccounts() {
    assertThat(DevAccounts.validatorKeys(4)).isEqualTo(DevAccounts.validatorKeys(4));
    assertThat(DevAccounts.validatorKeys(4))
        .extracting(DevAccount::address)
        .doesNotHaveDuplicates()
        .doesNotContainAnyElementsOf(
            DevAccounts.accounts().stream().map(DevAccount::address).toList());
    assertThat(DevAccounts.validatorKeys(2).get(1).derivationPath()).isEqualTo("m/44'/60'/1'/0/1");
  }
}
