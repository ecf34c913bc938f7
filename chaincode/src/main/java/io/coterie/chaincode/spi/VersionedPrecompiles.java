package io.coterie.chaincode.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The precompiles of every (module, version) this binary carries, and which of them serve at each
 * block height of one chain: a block executes with the versions its height activates, so a block
 * re-executes with the rules it first ran under, whatever newer versions the binary also carries.
 * Heights between two transitions share one {@link PrecompileDirectory}.
 */
public final class VersionedPrecompiles {
  private final NavigableMap<Long, Segment> segments;

  private record Segment(SortedMap<String, Integer> versions, PrecompileDirectory directory) {}

  private VersionedPrecompiles(NavigableMap<Long, Segment> segments) {
    this.segments = segments;
  }

  /**
   * The schedule of {@code transitions} (in increasing block order) over started {@code modules}
   * (as {@link PrecompileLoader} returns them).
   *
   * @throws ChaincodeVersionUnavailable when a transition names a module or version this binary
   *     does not carry
   * @throws IllegalArgumentException when two transitions are not in increasing block order
   */
  public static VersionedPrecompiles of(
      List<PrecompileModule> modules, List<VersionTransition> transitions) {
    List<String> missing = missing(modules, transitions);
    if (!missing.isEmpty()) {
      throw new ChaincodeVersionUnavailable(missing);
    }
    NavigableMap<Long, Segment> segments = new TreeMap<>();
    SortedMap<String, Integer> versions = new TreeMap<>();
    modules.forEach(m -> versions.put(m.name(), 1));
    segments.put(0L, segment(modules, versions));
    long previous = -1;
    for (VersionTransition t : transitions) {
      if (t.block() <= previous) {
        throw new IllegalArgumentException(
            "transitions must be in increasing block order, but block %d follows %d"
                .formatted(t.block(), previous));
      }
      previous = t.block();
      t.versions()
          .forEach(
              (name, version) -> {
                if (versions.containsKey(name)) {
                  versions.put(name, version);
                }
              });
      segments.put(t.block(), segment(modules, versions));
    }
    return new VersionedPrecompiles(segments);
  }

  /** Every module at version 1 at every height: the rules of a chain without transitions. */
  public static VersionedPrecompiles original(List<PrecompileModule> modules) {
    return of(modules, List.of());
  }

  /**
   * What {@code transitions} ask of this binary that it does not carry, one sentence each saying
   * what to do; empty when the binary can execute every scheduled height.
   */
  public static List<String> missing(
      List<PrecompileModule> modules, List<VersionTransition> transitions) {
    SortedMap<String, Integer> latest = new TreeMap<>();
    modules.forEach(m -> latest.put(m.name(), m.latestVersion()));
    List<String> problems = new ArrayList<>();
    for (VersionTransition t : transitions) {
      for (Map.Entry<String, Integer> wanted : t.versions().entrySet()) {
        String name = wanted.getKey();
        int version = wanted.getValue();
        Integer carried = latest.get(name);
        if (version == 0) {
          continue;
        }
        if (carried == null) {
          problems.add(
              ("the transition at block %d schedules chaincode '%s' version %d, but this binary has"
                      + " no chaincode module '%s' (it has %s); upgrade the node to a Coterie"
                      + " release that has it, or correct the name in the genesis")
                  .formatted(t.block(), name, version, name, String.join(", ", latest.keySet())));
        } else if (version > carried) {
          problems.add(
              ("the transition at block %d schedules chaincode '%s' version %d, but this binary"
                      + " carries '%s' versions 1 to %d only; upgrade the node to a Coterie release"
                      + " with %s version %d before the chain reaches block %d")
                  .formatted(t.block(), name, version, name, carried, name, version, t.block()));
        }
      }
    }
    return List.copyOf(problems);
  }

  /** The precompiles that serve calls in block {@code blockNumber}. */
  public PrecompileDirectory at(long blockNumber) {
    return segment(blockNumber).directory();
  }

  /** Module name → version at block {@code blockNumber} (0: not active). */
  public SortedMap<String, Integer> versionsAt(long blockNumber) {
    return segment(blockNumber).versions();
  }

  /** Whether some height's precompiles serve {@code address}. */
  public boolean servesAtSomeHeight(ChainAddress address) {
    return segments.values().stream().anyMatch(s -> s.directory().find(address).isPresent());
  }

  /** The heights where versions change, with the versions from there on, in block order. */
  public SortedMap<Long, SortedMap<String, Integer>> schedule() {
    SortedMap<Long, SortedMap<String, Integer>> out = new TreeMap<>();
    segments.forEach((block, segment) -> out.put(block, segment.versions()));
    return Collections.unmodifiableSortedMap(out);
  }

  private Segment segment(long blockNumber) {
    if (blockNumber < 0) {
      throw new IllegalArgumentException("block number cannot be negative: " + blockNumber);
    }
    return segments.floorEntry(blockNumber).getValue();
  }

  private static Segment segment(
      List<PrecompileModule> modules, SortedMap<String, Integer> versions) {
    return new Segment(
        Collections.unmodifiableSortedMap(new TreeMap<>(versions)),
        PrecompileDirectory.of(modules, versions));
  }
}
