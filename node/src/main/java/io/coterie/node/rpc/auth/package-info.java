/**
 * Who may call what over JSON-RPC: JWT bearer tokens ({@link
 * io.coterie.node.rpc.auth.TokenVerifier}, nimbus-jose-jwt), {@code /login} with a Besu credentials
 * file (bcrypt) or with an EIP-191 signed challenge ({@link
 * io.coterie.node.rpc.auth.LoginChallenges}), Besu's permission syntax ({@link
 * io.coterie.node.rpc.auth.Permission}), and permissions that follow an address's on-chain roles at
 * the head ({@link io.coterie.node.rpc.auth.RolePermissionTable}, {@link
 * io.coterie.node.rpc.auth.HeadRoles}). {@link io.coterie.node.rpc.auth.PermittedMethods} applies a
 * caller's grant to every request of a body, batches included. Transport-independent: {@code
 * rpc.server} reads headers and writes responses.
 *
 * <p>Imports: {@code rpc.method}, {@code rpc.json}, {@code types}, {@code crypto}, {@code state},
 * {@code execution} (read-only storage), chaincode's roles and consent constants, Jackson,
 * nimbus-jose-jwt, BouncyCastle.
 */
package io.coterie.node.rpc.auth;
