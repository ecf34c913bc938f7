package io.coterie.chaincode.share;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Calldata of the profit-sharing precompile. */
public final class ShareCalls {
  private ShareCalls() {}

  public static byte[] openRound(
      long programId,
      BigInteger amount,
      int source,
      long sourceId,
      long snapshotBlock,
      long expiryBlock) {
    return fn(
        "openRound",
        u256(programId),
        new Uint256(amount),
        new Uint8(source),
        u256(sourceId),
        new Uint64(snapshotBlock),
        new Uint64(expiryBlock));
  }

  public static byte[] openListedRound(
      long programId,
      BigInteger amount,
      long expiryBlock,
      List<ChainAddress> members,
      List<BigInteger> weights) {
    return fn(
        "openListedRound",
        u256(programId),
        new Uint256(amount),
        new Uint64(expiryBlock),
        new DynamicArray<>(Address.class, members.stream().map(m -> addr(m)).toList()),
        new DynamicArray<>(Uint256.class, weights.stream().map(Uint256::new).toList()));
  }

  public static byte[] claim(BigInteger roundId) {
    return fn("claim", new Uint256(roundId));
  }

  public static byte[] reclaimExpired(BigInteger roundId) {
    return fn("reclaimExpired", new Uint256(roundId));
  }

  public static byte[] roundInfo(BigInteger roundId) {
    return fn("roundInfo", new Uint256(roundId));
  }

  public static byte[] claimable(BigInteger roundId, ChainAddress member) {
    return fn("claimable", new Uint256(roundId), addr(member));
  }

  public static byte[] claimed(BigInteger roundId, ChainAddress member) {
    return fn("claimed", new Uint256(roundId), addr(member));
  }

  public static byte[] weightOf(BigInteger roundId, ChainAddress member) {
    return fn("weightOf", new Uint256(roundId), addr(member));
  }
}
