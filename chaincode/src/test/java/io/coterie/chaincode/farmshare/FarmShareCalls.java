package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/** Calldata of the farm shares precompile, built with web3j's encoder as a client would. */
final class FarmShareCalls {
  private FarmShareCalls() {}

  static byte[] offerSeason(
      long seasonId,
      String name,
      long shares,
      long programId,
      long price,
      long seasonStart,
      List<Long> dates) {
    return fn(
        "offerSeason",
        u256(seasonId),
        new Utf8String(name),
        u256(shares),
        u256(programId),
        u256(price),
        new Uint64(seasonStart),
        new DynamicArray<>(Uint64.class, dates.stream().map(Uint64::new).toList()));
  }

  static byte[] offerSeasonByInterval(
      long seasonId,
      String name,
      long shares,
      long programId,
      long price,
      long seasonStart,
      long count,
      long interval) {
    return fn(
        "offerSeasonByInterval",
        u256(seasonId),
        new Utf8String(name),
        u256(shares),
        u256(programId),
        u256(price),
        new Uint64(seasonStart),
        u256(count),
        new Uint64(interval));
  }

  static byte[] subscribe(long seasonId, long shares) {
    return fn("subscribe", u256(seasonId), u256(shares));
  }

  static byte[] subscribeWithPermit(
      long seasonId, long shares, long deadline, TypedDataSigner.Vrs sig) {
    return fn(
        "subscribeWithPermit",
        u256(seasonId),
        u256(shares),
        u256(deadline),
        sig.v(),
        sig.r(),
        sig.s());
  }

  static byte[] refund(long seasonId, ChainAddress member) {
    return fn("refund", u256(seasonId), addr(member));
  }

  static byte[] deliver(long seasonId, long index, Word lotId) {
    return fn("deliver", u256(seasonId), u256(index), b32(lotId));
  }

  static byte[] sharesOf(long seasonId, ChainAddress member) {
    return fn("sharesOf", u256(seasonId), addr(member));
  }

  static byte[] season(long seasonId) {
    return fn("season", u256(seasonId));
  }

  static byte[] deliverySchedule(long seasonId) {
    return fn("deliverySchedule", u256(seasonId));
  }

  static byte[] deliveriesOf(long seasonId, ChainAddress member) {
    return fn("deliveriesOf", u256(seasonId), addr(member));
  }

  /** A member's delivered (index, lotId) pairs as {@code deliveriesOf} returns them. */
  record Delivered(long index, Word lotId) {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static List<Delivered> decodeDeliveriesOf(byte[] data) {
    List<Type> out =
        AbiCalls.decode(
            data,
            new TypeReference<DynamicArray<Uint256>>() {},
            new TypeReference<DynamicArray<Bytes32>>() {});
    List<Uint256> indexes = ((DynamicArray<Uint256>) out.get(0)).getValue();
    List<Bytes32> lots = ((DynamicArray<Bytes32>) out.get(1)).getValue();
    return java.util.stream.IntStream.range(0, indexes.size())
        .mapToObj(
            i ->
                new Delivered(
                    indexes.get(i).getValue().longValueExact(), Word.wrap(lots.get(i).getValue())))
        .toList();
  }

  /** (plannedAt, lotIds, deliveredAt) as {@code deliverySchedule} returns them. */
  record Schedule(List<Long> plannedAt, List<Word> lotIds, List<Long> deliveredAt) {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static Schedule decodeSchedule(byte[] data) {
    List<Type> out =
        AbiCalls.decode(
            data,
            new TypeReference<DynamicArray<Uint64>>() {},
            new TypeReference<DynamicArray<Bytes32>>() {},
            new TypeReference<DynamicArray<Uint64>>() {});
    return new Schedule(
        longs((DynamicArray<Uint64>) out.get(0)),
        ((DynamicArray<Bytes32>) out.get(1))
            .getValue().stream().map(b -> Word.wrap(b.getValue())).toList(),
        longs((DynamicArray<Uint64>) out.get(2)));
  }

  private static List<Long> longs(DynamicArray<Uint64> values) {
    return values.getValue().stream().map(v -> v.getValue().longValueExact()).toList();
  }

  static BigInteger uint(byte[] data) {
    return AbiCalls.uint(data);
  }
}
