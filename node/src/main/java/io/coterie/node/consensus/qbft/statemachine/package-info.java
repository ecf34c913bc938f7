/**
 * The QBFT state machine. {@link io.coterie.node.consensus.qbft.statemachine.QbftEventLoop} owns a
 * bounded queue and the only thread that touches consensus state; {@link
 * io.coterie.node.consensus.qbft.statemachine.QbftController} routes each event to the {@link
 * io.coterie.node.consensus.qbft.statemachine.HeightManager} of the current height (head + 1).
 *
 * <p>The rules, as the QBFT spec and Besu's qbft-core:
 *
 * <ul>
 *   <li>Quorum is ceil(2n/3), f = floor((n-1)/3). The proposer of (height, round) is round-robin
 *       from the parent's proposer (see {@link
 *       io.coterie.node.consensus.qbft.message.ValidatorSet#proposer}).
 *   <li>Block timer: a height starts when its parent becomes the head; {@code blockPeriodMillis}
 *       later by the local clock (not the parent's whole-second timestamp, so sub-second periods
 *       work) round 0 begins: the round timer starts and the proposer builds a block, waiting up to
 *       {@code emptyBlockPeriodMillis} for a transaction when the pool is empty (other validators
 *       add that wait to their round-0 timeout). The block's timestamp is {@code max(now, parent +
 *       period)} in seconds.
 *   <li>Every validator, the proposer included, prepares a valid proposal; the proposal itself is
 *       not a prepare. A quorum of prepares makes a validator prepared: it persists the prepared
 *       certificate ({@code ConsensusStateStore}) and then sends its commit with its seal. A quorum
 *       of commits (valid seals) commits the block, whether or not this validator was prepared.
 *   <li>Round r times out after {@code requestTimeoutMillis * 2^r}, capped at {@code
 *       maxRoundTimeoutMillis}; the validator moves to r+1 and sends a round change carrying its
 *       prepared certificate, if any. Round changes from f+1 validators for higher rounds make it
 *       join the highest round f+1 of them asked for. A quorum of round changes for round r lets
 *       r's proposer propose, justified by them: it re-proposes the block of the highest prepared
 *       round among them (the same hash, the new round in extraData), or builds a new one.
 *   <li>Messages for older heights or rounds are dropped; for later heights (up to 16 ahead) and,
 *       for prepares and commits, later rounds of this height, buffered with bounds and replayed on
 *       arrival. Proposals and round changes for later rounds of this height are handled at once,
 *       since they carry their own justification.
 *   <li>{@link io.coterie.node.consensus.qbft.statemachine.MessageIntake} runs on the network
 *       thread, before the queue: it drops what a non-validator peer sent and bytes seen before,
 *       without recovering a signature. The controller then recovers the outer author only; the
 *       justification is recovered last, once the author is a validator of the height that sent its
 *       own message (and a proposal's the round's proposer). Refusals that no honest validator
 *       earns are reported to {@code ValidatorNetwork#penalise}.
 * </ul>
 *
 * Imports {@code types}, {@code crypto}, {@code rlp} and {@code consensus.qbft.{extradata, message,
 * wire, validate, port}}.
 */
package io.coterie.node.consensus.qbft.statemachine;
