package io.coterie.node.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.app.Node;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.util.List;
import java.util.stream.IntStream;

/** What the fault scenarios ask of a {@link LocalValidatorNetwork}. */
final class Faults {
  private Faults() {}

  static Address address(NodeKey key) {
    return Address.wrap(key.publicKey().addressBytes());
  }

  /** The address of devnet validator {@code index} of {@code validators}. */
  static Address validator(int index, int validators) {
    return address(
        new NodeKey(
            PrivateKey.fromBigInteger(
                DevnetSpec.validatorKeys(validators).get(index).privateKey())));
  }

  static QbftExtraData extra(BlockHeader header) {
    return QbftExtraDataCodec.decode(header.extraData().toArray());
  }

  /** Who proposes round 0 of the block after {@code parent}. */
  static Address nextProposer(BlockHeader parent) {
    return new ValidatorSet(extra(parent).validators()).proposer(parent.coinbase(), 0);
  }

  /** The index of the validator with this address. */
  static int indexOf(Address validator, int validators) {
    return IntStream.range(0, validators)
        .filter(i -> validator(i, validators).equals(validator))
        .findFirst()
        .orElseThrow();
  }

  /** Every running node holds the same block hash and state root at every common height. */
  static void assertAgreement(LocalValidatorNetwork net) {
    assertThat(net.disagreements()).as("heights where running nodes differ").isEmpty();
  }

  /** {@code a} and {@code b} agree on every height both hold. */
  static void assertAgree(Node a, Node b) {
    long upTo = Math.min(a.chain().head().number(), b.chain().head().number());
    for (long n = 0; n <= upTo; n++) {
      BlockHeader mine = a.chain().headerByNumber(n).orElseThrow();
      BlockHeader theirs = b.chain().headerByNumber(n).orElseThrow();
      assertThat(a.chain().hash(mine)).as("block %d", n).isEqualTo(b.chain().hash(theirs));
      assertThat(mine.stateRoot()).as("state root %d", n).isEqualTo(theirs.stateRoot());
    }
  }

  static List<Integer> all(int validators) {
    return IntStream.range(0, validators).boxed().toList();
  }
}
