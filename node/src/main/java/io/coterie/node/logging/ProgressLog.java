package io.coterie.node.logging;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress lines of a long job, at most one per interval: {@code <what> count=N[/TOTAL] rate=R/s
 * [eta=…]}. The caller counts with {@link #advance}; the clock is injected so that a test drives
 * it. Not thread-safe: one job, one thread.
 */
public final class ProgressLog {
  private final String what;
  private final String unit;
  private OptionalLong total;
  private final Duration interval;
  private final LongSupplier nanoClock;
  private final Consumer<String> sink;
  private final long startNanos;
  private long lastLineNanos;
  private long count;

  public ProgressLog(
      String what,
      String unit,
      OptionalLong total,
      Duration interval,
      LongSupplier nanoClock,
      Consumer<String> sink) {
    this.what = what;
    this.unit = unit;
    this.total = total;
    this.interval = interval;
    this.nanoClock = nanoClock;
    this.sink = sink;
    this.startNanos = nanoClock.getAsLong();
    this.lastLineNanos = startNanos;
  }

  /** A progress log on the system clock, every five seconds. */
  public static ProgressLog every5s(
      String what, String unit, OptionalLong total, Consumer<String> sink) {
    return new ProgressLog(what, unit, total, Duration.ofSeconds(5), System::nanoTime, sink);
  }

  /** Counts {@code n} more done, and prints a line when the interval has passed since the last. */
  public void advance(long n) {
    count += n;
    long now = nanoClock.getAsLong();
    if (now - lastLineNanos >= interval.toNanos()) {
      lastLineNanos = now;
      sink.accept(line(now));
    }
  }

  /** Sets the count done so far (for a job that knows its position, such as sync's head). */
  public void reached(long done) {
    advance(done - count);
  }

  /** Sets the job's size, for one whose end moves (sync, as peers announce new heads). */
  public void total(long newTotal) {
    total = OptionalLong.of(newTotal);
  }

  public long count() {
    return count;
  }

  String line(long now) {
    double seconds = Math.max(now - startNanos, 1) / 1e9;
    double rate = count / seconds;
    StringBuilder line = new StringBuilder(what).append(" count=").append(count);
    total.ifPresent(t -> line.append('/').append(t));
    line.append(" rate=").append(String.format(Locale.ROOT, "%.1f", rate)).append(' ');
    line.append(unit).append("/s");
    if (total.isPresent()) {
      long left = Math.max(total.getAsLong() - count, 0);
      line.append(" eta=").append(rate > 0 ? eta(Math.round(left / rate)) : "unknown");
    }
    return line.toString();
  }

  static String eta(long seconds) {
    if (seconds >= 3600) {
      return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02dm", seconds % 3600 / 60);
    }
    if (seconds >= 60) {
      return seconds / 60 + "m" + String.format(Locale.ROOT, "%02ds", seconds % 60);
    }
    return seconds + "s";
  }
}
