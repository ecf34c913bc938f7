package io.coterie.genesis.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the node needs to compute the genesis block and start consensus.
 *
 * <p>Validators and allocations are sorted by address (QBFT orders validators by address) but
 * duplicates are kept so that {@code GenesisValidator} can name them. {@code extraVanity} is the
 * 32-byte vanity that opens QBFT's extraData, as {@link Vanity}. {@code setupCalls} run in order on
 * block 0 after the allocations and roles (see {@link GenesisCall}); their order is kept. {@code
 * transitions} say from which block each chaincode version runs ({@link ChaincodeTransition});
 * their order is kept too, for the validator to check.
 */
public record ChainSpec(
    long chainId,
    long timestampSeconds,
    long gasLimit,
    BigInteger baseFeePerGas,
    Vanity extraVanity,
    QbftParameters qbft,
    List<GenesisAddress> validators,
    List<Allocation> allocations,
    Permissioning permissioning,
    PrecompileGenesis precompiles,
    boolean nativeTransfers,
    List<GenesisCall> setupCalls,
    List<ChaincodeTransition> transitions) {

  public ChainSpec {
    Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
    Objects.requireNonNull(extraVanity, "extraVanity");
    Objects.requireNonNull(qbft, "qbft");
    Objects.requireNonNull(permissioning, "permissioning");
    Objects.requireNonNull(precompiles, "precompiles");
    List<GenesisAddress> sortedValidators = new ArrayList<>(validators);
    sortedValidators.sort(Comparator.naturalOrder());
    validators = List.copyOf(sortedValidators);
    List<Allocation> sortedAllocations = new ArrayList<>(allocations);
    sortedAllocations.sort(Comparator.comparing(Allocation::address));
    allocations = List.copyOf(sortedAllocations);
    setupCalls = List.copyOf(setupCalls);
    transitions = List.copyOf(transitions);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy with changes; handy for tests and for tools that adjust one field. */
  public Builder toBuilder() {
    return new Builder()
        .chainId(chainId)
        .timestampSeconds(timestampSeconds)
        .gasLimit(gasLimit)
        .baseFeePerGas(baseFeePerGas)
        .extraVanity(extraVanity)
        .qbft(qbft)
        .validators(validators)
        .allocations(allocations)
        .permissioning(permissioning)
        .precompiles(precompiles)
        .nativeTransfers(nativeTransfers)
        .setupCalls(setupCalls)
        .transitions(transitions);
  }

  /**
   * Defaults: free gas (base fee 0), zero vanity, 1 s blocks, native transfers on, permissioning
   * on, no setup calls, no transitions (every chaincode precompile at version 1).
   */
  public static final class Builder {
    private long chainId;
    private long timestampSeconds;
    private long gasLimit = 100_000_000L;
    private BigInteger baseFeePerGas = BigInteger.ZERO;
    private Vanity extraVanity = Vanity.ZERO;
    private QbftParameters qbft = QbftParameters.withBlockPeriod(1_000);
    private List<GenesisAddress> validators = List.of();
    private List<Allocation> allocations = List.of();
    private Permissioning permissioning = Permissioning.on();
    private PrecompileGenesis precompiles = PrecompileGenesis.empty();
    private boolean nativeTransfers = true;
    private List<GenesisCall> setupCalls = List.of();
    private List<ChaincodeTransition> transitions = List.of();

    private Builder() {}

    public Builder chainId(long value) {
      chainId = value;
      return this;
    }

    public Builder timestampSeconds(long value) {
      timestampSeconds = value;
      return this;
    }

    public Builder gasLimit(long value) {
      gasLimit = value;
      return this;
    }

    public Builder baseFeePerGas(BigInteger value) {
      baseFeePerGas = value;
      return this;
    }

    public Builder extraVanity(Vanity value) {
      extraVanity = value;
      return this;
    }

    public Builder qbft(QbftParameters value) {
      qbft = value;
      return this;
    }

    public Builder validators(List<GenesisAddress> value) {
      validators = value;
      return this;
    }

    public Builder allocations(List<Allocation> value) {
      allocations = value;
      return this;
    }

    public Builder permissioning(Permissioning value) {
      permissioning = value;
      return this;
    }

    public Builder precompiles(PrecompileGenesis value) {
      precompiles = value;
      return this;
    }

    public Builder nativeTransfers(boolean value) {
      nativeTransfers = value;
      return this;
    }

    public Builder setupCalls(List<GenesisCall> value) {
      setupCalls = value;
      return this;
    }

    public Builder transitions(List<ChaincodeTransition> value) {
      transitions = value;
      return this;
    }

    public ChainSpec build() {
      return new ChainSpec(
          chainId,
          timestampSeconds,
          gasLimit,
          baseFeePerGas,
          extraVanity,
          qbft,
          validators,
          allocations,
          permissioning,
          precompiles,
          nativeTransfers,
          setupCalls,
          transitions);
    }
  }
}
