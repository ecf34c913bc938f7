package io.coterie.node.consensus.qbft.validate;

/** Why a QBFT message was refused; each reason is also a metric label. */
public enum MessageRejection {
  MALFORMED("malformed message: %s"),
  NOT_A_VALIDATOR("author %s is not a validator at height %d; only validators' messages count"),
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
}
