/**
 * The QBFT state machine. {@link io.coterie.node.consensus.qbft.statemachine.QbftEventLoop} owns a
 * bounded queue and the only thread that touches consensus state; {@link
 * io.coterie.node.consensus.qbft.statemachine.QbftController} routes each event to the {@link
 * io.coterie.node.consensus.qbft.statemachine.HeightManager} of the current height, which runs
 * rounds, round changes and timers, and buffers messages for later heights and rounds. Imports
 * {@code types}, {@code crypto}, {@code rlp} and {@code consensus.qbft.{extradata, message, wire,
 * validate, port}}.
 */
package io.coterie.node.consensus.qbft.statemachine;
