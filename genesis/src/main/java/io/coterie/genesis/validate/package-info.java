/**
 * Semantic checks of a chain spec. {@link io.coterie.genesis.validate.GenesisValidator} returns
 * every problem it finds, each naming the JSON path, what is wrong and what to do. Imports {@code
 * io.coterie.genesis.spec}.
 */
package io.coterie.genesis.validate;
