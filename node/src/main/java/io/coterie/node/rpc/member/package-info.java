/**
 * Members' passkey requests over JSON-RPC. The relayer's methods, namespace {@code coterie} ({@code
 * --rpc-http-api COTERIE}): {@code coterie_createMemberAccount} and {@code
 * coterie_sendMemberRequest} carry members' passkey calls to member accounts ({@code 0x…1008}) in
 * transactions signed by the relayer key ({@code --relayer-key-file}), simulating first and
 * answering refusals with {@code {error, args, reason}}. In the role permission table they are
 * {@code coterie:createMemberAccount} and {@code coterie:sendMemberRequest}. And the allow-list
 * behind the member page's anonymous {@code POST /member/rpc} ({@link MemberRpcMethods}): chain id,
 * block number, {@code eth_call} to chaincode only, receipts and those two methods; everything else
 * is refused by name, whatever the RPC port's authentication says.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, {@code rpc.explorer} (the ABI file list),
 * {@code execution}, {@code txpool}, {@code types}, chaincode {@code members}, web3j {@code abi},
 * Jackson.
 */
package io.coterie.node.rpc.member;
