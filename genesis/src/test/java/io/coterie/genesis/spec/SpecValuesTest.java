package io.coterie.genesis.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpecValuesTest {
  private static final GenesisAddress A = GenesisAddress.of("0x" + "aa".repeat(20));
  private static final GenesisAddress B = GenesisAddress.of("0x" + "bb".repeat(20));

  @Test
  void addressesAreStoredInLowerCaseWithPrefix() {
    assertThat(GenesisAddress.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").hex())
        .isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    assertThat(GenesisAddress.of("F39FD6E51AAD88F6F4CE6AB8827279CFFFB92266"))
        .isEqualTo(GenesisAddress.of("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
  }

  @Test
  void malformedAddressesAreRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> GenesisAddress.of("0x1234")).hasMessageContaining("40 hex digits");
    assertThatThrownBy(() -> GenesisAddress.of("0x" + "zz".repeat(20)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(GenesisAddress.isValid("0x" + "ab".repeat(20))).isTrue();
    assertThat(GenesisAddress.isValid("0x" + "ab".repeat(21))).isFalse();
    assertThat(GenesisAddress.isValid(null)).isFalse();
  }

  @Test
  void vanityIsPaddedTo32BytesAndComparedByContent() {
    assertThat(Vanity.fromHex("0xc0de").toHex()).isEqualTo("0xc0de" + "00".repeat(30));
    assertThat(Vanity.fromHex("0xc0de"))
        .isEqualTo(Vanity.of(new byte[] {(byte) 0xc0, (byte) 0xde}));
    assertThatThrownBy(() -> Vanity.of(new byte[33])).hasMessageContaining("at most 32 bytes");
  }

  @Test
  void vanityBytesCannotBeChangedFromOutside() {
    Vanity vanity = Vanity.fromHex("0x01");
    vanity.bytes()[0] = 9;

    assertThat(vanity.toHex()).startsWith("0x01");
  }

  @Test
  void chainSpecSortsValidatorsAndAllocationsButKeepsDuplicatesForTheValidator() {
    ChainSpec spec =
        ChainSpec.builder()
            .chainId(1)
            .validators(List.of(B, A, B))
            .allocations(List.of(Allocation.ofCoins(B, 1), Allocation.ofCoins(A, 2)))
            .build();

    assertThat(spec.validators()).containsExactly(A, B, B);
    assertThat(spec.allocations()).extracting(Allocation::address).containsExactly(A, B);
  }

  @Test
  void chainSpecCopiesItsLists() {
    List<GenesisAddress> validators = new ArrayList<>(List.of(A));
    ChainSpec spec = ChainSpec.builder().validators(validators).build();
    validators.add(B);

    assertThat(spec.validators()).containsExactly(A);
    assertThatThrownBy(() -> spec.validators().add(B))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void precompileGenesisSortsHoldersAndIsUnmodifiable() {
    PrecompileGenesis genesis =
        new PrecompileGenesis(
            new TreeMap<>(Map.of("MEMBER_ROLE", List.of(B, A))),
            new TreeMap<>(Map.of("loyalty", new TreeMap<>(Map.of("k", "v")))));

    assertThat(genesis.holders(RoleName.MEMBER_ROLE)).containsExactly(A, B);
    assertThat(genesis.holders(RoleName.SHOP_ROLE)).isEmpty();
    assertThatThrownBy(() -> genesis.roles().put("X", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> genesis.params().get("loyalty").put("k2", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void coinsAreEighteenDecimals() {
    assertThat(Allocation.ofCoins(A, 10_000).balanceWei())
        .isEqualTo(new BigInteger("10000000000000000000000"));
  }

  @Test
  void roleNamesAreFoundOnlyByTheirExactName() {
    assertThat(RoleName.find("SHOP_ROLE")).contains(RoleName.SHOP_ROLE);
    assertThat(RoleName.find("shop_role")).isEmpty();
  }
}
