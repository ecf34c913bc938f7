/**
 * The precompile SPI: the boundary between chaincode and the node's execution engine.
 *
 * <p>Chaincode implements {@link io.coterie.chaincode.spi.Precompile} and ships it in a {@link
 * io.coterie.chaincode.spi.PrecompileModule} found by {@link java.util.ServiceLoader}. The node
 * implements the host side: {@link io.coterie.chaincode.spi.CallContext}, {@link
 * io.coterie.chaincode.spi.WorldStorage}, {@link io.coterie.chaincode.spi.EventSink} and {@link
 * io.coterie.chaincode.spi.GasMeter}. A call is a pure function of (storage, call context, input):
 * the SPI offers no clock, randomness or I/O.
 *
 * <p>Host contract, in short: a {@link io.coterie.chaincode.spi.CallResult.Revert} or any exception
 * thrown by {@code call} (in particular {@link io.coterie.chaincode.spi.OutOfGas} and {@link
 * io.coterie.chaincode.spi.StaticCallViolation}) discards every storage write and event of that
 * call; only a {@link io.coterie.chaincode.spi.CallResult.Success} keeps them.
 *
 * <p>May import: {@code java.lang}, {@code java.util}, {@code java.math}, web3j {@code crypto} (for
 * Keccak-256). Nothing else.
 */
package io.coterie.chaincode.spi;
