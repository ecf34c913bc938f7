package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.chaincode.provenance.ProvenanceLayout;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.state.Account;
import io.coterie.node.state.AccountCodec;
import io.coterie.node.state.StorageWords;
import io.coterie.node.sync.CommittedSealsValidator;
import io.coterie.node.trie.Proof;
import io.coterie.node.trie.ProofResult;
import io.coterie.node.trie.ProofVerifier;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.BlockHeaderCodec;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a {@link ProofBundle} from the bottom up, using only its contents: each storage proof
 * against the account's storage root, the account proof against the header's state root, the header
 * against its hash by the QBFT rule, the commit seals against the validator set the header lists
 * (the node's own {@link CommittedSealsValidator}: a quorum of distinct validators), and for a lot
 * the trace decoded from the proven slots against the one the bundle carries. The verdict lists
 * every step passed and, on failure, the step that failed and why.
 */
public final class ProofBundleValidator {
  /** Step names, as a failure reports them. */
  public static final String STORAGE = "storage proof";

  public static final String ACCOUNT = "account proof";
  public static final String HEADER = "header";
  public static final String VALIDATORS = "validator set";
  public static final String SEALS = "commit seals";
  public static final String LOT = "lot record";

  /** Numbers are equal by value: a decimal read back from a file may have another scale. */
  private static final Comparator<JsonNode> SAME_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  private final Optional<List<Address>> pinnedValidators;

  /** {@code pinnedValidators}: the set the auditor trusts, if given; else the header's own. */
  public ProofBundleValidator(Optional<List<Address>> pinnedValidators) {
    this.pinnedValidators = pinnedValidators.map(List::copyOf);
  }

  /** What the check found. */
  public sealed interface Verdict {
    List<String> steps();

    record Verified(List<String> steps) implements Verdict {
      public Verified {
        steps = List.copyOf(steps);
      }
    }

    record Failed(List<String> steps, String step, String reason) implements Verdict {
      public Failed {
        steps = List.copyOf(steps);
      }
    }
  }

  public Verdict validate(ProofBundle bundle) {
    List<String> steps = new ArrayList<>();
    try {
      check(bundle, steps);
      return new Verdict.Verified(steps);
    } catch (StepFailed e) {
      return new Verdict.Failed(steps, e.step, e.getMessage());
    }
  }

  private void check(ProofBundle bundle, List<String> steps) {
    BlockHeader header = header(bundle);
    Hash storageRoot = bundle.account().storageRoot();
    SortedMap<Word, Word> proven = new TreeMap<>();
    for (ProofBundle.SlotProof slot : bundle.storageProofs()) {
      BigInteger value = storageValue(storageRoot, slot);
      proven.put(Word.wrap(slot.key().toArray()), Word.of(value));
      steps.add(
          "storage proof of slot "
              + slot.key()
              + " (value 0x"
              + value.toString(16)
              + ") → storageRoot "
              + storageRoot
              + " OK");
    }
    checkAccount(bundle, header);
    steps.add(
        "account proof of "
            + bundle.address()
            + " (storageRoot "
            + storageRoot
            + ") → stateRoot "
            + header.stateRoot()
            + " of block "
            + header.number()
            + " OK");
    Hash hash = new QbftBlockHashing().hash(header);
    if (!hash.equals(bundle.blockHash())) {
      throw new StepFailed(
          HEADER,
          "block "
              + header.number()
              + "'s header hashes to "
              + hash
              + " by the QBFT rule, not to the block hash "
              + bundle.blockHash()
              + " it is given as: the header was altered");
    }
    steps.add(
        "header of block "
            + header.number()
            + " → hash "
            + hash
            + " (QBFT rule: extraData with round 0 and no seals) OK");
    List<Address> validators = validators(bundle, header);
    steps.add(
        "validator set of block "
            + header.number()
            + ": "
            + validators
            + (pinnedValidators.isPresent()
                ? " (the set given with --validators)"
                : " (as the header lists it; pin it with --validators)")
            + " OK");
    ValidatorSet set = new ValidatorSet(validators);
    CommittedSealsValidator.Verdict seals =
        new CommittedSealsValidator().validate(header, validators);
    if (seals instanceof CommittedSealsValidator.Verdict.Rejected rejected) {
      throw new StepFailed(SEALS, rejected.reason());
    }
    int signers = ((CommittedSealsValidator.Verdict.Final) seals).signers().size();
    steps.add(
        "commit seals of block "
            + header.number()
            + " → signed by "
            + signers
            + " of "
            + set.size()
            + " validators (quorum "
            + set.quorum()
            + ") OK");
    if (bundle.lot().isPresent()) {
      steps.add(checkLot(bundle.lot().get(), bundle, proven));
    }
  }

  private static BlockHeader header(ProofBundle bundle) {
    BlockHeader header;
    try {
      header = BlockHeaderCodec.decode(bundle.header().toArray());
    } catch (RlpException | IllegalArgumentException e) {
      throw new StepFailed(HEADER, "the bundle's header is not a block header: " + e.getMessage());
    }
    if (header.number() != bundle.blockNumber()) {
      throw new StepFailed(
          HEADER,
          "the bundle is for block "
              + bundle.blockNumber()
              + " but its header is block "
              + header.number());
    }
    return header;
  }

  private static BigInteger storageValue(Hash storageRoot, ProofBundle.SlotProof slot) {
    ProofResult result =
        ProofVerifier.verifySecure(storageRoot, slot.key().toArray(), new Proof(slot.proof()));
    BigInteger proven;
    if (result instanceof ProofResult.Invalid invalid) {
      throw new StepFailed(
          STORAGE,
          "the proof of slot "
              + slot.key()
              + " does not lead to storageRoot "
              + storageRoot
              + ": "
              + invalid.reason());
    } else if (result instanceof ProofResult.Present present) {
      try {
        proven = new BigInteger(1, StorageWords.decode(present.value().toArray()).toArray());
      } catch (RlpException | IllegalStateException e) {
        throw new StepFailed(
            STORAGE, "slot " + slot.key() + " holds no storage word: " + e.getMessage());
      }
    } else {
      proven = BigInteger.ZERO;
    }
    if (!proven.equals(slot.value())) {
      throw new StepFailed(
          STORAGE,
          "the proof of slot "
              + slot.key()
              + " shows value 0x"
              + proven.toString(16)
              + ", not the 0x"
              + slot.value().toString(16)
              + " the bundle claims");
    }
    return proven;
  }

  private static void checkAccount(ProofBundle bundle, BlockHeader header) {
    ProofResult result =
        ProofVerifier.verifySecure(
            header.stateRoot(), bundle.address().toArray(), new Proof(bundle.accountProof()));
    Account proven;
    if (result instanceof ProofResult.Invalid invalid) {
      throw new StepFailed(
          ACCOUNT,
          "the proof of account "
              + bundle.address()
              + " does not lead to stateRoot "
              + header.stateRoot()
              + " of block "
              + header.number()
              + ": "
              + invalid.reason());
    } else if (result instanceof ProofResult.Present present) {
      try {
        proven = AccountCodec.decode(present.value().toArray());
      } catch (RlpException | IllegalArgumentException e) {
        throw new StepFailed(
            ACCOUNT,
            "the proven leaf of " + bundle.address() + " is no account: " + e.getMessage());
      }
    } else {
      proven = Account.EMPTY;
    }
    if (!proven.equals(bundle.account())) {
      throw new StepFailed(
          ACCOUNT,
          "the proof shows account "
              + bundle.address()
              + " as "
              + proven
              + ", not as the bundle claims "
              + bundle.account());
    }
  }

  private List<Address> validators(ProofBundle bundle, BlockHeader header) {
    QbftExtraData extra;
    try {
      extra = QbftExtraDataCodec.decode(header.extraData().toArray());
    } catch (RlpException | IllegalArgumentException e) {
      throw new StepFailed(
          HEADER, "block " + header.number() + " has no QBFT extraData: " + e.getMessage());
    }
    List<Address> listed = extra.validators();
    if (!new TreeSet<>(listed).equals(new TreeSet<>(bundle.validators()))) {
      throw new StepFailed(
          VALIDATORS,
          "the header of block "
              + header.number()
              + " lists validators "
              + listed
              + " but the bundle names "
              + bundle.validators());
    }
    if (pinnedValidators.isPresent()
        && !new TreeSet<>(listed).equals(new TreeSet<>(pinnedValidators.get()))) {
      throw new StepFailed(
          VALIDATORS,
          "block "
              + header.number()
              + " was made by validators "
              + listed
              + ", not by the set given with --validators "
              + pinnedValidators.get());
    }
    return listed;
  }

  private static String checkLot(
      ProofBundle.LotRecord lot, ProofBundle bundle, SortedMap<Word, Word> proven) {
    Address provenance = Address.wrap(ProvenanceLayout.ADDRESS.bytes());
    if (!bundle.address().equals(provenance)) {
      throw new StepFailed(
          LOT,
          "a lot lives in the Provenance account "
              + provenance
              + ", but the bundle proves "
              + bundle.address());
    }
    LotReader.Reading reading;
    try {
      reading = LotReader.read(proven, Word.wrap(lot.lotId().toArray()));
    } catch (LotReader.UndecodableLot e) {
      throw new StepFailed(LOT, e.getMessage());
    }
    if (!reading.missing().isEmpty()) {
      throw new StepFailed(
          LOT,
          "the bundle lacks proofs of "
              + reading.missing().size()
              + " slot(s) that lot "
              + lot.lotId()
              + "'s record reads, first "
              + reading.missing().first().toHex());
    }
    if (reading.trace().isEmpty()) {
      throw new StepFailed(
          LOT, "the proven slots show no lot " + lot.lotId() + " at block " + bundle.blockNumber());
    }
    JsonNode trace = reading.trace().get();
    if (!trace.equals(SAME_VALUE, lot.trace())) {
      throw new StepFailed(
          LOT,
          "the bundle's decoded values of lot "
              + lot.lotId()
              + " differ from what its proven slots say: "
              + trace);
    }
    JsonNode info = trace.path("lot");
    return "lot "
        + lot.lotId()
        + " decoded from "
        + proven.size()
        + " proven slots: "
        + info.path("kind").asText()
        + " "
        + (info.path("gtin").isNull()
            ? "SSCC " + info.path("sscc").asText()
            : "GTIN " + info.path("gtin").asText() + " lot " + info.path("lotNumber").asText())
        + ", status "
        + info.path("status").asText()
        + ", custodian "
        + info.path("custodian").asText()
        + ", "
        + trace.path("events").size()
        + " event(s), "
        + trace.path("backwardLineage").size()
        + " lot(s) upstream, "
        + trace.path("forwardLineage").size()
        + " downstream OK";
  }

  /** A step that did not pass; unwinds {@link #check} to the verdict. */
  private static final class StepFailed extends RuntimeException {
    private final String step;

    StepFailed(String step, String reason) {
      super(reason, null, false, false);
      this.step = step;
    }
  }
}
