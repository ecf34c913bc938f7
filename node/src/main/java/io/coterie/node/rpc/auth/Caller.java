package io.coterie.node.rpc.auth;

import io.coterie.node.types.Address;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Who sent a request, as its token (or the lack of one) says. */
public sealed interface Caller permits Caller.Anonymous, Caller.User, Caller.Partner {
  /** When the caller's token stops being valid; empty without a token. */
  Optional<Instant> expiresAt();

  /** No token: only the endpoint's methods-no-auth. */
  record Anonymous() implements Caller {
    @Override
    public Optional<Instant> expiresAt() {
      return Optional.empty();
    }
  }

  /** A token with a {@code permissions} claim (from /login with a password, or external). */
  record User(String name, PermissionSet permissions, Instant expiry) implements Caller {
    public User {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(permissions, "permissions");
      Objects.requireNonNull(expiry, "expiry");
    }

    @Override
    public Optional<Instant> expiresAt() {
      return Optional.of(expiry);
    }
  }

  /**
   * A token with a {@code coterie:address} claim: its methods follow the address's roles at the
   * head, narrowed to {@code ceiling} (the token's {@code permissions} claim, or all).
   */
  record Partner(Address address, PermissionSet ceiling, Instant expiry) implements Caller {
    public Partner {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(ceiling, "ceiling");
      Objects.requireNonNull(expiry, "expiry");
    }

    @Override
    public Optional<Instant> expiresAt() {
      return Optional.of(expiry);
    }
  }
}
