package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * The {@code (address[] targets, uint256[] values, bytes[] calldatas)} of a proposal, as decoded
 * from calldata, and OZ's {@code hashProposal} over them. Holds copies of the call bytes.
 */
final class ProposalOperations {
  private final List<ChainAddress> targets;
  private final List<BigInteger> values;
  private final List<byte[]> calldatas;

  private ProposalOperations(
      List<ChainAddress> targets, List<BigInteger> values, List<byte[]> calldatas) {
    this.targets = List.copyOf(targets);
    this.values = List.copyOf(values);
    this.calldatas = calldatas.stream().map(byte[]::clone).toList();
  }

  static ProposalOperations of(
      List<ChainAddress> targets, List<BigInteger> values, List<byte[]> calldatas) {
    return new ProposalOperations(targets, values, calldatas);
  }

  /** Type references for the three arrays followed by {@code last}. */
  static List<TypeReference<?>> typesWith(TypeReference<?> last) {
    return List.of(
        new TypeReference<DynamicArray<Address>>() {},
        new TypeReference<DynamicArray<Uint256>>() {},
        new TypeReference<DynamicArray<DynamicBytes>>() {},
        last);
  }

  /** The arrays from decoded arguments 0-2 (see {@link #typesWith}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static ProposalOperations from(List<Type> decoded) {
    List<Address> addresses = ((DynamicArray<Address>) decoded.get(0)).getValue();
    List<Uint256> amounts = ((DynamicArray<Uint256>) decoded.get(1)).getValue();
    List<DynamicBytes> datas = ((DynamicArray<DynamicBytes>) decoded.get(2)).getValue();
    List<ChainAddress> targets = new ArrayList<>();
    for (Address a : addresses) {
      BigInteger v = a.toUint().getValue();
      targets.add(ChainAddress.of(v));
    }
    return new ProposalOperations(
        targets,
        amounts.stream().map(Uint256::getValue).toList(),
        datas.stream().map(DynamicBytes::getValue).toList());
  }

  /** A proposal named by its operations and description hash, as execute and cancel take it. */
  record Identified(ProposalOperations operations, Word descriptionHash) {
    BigInteger proposalId() {
      return operations.hash(descriptionHash);
    }
  }

  /** Decodes {@code (address[], uint256[], bytes[], bytes32 descriptionHash)}. */
  static Identified decodeIdentified(CalldataReader args) {
    List<Type> decoded = args.decode(typesWith(new TypeReference<Bytes32>() {}));
    return new Identified(from(decoded), Word.wrap(((Bytes32) decoded.get(3)).getValue()));
  }

  List<ChainAddress> targets() {
    return targets;
  }

  List<BigInteger> values() {
    return values;
  }

  int size() {
    return targets.size();
  }

  int calldataCount() {
    return calldatas.size();
  }

  byte[] calldata(int index) {
    return calldatas.get(index).clone();
  }

  /**
   * OZ {@code hashProposal}: {@code keccak256(abi.encode(targets, values, calldatas, descHash))}.
   */
  BigInteger hash(Word descriptionHash) {
    return Word.keccak(
            AbiValues.encode(
                targetsAbi(), valuesAbi(), calldatasAbi(), new Bytes32(descriptionHash.bytes())))
        .toBigInteger();
  }

  DynamicArray<Address> targetsAbi() {
    return AbiValues.addressArray(targets);
  }

  DynamicArray<Uint256> valuesAbi() {
    return new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList());
  }

  DynamicArray<DynamicBytes> calldatasAbi() {
    return new DynamicArray<>(
        DynamicBytes.class, calldatas.stream().map(DynamicBytes::new).toList());
  }

  /** OZ 5 emits one empty signature string per call. */
  DynamicArray<Utf8String> emptySignaturesAbi() {
    List<Utf8String> empty = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      empty.add(new Utf8String(""));
    }
    return new DynamicArray<>(Utf8String.class, empty);
  }
}
