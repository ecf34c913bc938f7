package io.coterie.node.bench;

import io.coterie.node.crypto.Keccak;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Keccak-256 at the sizes the hot paths hash (a mapping slot, a signed transfer, a full trie branch
 * node): {@link Keccak} (one digest reused per thread) against a fresh BouncyCastle digest per
 * hash, as {@code Keccak} did before. Not a test: run {@link #main}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeccakBenchmark {
  @Param({"64", "110", "532"})
  public int size;

  private byte[] input;

  @Setup
  public void setUp() {
    input = new byte[size];
    new Random(size).nextBytes(input);
  }

  @Benchmark
  public byte[] reusedDigest() {
    return Keccak.hash(input);
  }

  @Benchmark
  public byte[] freshDigestPerHash() {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(
            new OptionsBuilder()
                .include(KeccakBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .build())
        .run();
  }
}
