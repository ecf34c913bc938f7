package io.coterie.node.rpc.method;

import java.util.Objects;

/**
 * What a method may know about the request it serves: the remote address it came from (the owner of
 * the filters it installs) and its {@link Deadline}.
 */
public record RequestScope(String remote, Deadline deadline) {
  /** The owner of calls made inside the node, not over a socket. */
  public static final String LOCAL = "local";

  public RequestScope {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** An in-process call without a deadline. */
  public static RequestScope local() {
    return new RequestScope(LOCAL, Deadline.never());
  }
}
