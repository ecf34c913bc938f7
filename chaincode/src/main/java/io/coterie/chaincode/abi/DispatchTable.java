package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.GasSchedule;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Routes calldata to a handler by selector, like a Solidity contract's dispatcher. Before the
 * handler runs it charges {@link GasSchedule#call}, and reverts with a {@link StandardErrors} error
 * when the calldata has no selector or garbled arguments ({@code MalformedCalldata()}), the
 * selector is unknown ({@code UnknownSelector(bytes4)}), value is sent to a non-payable function
 * ({@code NotPayable(uint256)}) or a writing function is called statically ({@code
 * WriteInStaticCall(bytes4)}).
 */
public final class DispatchTable {

  /** Handles one function's call; {@code args} reads the calldata after the selector. */
  @FunctionalInterface
  public interface Handler {
    CallResult handle(CallContext ctx, CalldataReader args);
  }

  /** One function: canonical signature, its selector, mutability and handler. */
  public record Entry(String signature, Selector selector, Mutability mutability, Handler handler) {
    public Entry {
      Objects.requireNonNull(mutability, "mutability");
      Objects.requireNonNull(handler, "handler");
      if (!Selector.of(signature).equals(selector)) {
        throw new IllegalArgumentException("selector does not match signature " + signature);
      }
    }
  }

  private final SortedMap<Selector, Entry> entries;

  private DispatchTable(SortedMap<Selector, Entry> entries) {
    this.entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Functions by selector, in selector order. */
  public SortedMap<Selector, Entry> entries() {
    return entries;
  }

  /** Dispatches {@code input} (selector + arguments). */
  public CallResult dispatch(CallContext ctx, byte[] input) {
    ctx.gas().charge(GasSchedule.call(input.length));
    if (input.length < 4) {
      return StandardErrors.MALFORMED_CALLDATA.revert();
    }
    Selector selector = Selector.fromBytes(input, 0);
    Entry entry = entries.get(selector);
    if (entry == null) {
      return StandardErrors.UNKNOWN_SELECTOR.revert(AbiValues.bytes4(selector));
    }
    if (!entry.mutability().acceptsValue() && ctx.value().signum() != 0) {
      return StandardErrors.NOT_PAYABLE.revert(AbiValues.uint256(ctx.value()));
    }
    if (entry.mutability().writes() && ctx.isStatic()) {
      return StandardErrors.WRITE_IN_STATIC_CALL.revert(AbiValues.bytes4(selector));
    }
    try {
      return entry.handler().handle(ctx, CalldataReader.afterSelector(input));
    } catch (MalformedCalldataException e) {
      return StandardErrors.MALFORMED_CALLDATA.revert();
    }
  }

  /** Collects entries; rejects two signatures with the same selector. */
  public static final class Builder {
    private final SortedMap<Selector, Entry> entries = new TreeMap<>();

    private Builder() {}

    public Builder view(String signature, Handler handler) {
      return add(signature, Mutability.VIEW, handler);
    }

    public Builder pure(String signature, Handler handler) {
      return add(signature, Mutability.PURE, handler);
    }

    public Builder nonpayable(String signature, Handler handler) {
      return add(signature, Mutability.NONPAYABLE, handler);
    }

    public Builder payable(String signature, Handler handler) {
      return add(signature, Mutability.PAYABLE, handler);
    }

    public Builder add(String signature, Mutability mutability, Handler handler) {
      Selector selector = Selector.of(signature);
      Entry previous =
          entries.putIfAbsent(selector, new Entry(signature, selector, mutability, handler));
      if (previous != null) {
        throw new IllegalArgumentException(
            "%s and %s share selector %s; rename one"
                .formatted(previous.signature(), signature, selector));
      }
      return this;
    }

    public DispatchTable build() {
      return new DispatchTable(entries);
    }
  }
}
