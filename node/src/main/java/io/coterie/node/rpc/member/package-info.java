/**
 * What an anonymous member page may call: the allow-list behind {@code POST /member/rpc} (chain id,
 * block number, {@code eth_call} to chaincode only, receipts, and the relayer's two member
 * methods), over the node's own method implementations. Everything else is refused by name, so a
 * member (or anyone) reaches nothing else through this route, whatever the RPC port's
 * authentication says.
 *
 * <p>Imports: {@code rpc.method}, {@code rpc.json}, {@code types}.
 */
package io.coterie.node.rpc.member;
