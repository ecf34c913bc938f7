package io.coterie.chaincode.support;

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
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Test harness playing the node's precompile host: routes calls, meters gas, guards static calls,
 * and rolls back storage and logs of failed or reverted calls (nested ones included).
 */
public final class TestHost {
  public static final long DEFAULT_GAS = 10_000_000;
  private static final int MAX_DEPTH = 8;

  private final InMemoryWorld world = new InMemoryWorld();
  private final List<Precompile> precompiles;
  private BlockContext block =
      new BlockContext(1, 1_700_000_000L, ChainAddress.of(0xb10c), 30_000_000, 1337);

  public TestHost(List<Precompile> precompiles) {
    this.precompiles = List.copyOf(precompiles);
  }

  /** What a top-level call did. {@code failure} is empty unless an exception failed the call. */
  public record Outcome(
      CallResult result, String failure, long gasUsed, List<InMemoryWorld.LogEntry> logs) {
    public boolean succeeded() {
      return failure.isEmpty() && result.isSuccess();
    }
  }

  public InMemoryWorld world() {
    return world;
  }

  /** The block the next calls execute in. */
  public BlockContext block() {
    return block;
  }

  /** Moves to the next block, {@code seconds} (&gt;= 0) later, as time only moves forward. */
  public void advanceSeconds(long seconds) {
    advance(1, seconds);
  }

  /** Moves on by {@code blocks} blocks of one second each; later calls see the new block. */
  public void mine(long blocks) {
    advance(blocks, blocks);
  }

  /** Moves to a later block: {@code blocks} more and {@code seconds} later. */
  public void advance(long blocks, long seconds) {
    if (seconds < 0 || blocks < 0) {
      throw new IllegalArgumentException(
          "time only moves forward, got " + blocks + " blocks, " + seconds + " seconds");
    }
    block =
        new BlockContext(
            block.number() + blocks,
            block.timestampSeconds() + seconds,
            block.proposer(),
            block.gasLimit(),
            block.chainId());
  }

  public Outcome call(ChainAddress from, ChainAddress to, byte[] input) {
    return run(from, to, input, BigInteger.ZERO, false, DEFAULT_GAS);
  }

  public Outcome staticCall(ChainAddress from, ChainAddress to, byte[] input) {
    return run(from, to, input, BigInteger.ZERO, true, DEFAULT_GAS);
  }

  public Outcome run(
      ChainAddress from,
      ChainAddress to,
      byte[] input,
      BigInteger value,
      boolean isStatic,
      long gas) {
    Meter meter = new Meter(gas);
    int logsBefore = world.logs().size();
    InMemoryWorld.Snapshot snapshot = world.snapshot();
    try {
      CallResult result = frame(from, to, input, value, isStatic, meter, 0);
      if (!result.isSuccess()) {
        world.restore(snapshot);
      }
      List<InMemoryWorld.LogEntry> logs = world.logs();
      return new Outcome(
          result, "", gas - meter.remaining(), logs.subList(logsBefore, logs.size()));
    } catch (OutOfGas | StaticCallViolation e) {
      world.restore(snapshot);
      return new Outcome(CallResult.revert(new byte[0]), e.getMessage(), gas, List.of());
    }
  }

  private CallResult frame(
      ChainAddress from,
      ChainAddress to,
      byte[] input,
      BigInteger value,
      boolean isStatic,
      Meter meter,
      int depth) {
    Optional<Precompile> target = precompiles.stream().filter(p -> p.serves(to)).findFirst();
    if (target.isEmpty()) {
      return CallResult.revert(
          io.coterie.chaincode.abi.SolidityError.reason("no precompile at " + to));
    }
    return target.get().call(new Frame(from, to, value, isStatic, meter, depth), input);
  }

  private final class Frame implements CallContext {
    private final ChainAddress sender;
    private final ChainAddress self;
    private final BigInteger value;
    private final boolean isStatic;
    private final Meter meter;
    private final int depth;

    Frame(
        ChainAddress sender,
        ChainAddress self,
        BigInteger value,
        boolean isStatic,
        Meter meter,
        int depth) {
      this.sender = sender;
      this.self = self;
      this.value = value;
      this.isStatic = isStatic;
      this.meter = meter;
      this.depth = depth;
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
      return new WorldStorage() {
        @Override
        public Word load(ChainAddress account, Word slot) {
          return world.load(account, slot);
        }

        @Override
        public void store(ChainAddress account, Word slot, Word v) {
          if (isStatic) {
            throw new StaticCallViolation(account, "write storage");
          }
          world.store(account, slot, v);
        }
      };
    }

    @Override
    public EventSink events() {
      return (emitter, topics, data) -> {
        if (isStatic) {
          throw new StaticCallViolation(emitter, "emit an event");
        }
        world.emit(emitter, topics, data);
      };
    }

    @Override
    public GasMeter gas() {
      return meter;
    }

    @Override
    public boolean isStatic() {
      return isStatic;
    }

    @Override
    public CallResult invoke(ChainAddress to, byte[] input) {
      return nested(self, to, input);
    }

    // The node's rule (PrecompileHost): only 0x…1008, and only for accounts it says it created.
    @Override
    public CallResult invokeAs(ChainAddress account, ChainAddress to, byte[] input) {
      Optional<Precompile> current = precompiles.stream().filter(p -> p.serves(self)).findFirst();
      boolean granted =
          self.equals(ChainAddress.of(0x1008))
              && current.isPresent()
              && current.get() instanceof AccountController controller
              && controller.controls(storage(), account);
      if (!granted) {
        meter.charge(GasSchedule.NESTED_CALL);
        return CallResult.revert(
            io.coterie.chaincode.abi.SolidityError.reason("invokeAs not granted"));
      }
      return nested(account, to, input);
    }

    private CallResult nested(ChainAddress from, ChainAddress to, byte[] input) {
      meter.charge(GasSchedule.NESTED_CALL);
      if (depth + 1 >= MAX_DEPTH) {
        return CallResult.revert(
            io.coterie.chaincode.abi.SolidityError.reason("call depth exceeded"));
      }
      InMemoryWorld.Snapshot snapshot = world.snapshot();
      CallResult result = frame(from, to, input, BigInteger.ZERO, isStatic, meter, depth + 1);
      if (!result.isSuccess()) {
        world.restore(snapshot);
      }
      return result;
    }
  }

  private static final class Meter implements GasMeter {
    private long remaining;

    Meter(long limit) {
      this.remaining = limit;
    }

    @Override
    public void charge(long amount) {
      if (amount < 0) {
        throw new IllegalArgumentException("negative gas charge " + amount);
      }
      if (amount > remaining) {
        long left = remaining;
        remaining = 0;
        throw new OutOfGas(amount, left);
      }
      remaining -= amount;
    }

    @Override
    public long remaining() {
      return remaining;
    }
  }
}
