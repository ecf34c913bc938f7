package io.coterie.node.execution;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.AccountController;
import io.coterie.chaincode.spi.BlockContext;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.EventSink;
import io.coterie.chaincode.spi.GasMeter;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.OutOfGas;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.VersionedPrecompiles;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Runs chaincode against a block's state overlay, with the chaincode versions the block's height
 * activates ({@link VersionedPrecompiles}), so a block re-executes under the rules it first ran
 * with. Each call, nested ones included, gets its own overlay layer and its own list of events: a
 * revert or a failure drops both, so a failed call changes nothing.
 */
public final class PrecompileHost {
  private static final int MAX_CALL_DEPTH = 64;

  /**
   * The one precompile that may call as an account ({@link CallContext#invokeAs}): member accounts.
   * Any other precompile asking gets a revert, and a transaction cannot ask at all.
   */
  public static final ChainAddress ACCOUNT_CONTROLLER = ChainAddress.of(0x1008);

  private final LongFunction<PrecompileDirectory> directoryAt;
  private final Predicate<ChainAddress> servesAtSomeHeight;

  /** Chaincode versions by height, from the chain's genesis transitions. */
  public PrecompileHost(VersionedPrecompiles versions) {
    this.directoryAt = versions::at;
    this.servesAtSomeHeight = versions::servesAtSomeHeight;
  }

  /** The same precompiles at every height (tools and tests without transitions). */
  public PrecompileHost(PrecompileDirectory directory) {
    this.directoryAt = height -> directory;
    this.servesAtSomeHeight = address -> directory.find(address).isPresent();
  }

  /** Whether chaincode serves {@code address} at some height (e.g. for eth_getCode). */
  public boolean isChaincode(Address address) {
    return servesAtSomeHeight.test(ChaincodeValues.toChain(address));
  }

  /** Whether chaincode serves {@code address} in block {@code blockNumber}. */
  public boolean isChaincode(Address address, long blockNumber) {
    return directoryAt.apply(blockNumber).find(ChaincodeValues.toChain(address)).isPresent();
  }

  /** The outcome of one top-level call: what it returned or reverted with, and its events. */
  public record Outcome(CallResult result, List<Log> logs, boolean outOfGas) {
    public Outcome {
      logs = List.copyOf(logs);
    }
  }

  /**
   * Calls the precompile at {@code to}. The caller opened no layer: this method opens one, and
   * commits it only when the call succeeds.
   */
  public Outcome call(
      WorldStateOverlay overlay,
      BlockContext block,
      Address sender,
      Address to,
      BigInteger value,
      Bytes input,
      GasMeter gas,
      boolean isStatic) {
    List<Log> logs = new ArrayList<>();
    Frame frame =
        new Frame(
            directoryAt.apply(block.number()),
            overlay,
            block,
            ChaincodeValues.toChain(sender),
            ChaincodeValues.toChain(to),
            value,
            gas,
            isStatic,
            logs,
            0);
    try {
      CallResult result = frame.run(input.toArray());
      return new Outcome(result, result.isSuccess() ? logs : List.of(), false);
    } catch (OutOfGas e) {
      return new Outcome(CallResult.revert(new byte[0]), List.of(), true);
    }
  }

  /** One call frame: the precompile's context, recording events into the frame's own list. */
  private static final class Frame implements CallContext, EventSink {
    private final PrecompileDirectory directory;
    private final WorldStateOverlay overlay;
    private final BlockContext block;
    private final ChainAddress sender;
    private final ChainAddress self;
    private final BigInteger value;
    private final GasMeter gas;
    private final boolean isStatic;
    private final List<Log> logs;
    private final int depth;
    private final WorldStorage storage;
    private Precompile running;

    Frame(
        PrecompileDirectory directory,
        WorldStateOverlay overlay,
        BlockContext block,
        ChainAddress sender,
        ChainAddress self,
        BigInteger value,
        GasMeter gas,
        boolean isStatic,
        List<Log> logs,
        int depth) {
      this.directory = directory;
      this.overlay = overlay;
      this.block = block;
      this.sender = sender;
      this.self = self;
      this.value = value;
      this.gas = gas;
      this.isStatic = isStatic;
      this.logs = logs;
      this.depth = depth;
      this.storage = new OverlayWorldStorage(overlay, isStatic);
    }

    /** Runs the call in a fresh layer; keeps the layer and the events only on success. */
    CallResult run(byte[] input) {
      Optional<Precompile> precompile = directory.find(self);
      if (precompile.isEmpty()) {
        return CallResult.revert(
            SolidityError.reason("no chaincode at " + self.toHex() + "; check the address"));
      }
      running = precompile.get();
      int logsBefore = logs.size();
      overlay.newLayer();
      boolean committed = false;
      try {
        CallResult result = precompile.get().call(this, input);
        if (result.isSuccess()) {
          overlay.commitLayer();
          committed = true;
        }
        return result;
      } catch (StaticCallViolation e) {
        return CallResult.revert(SolidityError.reason(e.getMessage()));
      } finally {
        if (!committed) {
          overlay.revertLayer();
          logs.subList(logsBefore, logs.size()).clear();
        }
      }
    }

    @Override
    public ChainAddress self() {
      return self;
    }

    @Override
    public ChainAddress sender() {
      return sender;
    }

    @Override
    public BigInteger value() {
      return value;
    }

    @Override
    public BlockContext block() {
      return block;
    }

    @Override
    public WorldStorage storage() {
      return storage;
    }

    @Override
    public EventSink events() {
      return this;
    }

    @Override
    public GasMeter gas() {
      return gas;
    }

    @Override
    public boolean isStatic() {
      return isStatic;
    }

    @Override
    public CallResult invoke(ChainAddress to, byte[] input) {
      return nestedCall(self, to, input);
    }

    @Override
    public CallResult invokeAs(ChainAddress account, ChainAddress to, byte[] input) {
      boolean granted =
          ACCOUNT_CONTROLLER.equals(self)
              && running instanceof AccountController controller
              && controller.controls(storage, account);
      if (!granted) {
        gas.charge(GasSchedule.NESTED_CALL);
        return CallResult.revert(
            SolidityError.reason(
                "only the member-accounts precompile may call as an account, and only as one it"
                    + " created; call "
                    + to.toHex()
                    + " directly"));
      }
      return nestedCall(account, to, input);
    }

    private CallResult nestedCall(ChainAddress from, ChainAddress to, byte[] input) {
      gas.charge(GasSchedule.NESTED_CALL);
      if (depth + 1 >= MAX_CALL_DEPTH) {
        return CallResult.revert(
            SolidityError.reason(
                "call depth above " + MAX_CALL_DEPTH + "; simplify the call chain"));
      }
      Frame nested =
          new Frame(
              directory, overlay, block, from, to, BigInteger.ZERO, gas, isStatic, logs, depth + 1);
      return nested.run(input);
    }

    @Override
    public void emit(ChainAddress emitter, List<Word> topics, byte[] data) {
      if (isStatic) {
        throw new StaticCallViolation(emitter, "emit an event");
      }
      List<Hash> hashes = new ArrayList<>(topics.size());
      topics.forEach(topic -> hashes.add(ChaincodeValues.hash(topic)));
      logs.add(new Log(ChaincodeValues.toNode(emitter), hashes, Bytes.of(data)));
    }
  }
}
