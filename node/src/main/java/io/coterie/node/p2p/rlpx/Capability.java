package io.coterie.node.p2p.rlpx;

/** A sub-protocol a peer speaks, as Hello lists it: name (ASCII, at most 8 chars) and version. */
public record Capability(String name, int version) implements Comparable<Capability> {
  public Capability {
    if (name.isEmpty() || name.length() > 8 || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "a capability name is 1-8 printable ASCII characters, got '" + name + "'");
    }
    if (version < 0) {
      throw new IllegalArgumentException("a capability version is unsigned, got " + version);
    }
  }

  @Override
  public int compareTo(Capability other) {
    int byName = name.compareTo(other.name);
    return byName != 0 ? byName : Integer.compare(version, other.version);
  }

  @Override
  public String toString() {
    return name + "/" + version;
  }
}
