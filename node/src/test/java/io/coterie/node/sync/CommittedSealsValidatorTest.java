package io.coterie.node.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.app.ChainAccess;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedSealsValidatorTest {
  private static final CommittedSealsValidator VALIDATOR = new CommittedSealsValidator();
  private static final List<NodeKey> KEYS = SealedChainBuilder.validatorKeys();
  private static BlockHeader header;
  private static List<Address> validators;

  @BeforeAll
  static void oneSealedBlock(@TempDir Path dir) {
    try (ChainAccess access = ChainAccess.open(dir, SealedChainBuilder.spec())) {
      SealedChainBuilder.grow(access, 1);
      header = access.chain().headerByNumber(1).orElseThrow();
      validators = QbftBlocks.extraData(header).validators();
    }
  }

  private static BlockHeader sealedBy(NodeKey... signers) {
    Bytes[] seals = new Bytes[signers.length];
    for (int i = 0; i < signers.length; i++) {
      seals[i] =
          Bytes.of(signers[i].sign(QbftBlockHashing.commitSealHash(header).toArray()).toBytes65());
    }
    return QbftBlocks.withSeals(new io.coterie.node.types.Block(header, List.of()), List.of(seals))
        .header();
  }

  @Test
  void quorumOfDistinctValidatorSealsIsFinal() {
    var verdict = VALIDATOR.validate(sealedBy(KEYS.get(0), KEYS.get(1), KEYS.get(2)), validators);

    assertThat(verdict).isInstanceOf(CommittedSealsValidator.Verdict.Final.class);
    assertThat(((CommittedSealsValidator.Verdict.Final) verdict).signers()).hasSize(3);
  }

  @Test
  void fewerSealsThanQuorumAreRejected() {
    var verdict = VALIDATOR.validate(sealedBy(KEYS.get(0), KEYS.get(1)), validators);

    assertThat(verdict)
        .isEqualTo(
            new CommittedSealsValidator.Verdict.Rejected(
                "block 1 carries 2 commit seals but finality needs a quorum of 3 of its 4"
                    + " validators"));
  }

  @Test
  void aRepeatedSignerIsRejected() {
    var verdict = VALIDATOR.validate(sealedBy(KEYS.get(0), KEYS.get(1), KEYS.get(1)), validators);

    assertThat(((CommittedSealsValidator.Verdict.Rejected) verdict).reason())
        .startsWith("block 1: commit seal 2 repeats signer");
  }

  @Test
  void aSealByANonValidatorIsRejectedEvenWithAQuorumBesideIt() {
    var verdict =
        VALIDATOR.validate(
            sealedBy(KEYS.get(0), KEYS.get(1), KEYS.get(2), SyncNode.newKey()), validators);

    assertThat(((CommittedSealsValidator.Verdict.Rejected) verdict).reason())
        .contains("commit seal 3 recovers to")
        .contains("not a validator at height 1");
  }
}
