package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.execution.CallRequest;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the call object of {@code eth_call} and {@code eth_estimateGas} as geth does: {@code from}
 * (zero address when absent), {@code to}, {@code gas}, {@code gasPrice} or {@code maxFeePerGas}
 * (not both), {@code value}, and {@code input} or its older name {@code data} (both only when
 * equal). Other fields (nonce, access list, priority fee) are accepted and not used.
 */
public final class CallRequestJson {
  private CallRequestJson() {}

  public static CallRequest parse(JsonNode call) {
    if (call == null || !call.isObject()) {
      throw new InvalidParamsException(
          "expected a call object {\"to\": \"0x..\", \"input\": \"0x..\", ..}");
    }
    Address from = address(call, "from").orElse(Address.ZERO);
    Optional<Address> to = address(call, "to");
    Optional<Long> gas = quantity(call, "gas").map(CallRequestJson::gasLimit);
    Optional<BigInteger> gasPrice = quantity(call, "gasPrice");
    Optional<BigInteger> maxFee = quantity(call, "maxFeePerGas");
    if (gasPrice.isPresent() && maxFee.isPresent()) {
      throw new InvalidParamsException(
          "both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified; give one of them");
    }
    BigInteger price = gasPrice.or(() -> maxFee).orElse(BigInteger.ZERO);
    BigInteger value = quantity(call, "value").orElse(BigInteger.ZERO);
    return new CallRequest(from, to, gas, price, value, input(call));
  }

  private static Bytes input(JsonNode call) {
    Optional<byte[]> input = data(call, "input");
    Optional<byte[]> data = data(call, "data");
    if (input.isPresent() && data.isPresent() && !Arrays.equals(input.get(), data.get())) {
      throw new InvalidParamsException(
          "both \"data\" and \"input\" are set and not equal. Please use \"input\" to pass"
              + " transaction call data");
    }
    return Bytes.of(input.or(() -> data).orElse(new byte[0]));
  }

  private static long gasLimit(BigInteger gas) {
    if (gas.bitLength() > 63) {
      throw new InvalidParamsException("gas: " + gas + " does not fit in 64 bits");
    }
    return gas.longValueExact();
  }

  private static Optional<String> text(JsonNode call, String field) {
    JsonNode node = call.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new InvalidParamsException(field + ": expected a hex string, got " + node);
    }
    return Optional.of(node.textValue());
  }

  private static Optional<Address> address(JsonNode call, String field) {
    return text(call, field).map(t -> Address.wrap(named(field, () -> Data.decode(t, 20))));
  }

  private static Optional<BigInteger> quantity(JsonNode call, String field) {
    return text(call, field).map(t -> named(field, () -> Quantity.decode(t)));
  }

  private static Optional<byte[]> data(JsonNode call, String field) {
    return text(call, field).map(t -> named(field, () -> Data.decode(t)));
  }

  private static <T> T named(String field, java.util.function.Supplier<T> decode) {
    try {
      return decode.get();
    } catch (InvalidParamsException e) {
      throw new InvalidParamsException(field + ": " + e.getMessage());
    }
  }
}
