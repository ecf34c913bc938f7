package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Chaincode that runs inside a {@code revokeRole} or {@code renounceRole} call, right after the
 * role is gone: how the membership module burns an expelled member's cards in the same transaction,
 * so their votes end with the block. Published by {@link RolesModule} in the {@link
 * io.coterie.chaincode.spi.ServiceRegistry}; modules register in their {@code start}, before any
 * call runs, so every node runs the same hooks in the same (registration) order. A hook charges its
 * own work to the call's gas meter; if it throws (e.g. out of gas) the revocation fails with it.
 */
public final class RoleRevocationHooks {
  /** Work to do when {@code account} loses a role. */
  @FunctionalInterface
  public interface Hook {
    void onRevoked(CallContext ctx, ChainAddress account);
  }

  private final SortedMap<Word, List<Hook>> hooks = new TreeMap<>();

  /** Runs {@code hook} whenever {@code role} is revoked or renounced. */
  public synchronized void register(Word role, Hook hook) {
    Objects.requireNonNull(hook, "hook");
    hooks.computeIfAbsent(role, r -> new ArrayList<>()).add(hook);
  }

  /** The hooks of {@code role}, in registration order. */
  public synchronized List<Hook> of(Word role) {
    return List.copyOf(hooks.getOrDefault(role, List.of()));
  }
}
