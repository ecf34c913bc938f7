package io.coterie.chaincode.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.utils.Numeric;

class AbiHelpersTest {

  @Test
  void mappingAndArraySlotsFollowSolidity() {
    assertThat(StorageSlots.mapping(Word.ZERO, Word.ZERO))
        .isEqualTo(
            Word.fromHex("0xad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5"));
    assertThat(StorageSlots.arrayElement(Word.ZERO, 0))
        .isEqualTo(
            Word.fromHex("0x290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563"));
    assertThat(StorageSlots.arrayElement(Word.of(1), 3))
        .isEqualTo(
            Word.fromHex("0xb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6")
                .plus(3));
    assertThat(StorageSlots.arrayElement(Word.of(1), BigInteger.TWO, 3))
        .isEqualTo(StorageSlots.arrayElement(Word.of(1), 6));
    assertThat(StorageSlots.nestedMapping(Word.of(5), Word.of(1), Word.of(2)))
        .isEqualTo(StorageSlots.mapping(StorageSlots.mapping(Word.of(5), Word.of(1)), Word.of(2)));
    assertThat(StorageSlots.mapping(Word.of(3), ChainAddress.of(0xabc)))
        .isEqualTo(StorageSlots.mapping(Word.of(3), Word.of(0xabc)));
    assertThat(StorageSlots.mappingBytesKey(Word.ZERO, new byte[0]))
        .isEqualTo(Word.keccak(new byte[32]));
  }

  @Test
  void errorStringMatchesTheSolidityDocsExample() {
    assertThat(Numeric.toHexString(SolidityError.reason("Not enough Ether provided.")))
        .isEqualTo(
            "0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "000000000000000000000000000000000000000000000000000000000000001a"
                + "4e6f7420656e6f7567682045746865722070726f76696465642e000000000000");
    assertThat(SolidityError.PANIC.selector().toHex()).isEqualTo("0x4e487b71");
  }

  @Test
  void eventTopicsStartWithTheSignatureHash() {
    SolidityEvent transfer = new SolidityEvent("Transfer(address,address,uint256)");

    assertThat(transfer.topic0())
        .isEqualTo(
            Word.fromHex("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    assertThat(transfer.topics(Word.of(1), Word.of(2))).hasSize(3);
    assertThat(transfer.data(AbiValues.uint256(5))).isEqualTo(Word.of(5).bytes());
  }

  @Test
  void solidityStringsRoundTripAndRewritingClearsStaleChunks() {
    SortedMap<Word, Word> storage = new TreeMap<>();
    AccountSlots slots = AccountSlots.inMap(storage);
    String long70 = "x".repeat(70);

    StringStorage.writeNew(slots, Word.of(3), long70);
    assertThat(StringStorage.read(slots, Word.of(3))).isEqualTo(long70);
    assertThat(storage).hasSize(4);
    StringStorage.write(slots, Word.of(3), "short");
    assertThat(StringStorage.read(slots, Word.of(3))).isEqualTo("short");
    assertThat(storage).containsOnlyKeys(Word.of(3));
  }

  @Test
  void interfaceIdIsTheXorOfTheSelectors() {
    assertThat(Selector.interfaceId("supportsInterface(bytes4)").toHex()).isEqualTo("0x01ffc9a7");
    assertThat(Selector.interfaceId("name()", "symbol()", "tokenURI(uint256)").toHex())
        .isEqualTo("0x5b5e139f");
  }

  @Test
  void calldataReaderIsStrictAboutLengthAndPadding() {
    byte[] args = new byte[64];
    args[63] = 2;
    CalldataReader reader = CalldataReader.ofArguments(args);

    assertThat(reader.uint256(1)).isEqualTo(BigInteger.TWO);
    assertThat(reader.address(0)).isEqualTo(ChainAddress.ZERO);
    assertThatThrownBy(() -> reader.word(2)).isInstanceOf(MalformedCalldataException.class);
    assertThatThrownBy(() -> reader.bool(1)).isInstanceOf(MalformedCalldataException.class);
    assertThat(reader.uint8(1)).isEqualTo(2);
    args[62] = 1;
    assertThatThrownBy(() -> CalldataReader.ofArguments(args).uint8(1))
        .isInstanceOf(MalformedCalldataException.class);
    assertThatThrownBy(() -> CalldataReader.afterSelector(new byte[3]))
        .isInstanceOf(MalformedCalldataException.class);
  }

  @Test
  @SuppressWarnings("rawtypes")
  void dynamicArgumentsDecodeThroughWeb3j() {
    byte[] encoded = AbiValues.encode(AbiValues.string("hello"), AbiValues.uint256(7));

    List<Type> values =
        CalldataReader.ofArguments(encoded)
            .decode(
                List.of(
                    new TypeReference<Utf8String>() {},
                    new TypeReference<org.web3j.abi.datatypes.generated.Uint256>() {}));

    assertThat(values.get(0).getValue()).isEqualTo("hello");
    assertThat(values.get(1).getValue()).isEqualTo(BigInteger.valueOf(7));
  }

  @Test
  void dispatchTableRejectsSelectorClashesAndBadSignatures() {
    DispatchTable.Handler ok = (ctx, args) -> CallResult.success();

    // Both signatures hash to selector 0x42966c68 (a well-known collision).
    assertThatThrownBy(
            () ->
                DispatchTable.builder()
                    .view("burn(uint256)", ok)
                    .view("collate_propagate_storage(bytes16)", ok))
        .hasMessageContaining("share selector");
    assertThatThrownBy(() -> Selector.of("hasRole(bytes32, address)"))
        .hasMessageContaining("canonical signature");
  }
}
