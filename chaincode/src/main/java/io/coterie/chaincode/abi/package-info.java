/**
 * Solidity ABI for precompiles: selectors and dispatch, strict calldata reading, return, event and
 * error encoding, and Solidity storage-slot derivation. Thin codecs over web3j {@code abi}, so
 * precompile code works with {@code spi} values ({@code Word}, {@code ChainAddress}). Also the
 * OpenZeppelin building blocks several precompiles share, over any account's storage: {@code
 * Checkpoints} (Trace208), {@code DelegatedVotes} (ERC-5805), {@code DelegationSignatures}, {@code
 * Eip712} and {@code Ownable2Step}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, web3j {@code abi} and {@code crypto}, {@code
 * java.util}, {@code java.math}.
 */
package io.coterie.chaincode.abi;
