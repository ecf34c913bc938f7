/**
 * TLS for the RPC listeners: {@link io.coterie.node.rpc.tls.ServerTls} makes a netty SslContext
 * (JDK provider) from a PKCS12 keystore and, with client authentication, a trust manager that
 * accepts Besu-style known clients (CN and SHA-256 fingerprint) and optionally CA-signed ones.
 *
 * <p>Imports: netty's ssl package and the JDK.
 */
package io.coterie.node.rpc.tls;
