package io.coterie.node.bench;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.DynamicFeeTx;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Decode of a signed EIP-1559 envelope plus sender recovery, native libsecp256k1 against
 * BouncyCastle. Not a test: run {@link #main} (see the class name filter) outside {@code mvn
 * verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransactionRecoveryBenchmark {
  private byte[] envelope;
  private Secp256k1 nativeCurve;
  private Secp256k1 bouncyCastle;

  @Setup
  public void setUp() {
    PrivateKey key =
        PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    DynamicFeeTx tx =
        new TransactionSigner(key, 1337)
            .dynamicFee(
                42,
                BigInteger.ONE,
                BigInteger.TEN,
                100_000,
                Destination.call(Address.of(0x1001)),
                BigInteger.ZERO,
                Bytes.fromHex(
                    "0xa9059cbb000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                        + "0000000000000000000000000000000000000000000000000000000000000064"),
                List.of());
    envelope = TransactionCodec.encode(tx);
    nativeCurve =
        Secp256k1.nativeLibrary()
            .orElseThrow(() -> new IllegalStateException("native libsecp256k1 did not load"));
    bouncyCastle = Secp256k1.bouncyCastle();
  }

  @Benchmark
  public Transaction decodeOnly() {
    return TransactionCodec.decode(envelope);
  }

  @Benchmark
  public Address decodeAndRecoverNative() {
    return decodeAndRecover(nativeCurve);
  }

  @Benchmark
  public Address decodeAndRecoverBouncyCastle() {
    return decodeAndRecover(bouncyCastle);
  }

  private Address decodeAndRecover(Secp256k1 curve) {
    DynamicFeeTx tx = (DynamicFeeTx) TransactionCodec.decode(envelope);
    Signature signature = new Signature(tx.r(), tx.s(), tx.yParity());
    return Address.fromPublicKey(
        curve.recoverPublicKey(tx.signingHash().toArray(), signature).orElseThrow().toBytes());
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(
            new OptionsBuilder()
                .include(TransactionRecoveryBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(2)
                .measurementIterations(3)
                .build())
        .run();
  }
}
