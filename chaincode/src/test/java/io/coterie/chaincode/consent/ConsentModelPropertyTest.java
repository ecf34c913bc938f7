package io.coterie.chaincode.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** hasConsent agrees with a plain model over any sequence of grants, revocations and time. */
class ConsentModelPropertyTest {
  private static final List<ChainAddress> MEMBERS =
      List.of(ConsentFixture.MEMBER, ConsentFixture.MEMBER2);
  private static final List<ChainAddress> MERCHANTS =
      List.of(ConsentFixture.SHOP, ConsentFixture.BRAND);
  private static final List<Word> PURPOSES =
      List.of(ConsentFixture.MARKETING, ConsentFixture.ANALYTICS);

  enum Kind {
    GRANT,
    GRANT_FOREVER,
    REVOKE,
    WAIT
  }

  record Step(Kind kind, int member, int merchant, int purpose, int seconds) {}

  record Key(int member, int merchant, int purpose) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Integer.compare(
          member * 100 + merchant * 10 + purpose, o.member * 100 + o.merchant * 10 + o.purpose);
    }
  }

  private static Gen<List<Step>> steps() {
    Gen<Integer> bit = integers().between(0, 1);
    return lists()
        .of(
            Generate.enumValues(Kind.class)
                .zip(bit, bit, bit, integers().between(1, 50), Step::new))
        .ofSizeBetween(0, 40);
  }

  @Test
  void hasConsentMatchesTheModel() {
    qt().withExamples(200)
        .withFixedSeed(Long.getLong("QT_SEED", 27560))
        .forAll(steps())
        .checkAssert(this::check);
  }

  /** The model: until when each consent is in force (Long.MAX_VALUE = no expiry). */
  private void check(List<Step> steps) {
    ConsentFixture chain = new ConsentFixture();
    SortedMap<Key, Long> activeUntil = new TreeMap<>();
    ConsentReader reader = new ConsentReader();

    for (Step s : steps) {
      Key key = new Key(s.member(), s.merchant(), s.purpose());
      ChainAddress member = MEMBERS.get(s.member());
      ChainAddress merchant = MERCHANTS.get(s.merchant());
      Word purpose = PURPOSES.get(s.purpose());
      long now = chain.host.block().timestampSeconds();
      boolean modelActive = activeUntil.getOrDefault(key, Long.MIN_VALUE) > now;
      switch (s.kind()) {
        case GRANT -> {
          assertThat(
                  chain
                      .call(member, ConsentFixture.grant(merchant, purpose, now + s.seconds(), ""))
                      .succeeded())
              .isTrue();
          activeUntil.put(key, now + s.seconds());
        }
        case GRANT_FOREVER -> {
          assertThat(chain.call(member, ConsentFixture.grant(merchant, purpose, 0, "")).succeeded())
              .isTrue();
          activeUntil.put(key, Long.MAX_VALUE);
        }
        case REVOKE -> {
          boolean revoked =
              chain.call(member, ConsentFixture.revoke(merchant, purpose)).succeeded();
          assertThat(revoked).isEqualTo(modelActive);
          activeUntil.remove(key);
        }
        case WAIT -> chain.host.advance(1, s.seconds());
      }
      long later = chain.host.block().timestampSeconds();
      for (int m = 0; m < 2; m++) {
        for (int c = 0; c < 2; c++) {
          for (int p = 0; p < 2; p++) {
            boolean expected = activeUntil.getOrDefault(new Key(m, c, p), Long.MIN_VALUE) > later;
            assertThat(chain.hasConsent(MEMBERS.get(m), MERCHANTS.get(c), PURPOSES.get(p)))
                .isEqualTo(expected);
            assertThat(
                    reader.hasConsent(
                        chain.host.world(),
                        MEMBERS.get(m),
                        MERCHANTS.get(c),
                        PURPOSES.get(p),
                        later))
                .isEqualTo(expected);
          }
        }
      }
    }
  }
}
