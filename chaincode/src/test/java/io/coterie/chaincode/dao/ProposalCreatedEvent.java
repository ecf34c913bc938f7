package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** {@code ProposalCreated} data decoded with web3j, as a client reads the log. */
record ProposalCreatedEvent(
    BigInteger proposalId,
    ChainAddress proposer,
    List<ChainAddress> targets,
    List<BigInteger> values,
    List<String> signatures,
    List<String> calldatasHex,
    long voteStart,
    long voteEnd,
    String description) {

  @SuppressWarnings({"unchecked", "rawtypes"})
  static ProposalCreatedEvent decode(String dataHex) {
    List<Type> d =
        FunctionReturnDecoder.decode(
            dataHex,
            (List)
                List.of(
                    new TypeReference<Uint256>() {},
                    new TypeReference<Address>() {},
                    new TypeReference<DynamicArray<Address>>() {},
                    new TypeReference<DynamicArray<Uint256>>() {},
                    new TypeReference<DynamicArray<Utf8String>>() {},
                    new TypeReference<DynamicArray<DynamicBytes>>() {},
                    new TypeReference<Uint256>() {},
                    new TypeReference<Uint256>() {},
                    new TypeReference<Utf8String>() {}));
    return new ProposalCreatedEvent(
        ((Uint256) d.get(0)).getValue(),
        ChainAddress.fromHex(((Address) d.get(1)).getValue()),
        ((List<Address>) d.get(2).getValue())
            .stream().map(a -> ChainAddress.fromHex(a.getValue())).toList(),
        ((List<Uint256>) d.get(3).getValue()).stream().map(Uint256::getValue).toList(),
        ((List<Utf8String>) d.get(4).getValue()).stream().map(Utf8String::getValue).toList(),
        ((List<DynamicBytes>) d.get(5).getValue())
            .stream().map(b -> Numeric.toHexString(b.getValue())).toList(),
        ((Uint256) d.get(6)).getValue().longValueExact(),
        ((Uint256) d.get(7)).getValue().longValueExact(),
        ((Utf8String) d.get(8)).getValue());
  }
}
