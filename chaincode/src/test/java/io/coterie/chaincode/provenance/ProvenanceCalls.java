package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.support.AbiCalls.b32;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** Calldata for the Provenance precompile built with web3j's encoder, as a client would. */
final class ProvenanceCalls {
  private ProvenanceCalls() {}

  static final String FARM_GLN = "0614141000005";
  static final String STORE_GLN = "0614141000012";

  /** The ten context arguments. */
  record Context(
      int bizStep,
      int disposition,
      long eventTime,
      String readPoint,
      String bizLocation,
      boolean hasSensor,
      int min,
      int max,
      Word documentHash,
      String documentUri) {
    Context withDisposition(Disposition d) {
      return new Context(
          bizStep,
          d.code(),
          eventTime,
          readPoint,
          bizLocation,
          hasSensor,
          min,
          max,
          documentHash,
          documentUri);
    }

    Context withEventTime(long t) {
      return new Context(
          bizStep,
          disposition,
          t,
          readPoint,
          bizLocation,
          hasSensor,
          min,
          max,
          documentHash,
          documentUri);
    }

    Context withSensor(int lo, int hi) {
      return new Context(
          bizStep,
          disposition,
          eventTime,
          readPoint,
          bizLocation,
          true,
          lo,
          hi,
          documentHash,
          documentUri);
    }

    Context withReadPoint(String gln) {
      return new Context(
          bizStep,
          disposition,
          eventTime,
          gln,
          bizLocation,
          hasSensor,
          min,
          max,
          documentHash,
          documentUri);
    }

    Context withDocument(Word hash, String uri) {
      return new Context(
          bizStep, disposition, eventTime, readPoint, bizLocation, hasSensor, min, max, hash, uri);
    }

    Context withBizStepCode(int code) {
      return new Context(
          code,
          disposition,
          eventTime,
          readPoint,
          bizLocation,
          hasSensor,
          min,
          max,
          documentHash,
          documentUri);
    }

    @SuppressWarnings("rawtypes")
    List<Type> args() {
      return List.of(
          new Uint8(bizStep),
          new Uint8(disposition),
          new Uint64(eventTime),
          new Utf8String(readPoint),
          new Utf8String(bizLocation),
          new Bool(hasSensor),
          new Int32(min),
          new Int32(max),
          new Bytes32(documentHash.bytes()),
          new Utf8String(documentUri));
    }
  }

  static Context context(BizStep step, long eventTime) {
    return new Context(
        step.code(),
        Disposition.ACTIVE.code(),
        eventTime,
        FARM_GLN,
        FARM_GLN,
        false,
        0,
        0,
        Word.ZERO,
        "");
  }

  static byte[] commissionLot(String gtin, String lot, Context c) {
    return fn("commissionLot", c, new Utf8String(gtin), new Utf8String(lot));
  }

  static byte[] recordObjectEvent(List<Word> lots, EpcisAction action, Context c) {
    return fn("recordObjectEvent", c, b32s(lots), new Uint8(action.code()));
  }

  static byte[] aggregate(String sscc, List<Word> children, EpcisAction action, Context c) {
    return fn("aggregate", c, new Utf8String(sscc), b32s(children), new Uint8(action.code()));
  }

  static byte[] transform(List<Word> inputs, List<String> gtins, List<String> lots, Context c) {
    return fn(
        "transform",
        c,
        b32s(inputs),
        new DynamicArray<>(Utf8String.class, gtins.stream().map(Utf8String::new).toList()),
        new DynamicArray<>(Utf8String.class, lots.stream().map(Utf8String::new).toList()));
  }

  static byte[] shipLots(List<Word> lots, ChainAddress receiver, Context c) {
    return fn("shipLots", c, b32s(lots), new Address(receiver.toHex()));
  }

  static byte[] receiveLots(List<Word> lots, Context c) {
    return fn("receiveLots", c, b32s(lots));
  }

  static byte[] recall(Word lotId, Word reason) {
    return fn("recall", null, b32(lotId), b32(reason));
  }

  static byte[] declareError(long eventId, ErrorReason reason, List<Long> corrective) {
    return fn(
        "declareError",
        null,
        new Uint256(eventId),
        new Uint8(reason.code()),
        new DynamicArray<>(Uint256.class, corrective.stream().map(Uint256::new).toList()));
  }

  static byte[] attest(long eventId, Word statement) {
    return fn("attest", null, new Uint256(eventId), b32(statement));
  }

  static byte[] isRecalled(Word lotId) {
    return fn("isRecalled", null, b32(lotId));
  }

  static byte[] custodianOf(Word lotId) {
    return fn("custodianOf", null, b32(lotId));
  }

  static byte[] lotIdOf(String gtin, String lot) {
    return fn("lotIdOf", null, new Utf8String(gtin), new Utf8String(lot));
  }

  static byte[] getEvent(long id) {
    return fn("getEvent", null, new Uint256(id));
  }

  static byte[] named(String name, Type<?>... args) {
    return fn(name, null, args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<Word> decodeFirstBytes32Array(byte[] data) {
    List<Type> out =
        FunctionReturnDecoder.decode(
            Numeric.toHexString(data),
            (List) List.of(new TypeReference<DynamicArray<Bytes32>>() {}));
    return ((List<Bytes32>) out.get(0).getValue())
        .stream().map(b -> Word.wrap(b.getValue())).toList();
  }

  static BigInteger uint(byte[] data, int word) {
    return new BigInteger(1, java.util.Arrays.copyOfRange(data, 32 * word, 32 * word + 32));
  }

  static DynamicArray<Bytes32> b32s(List<Word> words) {
    return new DynamicArray<>(Bytes32.class, words.stream().map(AbiCalls::b32).toList());
  }

  @SuppressWarnings("rawtypes")
  private static byte[] fn(String name, Context c, Type... args) {
    List<Type> all = new ArrayList<>(List.of(args));
    if (c != null) {
      all.addAll(c.args());
    }
    return Numeric.hexStringToByteArray(FunctionEncoder.encode(new Function(name, all, List.of())));
  }
}
