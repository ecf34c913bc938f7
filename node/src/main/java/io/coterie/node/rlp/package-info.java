/**
 * Recursive Length Prefix encoding: a writer, and a strict reader that refuses non-canonical input
 * and oversized items. Imports nothing from the node.
 */
package io.coterie.node.rlp;
