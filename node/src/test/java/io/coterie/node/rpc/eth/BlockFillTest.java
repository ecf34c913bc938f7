package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.txpool.AddResult;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block is filled by the gas its transactions use, not by the gas they ask for: clients send
 * points transfers with twice the gas they need, and counted at their limits they would fill half a
 * block.
 */
class BlockFillTest {
  private static final long GENEROUS_GAS = 200_000;

  @TempDir Path dir;

  @Test
  void transactionsWhoseLimitsPassTheBlockGasLimitAllGoInWhenWhatTheyUseFits() {
    RpcTestChain chain = RpcTestChain.devnet(dir);
    List<TransactionSigner> members =
        IntStream.rangeClosed(4, 9).mapToObj(RpcTestChain::account).toList();
    long gasLimit = chain.chain.head().gasLimit();
    int count = (int) (gasLimit / GENEROUS_GAS) + 200;
    for (int i = 0; i < count; i++) {
      TransactionSigner member = members.get(i % members.size());
      AddResult added =
          chain.pool.add(
              member.dynamicFee(
                  i / members.size(),
                  BigInteger.ZERO,
                  BigInteger.ZERO,
                  GENEROUS_GAS,
                  Destination.call(Address.of(0xdead)),
                  BigInteger.ONE,
                  Bytes.EMPTY,
                  List.of()));
      assertThat(added).isInstanceOf(AddResult.Added.class);
    }

    Block block = chain.mineFromPool();

    assertThat(count * GENEROUS_GAS).isGreaterThan(gasLimit);
    assertThat(block.transactions()).hasSize(count);
    assertThat(block.header().gasUsed()).isEqualTo(count * 21_000L);
    assertThat(chain.pool.status().pending()).isZero();
  }
}
