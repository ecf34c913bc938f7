package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.CommitPayload;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.ProposalPayload;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * N validators with real, seeded secp256k1 keys, indexed in address order (index 0 has the lowest
 * address, so it proposes round 0 of height 1), and builders for their real signed messages.
 */
public final class TestValidators {
  private final List<NodeKey> keys;
  private final List<MessageSigner> signers;

  private TestValidators(List<NodeKey> keys) {
    this.keys = keys;
    this.signers = keys.stream().map(MessageSigner::new).toList();
  }

  /** {@code n} validators from seeds {@code 1000 + seed*100 + i}. */
  public static TestValidators create(int n) {
    return create(n, 0);
  }

  public static TestValidators create(int n, int seed) {
    List<NodeKey> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(
          new NodeKey(PrivateKey.fromBigInteger(BigInteger.valueOf(1_000L + seed * 100L + i))));
    }
    keys.sort(Comparator.comparing(k -> Address.fromPublicKey(k.publicKey().toBytes())));
    return new TestValidators(List.copyOf(keys));
  }

  public int size() {
    return keys.size();
  }

  public NodeKey key(int i) {
    return keys.get(i);
  }

  public MessageSigner signer(int i) {
    return signers.get(i);
  }

  public Address address(int i) {
    return signers.get(i).address();
  }

  public List<Address> addresses() {
    return signers.stream().map(MessageSigner::address).toList();
  }

  public ValidatorSet set() {
    return new ValidatorSet(addresses());
  }

  public int indexOf(Address address) {
    return addresses().indexOf(address);
  }

  /** The index of the proposer of {@code round} on top of {@code parent}. */
  public int proposer(BlockHeader parent, int round) {
    return indexOf(set().proposer(parent.coinbase(), round));
  }

  public Proposal proposal(int author, Block block) {
    ConsensusRound round =
        new ConsensusRound(block.header().number(), QbftBlocks.extraData(block.header()).round());
    return new Proposal(
        signer(author).sign(new ProposalPayload(round, block)), List.of(), List.of());
  }

  /** A proposal for {@code round}, whatever round the block's extraData carries. */
  public Proposal proposal(int author, ConsensusRound round, Block block) {
    return new Proposal(
        signer(author).sign(new ProposalPayload(round, block)), List.of(), List.of());
  }

  /** A commit for {@code round} carrying an arbitrary seal. */
  public Commit commit(int author, ConsensusRound round, Hash digest, Bytes seal) {
    return new Commit(signer(author).sign(new CommitPayload(round, digest, seal)));
  }

  public Proposal proposal(
      int author,
      Block block,
      List<RoundChange> roundChanges,
      List<SignedMessage<PreparePayload>> prepares) {
    ConsensusRound round =
        new ConsensusRound(block.header().number(), QbftBlocks.extraData(block.header()).round());
    return new Proposal(
        signer(author).sign(new ProposalPayload(round, block)),
        roundChanges.stream().map(RoundChange::signed).toList(),
        prepares);
  }

  public Prepare prepare(int author, ConsensusRound round, Hash digest) {
    return new Prepare(signer(author).sign(new PreparePayload(round, digest)));
  }

  /** A commit for {@code block} as proposed in its round, sealed by {@code author}. */
  public Commit commit(int author, Block block) {
    return commit(author, block, author);
  }

  /** A commit signed by {@code author} whose seal is made by {@code sealer}. */
  public Commit commit(int author, Block block, int sealer) {
    ConsensusRound round =
        new ConsensusRound(block.header().number(), QbftBlocks.extraData(block.header()).round());
    return new Commit(
        signer(author)
            .sign(
                new CommitPayload(
                    round, QbftBlocks.hash(block), signer(sealer).commitSeal(block))));
  }

  public RoundChange roundChange(int author, ConsensusRound target) {
    return new RoundChange(
        signer(author).sign(new RoundChangePayload(target, PreparedRound.none())),
        PreparedCertificate.absent());
  }

  /** A round change carrying a certificate: {@code block} (in its round) prepared by {@code by}. */
  public RoundChange roundChange(int author, ConsensusRound target, Block block, int... by) {
    int preparedRound = QbftBlocks.extraData(block.header()).round();
    ConsensusRound prepared = new ConsensusRound(target.height(), preparedRound);
    List<SignedMessage<PreparePayload>> prepares = new ArrayList<>();
    for (int i : by) {
      prepares.add(prepare(i, prepared, QbftBlocks.hash(block)).signed());
    }
    return new RoundChange(
        signer(author)
            .sign(
                new RoundChangePayload(
                    target, new PreparedRound.PreparedAt(preparedRound, QbftBlocks.hash(block)))),
        new PreparedCertificate.Present(block, prepares));
  }
}
