package io.coterie.node.execution;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to simulate (eth_call, eth_estimateGas). {@code to} absent means contract creation, which
 * this chain refuses with an explanation; {@code gasLimit} absent means the block gas limit.
 */
public record CallRequest(
    Address from,
    Optional<Address> to,
    Optional<Long> gasLimit,
    BigInteger gasPrice,
    BigInteger value,
    Bytes data) {
  public CallRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(gasLimit, "gasLimit");
    Objects.requireNonNull(gasPrice, "gasPrice");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(data, "data");
  }
}
