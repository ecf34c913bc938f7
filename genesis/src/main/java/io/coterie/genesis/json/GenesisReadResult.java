package io.coterie.genesis.json;

import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.validate.GenesisProblem;
import io.coterie.genesis.validate.InvalidGenesisException;
import java.util.List;

/** The outcome of reading a genesis file: a spec, or the problems that prevented reading it. */
public sealed interface GenesisReadResult {
  record Parsed(ChainSpec spec) implements GenesisReadResult {}

  record Unreadable(List<GenesisProblem> problems) implements GenesisReadResult {
    public Unreadable {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an unreadable genesis needs at least one problem");
      }
    }
  }

  /**
   * The spec, or an exception listing every problem; {@code source} names the file in the message.
   */
  default ChainSpec orThrow(String source) {
    if (this instanceof Parsed parsed) {
      return parsed.spec();
    }
    throw new InvalidGenesisException(source, ((Unreadable) this).problems());
  }
}
