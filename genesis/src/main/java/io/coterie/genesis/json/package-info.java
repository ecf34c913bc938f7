/**
 * Genesis JSON. The shape follows Besu's genesis file where the concepts match ({@code
 * config.chainId}, {@code config.qbft}, {@code gasLimit}, {@code alloc}, ...), with Coterie's own
 * settings under {@code config.coterie}. One simplification: validators are listed in a plain
 * {@code validators} array (and the vanity in {@code vanity}) instead of Besu's RLP-encoded {@code
 * extraData}; the node builds the genesis extraData from them. Reading reports every problem with
 * its JSON path and a fix. Imports {@code io.coterie.genesis.spec} and {@code
 * io.coterie.genesis.validate}.
 */
package io.coterie.genesis.json;
