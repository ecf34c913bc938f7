package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Objects;

/**
 * OZ 5 {@code Governor.ProposalCore}: who proposed, when voting starts (the snapshot block) and how
 * long it lasts, and whether it was executed or canceled. {@code voteStart == 0} means "no such
 * proposal", as in OZ.
 */
public record ProposalCore(
    ChainAddress proposer,
    long voteStart,
    long voteDuration,
    boolean executed,
    boolean canceled,
    long etaSeconds) {

  /** The record of a proposal that was never made. */
  public static final ProposalCore NONE =
      new ProposalCore(ChainAddress.ZERO, 0, 0, false, false, 0);

  public ProposalCore {
    Objects.requireNonNull(proposer, "proposer");
  }

  /** Whether a proposal with this id was made. */
  public boolean exists() {
    return voteStart != 0;
  }

  /** The snapshot block ({@code proposalSnapshot}). */
  public long snapshot() {
    return voteStart;
  }

  /** The last block of voting ({@code proposalDeadline}). */
  public long deadline() {
    return voteStart + voteDuration;
  }

  ProposalCore markExecuted() {
    return new ProposalCore(proposer, voteStart, voteDuration, true, canceled, etaSeconds);
  }

  ProposalCore markCanceled() {
    return new ProposalCore(proposer, voteStart, voteDuration, executed, true, etaSeconds);
  }

  // Solidity packs the struct's first slot from the low-order end: proposer (160 bits), voteStart
  // (48), voteDuration (32), executed (8), canceled (8).
  Word packedHead() {
    BigInteger v =
        proposer
            .toBigInteger()
            .or(BigInteger.valueOf(voteStart).shiftLeft(160))
            .or(BigInteger.valueOf(voteDuration).shiftLeft(208))
            .or(BigInteger.valueOf(executed ? 1 : 0).shiftLeft(240))
            .or(BigInteger.valueOf(canceled ? 1 : 0).shiftLeft(248));
    return Word.of(v);
  }

  static ProposalCore unpack(Word head, Word eta) {
    BigInteger v = head.toBigInteger();
    return new ProposalCore(
        ChainAddress.of(bits(v, 0, 160)),
        bits(v, 160, 48).longValueExact(),
        bits(v, 208, 32).longValueExact(),
        bits(v, 240, 8).signum() != 0,
        bits(v, 248, 8).signum() != 0,
        bits(eta.toBigInteger(), 0, 48).longValueExact());
  }

  private static BigInteger bits(BigInteger v, int from, int width) {
    return v.shiftRight(from).and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
  }
}
