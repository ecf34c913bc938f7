package io.coterie.chaincode.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteredStateTest {
  private static final ChainAddress SELF = ChainAddress.of(0x1fff);
  private static final Word SLOT = Word.of(7);

  /** Writes its input's first byte into slot 7 and emits one event, without any dispatch checks. */
  private static final Precompile RAW_WRITER =
      new Precompile() {
        @Override
        public String name() {
          return "raw-writer";
        }

        @Override
        public boolean serves(ChainAddress address) {
          return SELF.equals(address);
        }

        @Override
        public CallResult call(CallContext ctx, byte[] input) {
          MeteredState state = MeteredState.of(ctx);
          state.store(SLOT, Word.of(input[0]));
          state.emit(List.of(Word.of(1)), new byte[] {input[0]});
          return CallResult.success();
        }
      };

  private final TestHost host = new TestHost(List.of(RAW_WRITER));

  @Test
  void storageWritesChargeByOldAndNewValue() {
    long first = host.call(ChainAddress.ZERO, SELF, new byte[] {5}).gasUsed();
    long update = host.call(ChainAddress.ZERO, SELF, new byte[] {6}).gasUsed();
    long same = host.call(ChainAddress.ZERO, SELF, new byte[] {6}).gasUsed();
    long event = GasSchedule.event(1, 1);

    assertThat(first).isEqualTo(GasSchedule.STORAGE_WRITE_NEW + event);
    assertThat(update).isEqualTo(GasSchedule.STORAGE_WRITE_UPDATE + event);
    assertThat(same).isEqualTo(GasSchedule.STORAGE_WRITE_UNCHANGED + event);
  }

  @Test
  void writesInAStaticCallThrowBeforeReachingTheHost() {
    TestHost.Outcome outcome = host.staticCall(ChainAddress.ZERO, SELF, new byte[] {5});

    assertThat(outcome.failure()).contains("static call").contains("write storage slot");
    assertThat(host.world().storageOf(SELF)).isEmpty();
  }

  @Test
  void outOfGasRollsEverythingBack() {
    TestHost.Outcome outcome =
        host.run(ChainAddress.ZERO, SELF, new byte[] {5}, BigInteger.ZERO, false, 20_100);

    assertThat(outcome.failure()).startsWith("out of gas: needed 758 more but only 100 remain");
    assertThat(host.world().storageOf(SELF)).isEmpty();
    assertThat(host.world().logs()).isEmpty();
  }
}
