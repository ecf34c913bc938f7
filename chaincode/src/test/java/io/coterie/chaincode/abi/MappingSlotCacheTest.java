package io.coterie.chaincode.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MappingSlotCacheTest {
  private static final Word BALANCES = Word.of(BigInteger.ZERO);

  @Test
  void aSlotIsComputedOnceWhileRememberedAndAgainAfterBeingForgotten() {
    MappingSlotCache cache = new MappingSlotCache(2);
    AtomicInteger computed = new AtomicInteger();
    Word one = Word.of(BigInteger.ONE);
    Word two = Word.of(BigInteger.TWO);
    Word three = Word.of(BigInteger.TEN);

    Word first = cache.slot(BALANCES, one, () -> slotCounted(computed, one));
    Word again = cache.slot(BALANCES, one, () -> slotCounted(computed, one));
    assertThat(again).isEqualTo(first);
    assertThat(computed).hasValue(1);

    cache.slot(BALANCES, two, () -> slotCounted(computed, two));
    cache.slot(BALANCES, three, () -> slotCounted(computed, three));
    assertThat(cache.slot(BALANCES, one, () -> slotCounted(computed, one))).isEqualTo(first);
    assertThat(computed).hasValue(4);
  }

  @Test
  void cachedSlotsAreSoliditysMappingSlots() {
    Word key = Word.of(BigInteger.valueOf(0xabc));
    byte[] preimage = new byte[64];
    System.arraycopy(key.bytes(), 0, preimage, 0, 32);
    System.arraycopy(BALANCES.bytes(), 0, preimage, 32, 32);

    assertThat(StorageSlots.mapping(BALANCES, key)).isEqualTo(Word.keccak(preimage));
    assertThat(StorageSlots.mapping(BALANCES, key)).isEqualTo(Word.keccak(preimage));
  }

  private static Word slotCounted(AtomicInteger computed, Word key) {
    computed.incrementAndGet();
    return StorageSlots.nestedMapping(BALANCES, key);
  }
}
