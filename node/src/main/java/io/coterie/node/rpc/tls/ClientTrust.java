package io.coterie.node.rpc.tls;

import java.net.Socket;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts a client certificate that the known-clients file lists or, when CA clients are enabled,
 * that chains to a CA the JVM trusts (its default trust store); refuses every other.
 */
final class ClientTrust extends X509ExtendedTrustManager {
  private final KnownClients known;
  private final X509TrustManager authorities;

  /** {@code known} may list nobody; {@code caClients} adds the JVM's trusted CAs. */
  ClientTrust(KnownClients known, boolean caClients) {
    this.known = known;
    this.authorities = caClients ? jvmAuthorities() : null;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("the client sent no certificate");
    }
    if (known.knows(chain[0])) {
      return;
    }
    if (authorities != null) {
      authorities.checkClientTrusted(chain, authType);
      return;
    }
    throw new CertificateException(
        "client certificate "
            + chain[0].getSubjectX500Principal()
            + " (SHA-256 "
            + KnownClients.fingerprint(chain[0])
            + ") is not in the known-clients file");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this trust manager checks clients only");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return authorities == null ? new X509Certificate[0] : authorities.getAcceptedIssuers();
  }

  private static X509TrustManager jvmAuthorities() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      for (var manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the JVM's default trust store cannot be read", e);
    }
    throw new IllegalStateException("the JVM has no X.509 trust manager");
  }
}
