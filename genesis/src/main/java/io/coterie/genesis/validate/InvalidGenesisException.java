package io.coterie.genesis.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by callers that cannot continue without a valid genesis (the node at start-up). Its
 * message lists every problem, one a line.
 */
public final class InvalidGenesisException extends RuntimeException {
  private final List<GenesisProblem> problems;

  public InvalidGenesisException(String source, List<GenesisProblem> problems) {
    super(
        "genesis "
            + source
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<GenesisProblem> problems() {
    return problems;
  }
}
