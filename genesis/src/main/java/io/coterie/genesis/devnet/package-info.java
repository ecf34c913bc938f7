/**
 * The development network: the accounts of the standard development mnemonic (as Hardhat, Anvil and
 * Ganache derive them) and a ready-made chain spec that funds them and gives them roles. Everything
 * here is public knowledge and must never protect real value. Imports {@code
 * io.coterie.genesis.spec} and web3j crypto.
 */
package io.coterie.genesis.devnet;
