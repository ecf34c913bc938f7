package io.coterie.node.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLogTest {
  private final AtomicLong clock = new AtomicLong();
  private final List<String> lines = new ArrayList<>();

  private ProgressLog log(OptionalLong total) {
    return new ProgressLog(
        "Verified blocks", "blocks", total, Duration.ofSeconds(5), clock::get, lines::add);
  }

  @Test
  void printsNothingUntilTheIntervalPassesThenOneLineWithCountRateAndEta() {
    ProgressLog progress = log(OptionalLong.of(1_000));
    clock.set(Duration.ofSeconds(4).toNanos());
    progress.advance(80);
    assertThat(lines).isEmpty();

    clock.set(Duration.ofSeconds(5).toNanos());
    progress.advance(20);
    assertThat(lines).containsExactly("Verified blocks count=100/1000 rate=20.0 blocks/s eta=45s");

    clock.set(Duration.ofSeconds(6).toNanos());
    progress.advance(10);
    assertThat(lines).hasSize(1);
  }

  @Test
  void printsAtMostOneLinePerIntervalHoweverOftenItAdvances() {
    ProgressLog progress = log(OptionalLong.of(100_000));
    for (int i = 1; i <= 60_000; i++) {
      clock.set(Duration.ofMillis(i).toNanos());
      progress.advance(1);
    }
    assertThat(lines).hasSize(12);
    assertThat(lines.get(11))
        .isEqualTo("Verified blocks count=60000/100000 rate=1000.0 blocks/s eta=40s");
  }

  @Test
  void aJobOfUnknownSizeReportsCountAndRateWithoutEta() {
    ProgressLog progress = log(OptionalLong.empty());
    clock.set(Duration.ofSeconds(10).toNanos());
    progress.reached(250);
    assertThat(lines).containsExactly("Verified blocks count=250 rate=25.0 blocks/s");
  }

  @Test
  void etaReadsInMinutesAndHours() {
    assertThat(ProgressLog.eta(59)).isEqualTo("59s");
    assertThat(ProgressLog.eta(61)).isEqualTo("1m01s");
    assertThat(ProgressLog.eta(7_380)).isEqualTo("2h03m");
  }

  @Test
  void anIntervalOfZeroPrintsEveryStep() {
    ProgressLog progress =
        new ProgressLog(
            "Imported blocks", "blocks", OptionalLong.of(3), Duration.ZERO, clock::get, lines::add);
    for (int i = 1; i <= 3; i++) {
      clock.set(Duration.ofSeconds(i).toNanos());
      progress.advance(1);
    }
    assertThat(lines)
        .containsExactly(
            "Imported blocks count=1/3 rate=1.0 blocks/s eta=2s",
            "Imported blocks count=2/3 rate=1.0 blocks/s eta=1s",
            "Imported blocks count=3/3 rate=1.0 blocks/s eta=0s");
  }
}
