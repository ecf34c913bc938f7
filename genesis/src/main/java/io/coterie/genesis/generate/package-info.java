/**
 * Operator tooling: writes a fresh network (random node keys, an administrator key, the genesis and
 * one TOML config per validator) into an empty directory. Randomness is right here: these keys
 * guard a real network. Imports {@code io.coterie.genesis.spec}, {@code .json}, {@code .validate}
 * and web3j crypto.
 */
package io.coterie.genesis.generate;
