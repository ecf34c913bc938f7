package io.coterie.node.rpc.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriptionIdSourceTest {
  @Test
  void idsCarryNoLeadingZeroSoClientsReadingThemAsQuantitiesSendThemBackUnchanged() {
    SubscriptionIdSource ids = new SubscriptionIdSource(0x0102L);

    String id = ids.next();

    assertThat(id).isEqualTo("0x1020000000000000001");
    assertThat(new java.math.BigInteger(id.substring(2), 16).toString(16))
        .isEqualTo(id.substring(2));
    assertThat(ids.next()).isNotEqualTo(id);
  }
}
