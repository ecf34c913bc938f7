package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.port.Misconduct;
import java.util.Optional;

/** Why a QBFT message was refused; each reason is also a metric label. */
public enum MessageRejection {
  MALFORMED("malformed message: %s"),
  NOT_A_VALIDATOR("author %s is not a validator at height %d; only validators' messages count"),
  NOT_FROM_AUTHOR(
      "message signed by %s arrived from peer %s; validators send their own messages directly"),
  WRONG_PROPOSER("proposal for %s is signed by %s but the proposer of that round is %s"),
  BAD_BLOCK_HEADER("proposed block does not fit %s: %s"),
  INVALID_BLOCK("proposed block %s failed verification: %s"),
  UNJUSTIFIED_PROPOSAL("proposal for %s has a bad justification: %s"),
  WRONG_DIGEST("%s from %s names block %s but the proposal of %s is block %s"),
  BAD_COMMIT_SEAL("commit seal from %s recovers %s; a seal must be signed by its author"),
  BAD_CERTIFICATE("round change from %s has a bad prepared certificate: %s"),
  EQUIVOCATION("%s already sent a %s for %s naming %s; this one names %s");

  private final String template;

  MessageRejection(String template) {
    this.template = template;
  }

  public String explain(Object... args) {
    return template.formatted(args);
  }

  /**
   * The misconduct this rejection proves of the sender, for a message of the height being decided;
   * empty where an honest validator could have sent it (a block that fails to re-execute here, or a
   * prepare for the other block of an equivocating proposer).
   */
  public Optional<Misconduct> misconduct() {
    return switch (this) {
      case MALFORMED, BAD_COMMIT_SEAL -> Optional.of(Misconduct.MALFORMED);
      case NOT_A_VALIDATOR, NOT_FROM_AUTHOR, WRONG_PROPOSER -> Optional.of(Misconduct.UNAUTHORISED);
      case BAD_BLOCK_HEADER, UNJUSTIFIED_PROPOSAL, BAD_CERTIFICATE ->
          Optional.of(Misconduct.INVALID);
      case EQUIVOCATION -> Optional.of(Misconduct.CONFLICTING);
      case INVALID_BLOCK, WRONG_DIGEST -> Optional.empty();
    };
  }
}
