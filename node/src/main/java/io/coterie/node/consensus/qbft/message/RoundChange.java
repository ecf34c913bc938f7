package io.coterie.node.consensus.qbft.message;

import java.util.Objects;

/** A round change with the certificate backing its prepared round. */
public record RoundChange(SignedMessage<RoundChangePayload> signed, PreparedCertificate certificate)
    implements QbftMessage {
  public RoundChange {
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(certificate, "certificate");
    boolean claimsPrepared = signed.payload().prepared() instanceof PreparedRound.PreparedAt;
    boolean hasCertificate = certificate instanceof PreparedCertificate.Present;
    if (claimsPrepared != hasCertificate) {
      throw new IllegalArgumentException(
          "a round change carries a certificate exactly when it claims a prepared round");
    }
  }

  @Override
  public int justificationSize() {
    return certificate instanceof PreparedCertificate.Present present
        ? present.prepares().size()
        : 0;
  }

  public PreparedRound prepared() {
    return signed.payload().prepared();
  }
}
