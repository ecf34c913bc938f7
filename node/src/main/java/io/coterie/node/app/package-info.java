/**
 * Assembling and running a node: {@code NodeConfig}, {@code NodeBuilder} (the only place that calls
 * constructors across packages) and {@code Node} (start in order, stop in reverse).
 */
package io.coterie.node.app;
