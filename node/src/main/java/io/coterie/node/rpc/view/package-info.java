/**
 * The {@code provenance} namespace and other readable domain views for auditors and consumer pages:
 * chaincode state rendered as plain JSON (names, URNs, ISO-8601 times) instead of ABI words. One
 * class per method; renderers beside them.
 *
 * <p>Imports: {@code chain} (head state), {@code execution} ({@code ReadOnlyWorldStorage}), {@code
 * rpc.json}, {@code rpc.method}, {@code rpc.web} (Digital Link URIs), and the chaincode readers.
 */
package io.coterie.node.rpc.view;
