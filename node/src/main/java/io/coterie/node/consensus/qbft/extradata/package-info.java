/**
 * QBFT header extraData: {@code RLP([32-byte vanity, [validators], vote, round, [committed
 * seals]])}, and the two reduced forms that block hashing and commit seals sign over. Imports
 * {@code rlp}, {@code crypto} and {@code types}.
 */
package io.coterie.node.consensus.qbft.extradata;
