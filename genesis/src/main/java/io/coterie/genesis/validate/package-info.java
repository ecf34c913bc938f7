/**
 * Semantic checks of a chain spec. {@link io.coterie.genesis.validate.GenesisValidator} returns
 * every problem it finds, each naming the JSON path, what is wrong and what to do. Imports {@code
 * io.coterie.genesis.spec} and, for the GS1 rules of GTIN bindings, {@code
 * io.coterie.chaincode.gtin}.
 */
package io.coterie.genesis.validate;
