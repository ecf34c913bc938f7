package io.coterie.node.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.rlp.RlpWriter;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockCodecTest {
  static BlockHeader header(long number) {
    return new BlockHeader(
        Hash.keccak(new byte[] {1}),
        Hash.EMPTY_LIST,
        Address.of(0xabc),
        Hash.keccak(new byte[] {2}),
        Hash.EMPTY_TRIE,
        Hash.EMPTY_TRIE,
        Bloom.builder().add(Address.of(0x1001)).build(),
        BigInteger.ONE,
        number,
        30_000_000,
        21_000,
        1_700_000_000L,
        Bytes.fromHex("0xf869a0"),
        Hash.ZERO,
        Bytes.of(new byte[8]),
        BigInteger.valueOf(7));
  }

  @Test
  void headerRoundTripsAndHashesItsEncoding() {
    BlockHeader header = header(42);
    byte[] encoded = BlockHeaderCodec.encode(header);
    assertThat(BlockHeaderCodec.decode(encoded)).isEqualTo(header);
    assertThat(header.hash()).isEqualTo(Hash.keccak(encoded));
  }

  @Test
  void blockAndBodyRoundTripWithMixedTransactionTypes() {
    List<Transaction> txs = TransactionCodecTest.signedTransactions().toList();
    Block block = new Block(header(1), txs);
    assertThat(BlockCodec.decode(BlockCodec.encode(block))).isEqualTo(block);
    assertThat(BlockCodec.decodeBody(BlockCodec.encodeBody(txs))).isEqualTo(txs);
  }

  @Test
  void ommersAreRefused() {
    RlpWriter out = new RlpWriter().startList();
    BlockHeaderCodec.write(out, header(1));
    out.startList().endList().startList();
    BlockHeaderCodec.write(out, header(0));
    byte[] withOmmer = out.endList().endList().toByteArray();
    assertThatThrownBy(() -> BlockCodec.decode(withOmmer)).hasMessageContaining("ommers");
  }

  @Test
  void headerWithExtraFieldIsRefused() {
    byte[] encoded = BlockHeaderCodec.encode(header(1));
    RlpWriter out = new RlpWriter().startList();
    var in = new io.coterie.node.rlp.RlpReader(encoded).enterList();
    while (in.hasNext()) {
      out.writeRaw(in.readRaw());
    }
    byte[] seventeen = out.writeBytes(Hash.ZERO.toArray()).endList().toByteArray();
    assertThatThrownBy(() -> BlockHeaderCodec.decode(seventeen))
        .hasMessageContaining("too many fields");
  }
}
