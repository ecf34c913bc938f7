/**
 * The {@code coterie} launcher: {@code CoterieCommand} (picocli root, exit codes, one-line errors),
 * option groups in {@code .options} and one class per command in {@code .subcommand}. The top of
 * the node: may import every other node package, the genesis module and the chaincode SPI.
 */
package io.coterie.node.cli;
