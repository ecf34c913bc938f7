/**
 * Operator tooling: writes a fresh network (random node keys, an administrator key, the operator's
 * JSON-RPC password with its bcrypt credentials file, the genesis and one TOML config per
 * validator) into an empty directory. Randomness is right here: these keys guard a real network.
 * Imports {@code io.coterie.genesis.spec}, {@code .json}, {@code .validate}, web3j crypto and
 * BouncyCastle's bcrypt.
 */
package io.coterie.genesis.generate;
