package io.coterie.chaincode.spi;

import java.util.List;

/**
 * One account's storage and events as a precompile should use them inside a call: every read, write
 * and event is charged by {@link GasSchedule}, and writes or events in a static call throw {@link
 * StaticCallViolation} before touching the host.
 */
public final class MeteredState {
  private final CallContext ctx;
  private final ChainAddress account;

  private MeteredState(CallContext ctx, ChainAddress account) {
    this.ctx = ctx;
    this.account = account;
  }

  /** The storage of the called address itself. */
  public static MeteredState of(CallContext ctx) {
    return new MeteredState(ctx, ctx.self());
  }

  /** The storage of {@code account}, e.g. a registry keeping the state of the tokens it serves. */
  public static MeteredState of(CallContext ctx, ChainAddress account) {
    return new MeteredState(ctx, account);
  }

  /**
   * Any account's storage for reading through another module's reader (role checks, voting power,
   * program terms), each read charged {@link GasSchedule#STORAGE_READ}; writes throw.
   */
  public static WorldStorage chargedReads(CallContext ctx) {
    return new WorldStorage() {
      @Override
      public Word load(ChainAddress account, Word slot) {
        ctx.gas().charge(GasSchedule.STORAGE_READ);
        return ctx.storage().load(account, slot);
      }

      @Override
      public void store(ChainAddress account, Word slot, Word value) {
        throw new UnsupportedOperationException(
            "charged reads of " + account.toHex() + " cannot write; use MeteredState.of");
      }
    };
  }

  /** Reads a slot, charging {@link GasSchedule#STORAGE_READ}. */
  public Word load(Word slot) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return ctx.storage().load(account, slot);
  }

  /** Writes a slot, charging {@link GasSchedule#storageWrite} for the slot's current value. */
  public void store(Word slot, Word value) {
    if (ctx.isStatic()) {
      throw new StaticCallViolation(account, "write storage slot " + slot.toHex());
    }
    Word current = ctx.storage().load(account, slot);
    ctx.gas().charge(GasSchedule.storageWrite(current, value));
    ctx.storage().store(account, slot, value);
  }

  /** Emits an event from the called address, charging {@link GasSchedule#event}. */
  public void emit(List<Word> topics, byte[] data) {
    if (ctx.isStatic()) {
      throw new StaticCallViolation(ctx.self(), "emit an event");
    }
    ctx.gas().charge(GasSchedule.event(topics.size(), data.length));
    ctx.events().emit(ctx.self(), List.copyOf(topics), data.clone());
  }

  /** The account whose storage this reads and writes. */
  public ChainAddress account() {
    return account;
  }
}
