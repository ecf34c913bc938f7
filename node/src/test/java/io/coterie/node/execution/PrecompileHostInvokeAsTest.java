package io.coterie.node.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.AccountController;
import io.coterie.chaincode.spi.BlockContext;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.SinglePrecompileModule;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.state.WorldState;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calling as an account ({@code CallContext.invokeAs}) is the member-accounts address's alone, and
 * only for accounts it reports it created: a precompile elsewhere claiming every account is
 * refused, and so is 0x…1008 for an account it did not create. The echo target shows who the sender
 * was.
 */
class PrecompileHostInvokeAsTest {
  private static final ChainAddress CREATED = ChainAddress.of(0xaaaa);
  private static final ChainAddress NOT_CREATED = ChainAddress.of(0xbbbb);
  private static final ChainAddress ECHO = ChainAddress.of(0x7001);
  private static final ChainAddress ROGUE = ChainAddress.of(0x7002);

  /** Input: the 20-byte account to act as; calls ECHO as it and returns what ECHO returned. */
  private record Actor(ChainAddress address, ChainAddress controlled)
      implements Precompile, AccountController {
    @Override
    public String name() {
      return "actor" + address.toHex();
    }

    @Override
    public boolean serves(ChainAddress a) {
      return address.equals(a);
    }

    @Override
    public CallResult call(CallContext ctx, byte[] input) {
      return ctx.invokeAs(ChainAddress.wrap(Arrays.copyOf(input, 20)), ECHO, new byte[0]);
    }

    @Override
    public boolean controls(WorldStorage storage, ChainAddress account) {
      return controlled == null || controlled.equals(account);
    }
  }

  /** Returns its sender's 20 bytes. */
  private static final class Echo implements Precompile {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public boolean serves(ChainAddress a) {
      return ECHO.equals(a);
    }

    @Override
    public CallResult call(CallContext ctx, byte[] input) {
      return CallResult.success(ctx.sender().bytes());
    }
  }

  private static PrecompileModule module(Precompile p) {
    return new SinglePrecompileModule(p.name(), p, registry -> {}) {};
  }

  private final PrecompileHost host =
      new PrecompileHost(
          PrecompileDirectory.of(
              List.of(
                  module(new Actor(PrecompileHost.ACCOUNT_CONTROLLER, CREATED)),
                  module(new Actor(ROGUE, null)),
                  module(new Echo()))));

  private CallResult call(ChainAddress to, ChainAddress actAs) {
    WorldStateOverlay overlay =
        new WorldStateOverlay(WorldState.empty(new TrieNodeStore(new InMemoryKeyValueStore())));
    return host.call(
            overlay,
            new BlockContext(1, 1, ChainAddress.of(1), 30_000_000, 1337),
            Address.of(0x5e4d),
            ChaincodeValues.toNode(to),
            BigInteger.ZERO,
            Bytes.of(actAs.bytes()),
            new TransactionGasMeter(1_000_000),
            false)
        .result();
  }

  @Test
  void memberAccountsActsAsAnAccountItCreated() {
    CallResult result = call(PrecompileHost.ACCOUNT_CONTROLLER, CREATED);
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.data()).isEqualTo(CREATED.bytes());
  }

  @Test
  void memberAccountsCannotActAsAnAccountItDidNotCreate() {
    CallResult result = call(PrecompileHost.ACCOUNT_CONTROLLER, NOT_CREATED);
    assertThat(result.isSuccess()).isFalse();
    assertThat(new String(result.data())).contains("only the member-accounts precompile");
  }

  @Test
  void anyOtherPrecompileIsRefusedWhateverItClaims() {
    CallResult result = call(ROGUE, CREATED);
    assertThat(result.isSuccess()).isFalse();
    assertThat(new String(result.data())).contains("only the member-accounts precompile");
  }
}
