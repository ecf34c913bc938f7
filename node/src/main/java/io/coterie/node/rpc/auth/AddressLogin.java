package io.coterie.node.rpc.auth;

import io.coterie.node.types.Address;
import java.util.SortedSet;

/**
 * Login with the key an account already has: the node hands out a {@link LoginChallenges}
 * challenge, the account signs it with personal_sign, and a valid signature by an account that
 * holds at least one role of the table earns a token with its {@code coterie:address}.
 */
final class AddressLogin {
  private final LoginChallenges challenges;
  private final RoleSource roles;
  private final RolePermissionTable table;
  private final TokenIssuer issuer;

  AddressLogin(
      LoginChallenges challenges, RoleSource roles, RolePermissionTable table, TokenIssuer issuer) {
    this.challenges = challenges;
    this.roles = roles;
    this.table = table;
    this.issuer = issuer;
  }

  LoginChallenges.Challenge challenge(Address address) {
    return challenges.issue(address);
  }

  /** The verdict on a signed challenge: a token, or what is wrong and what to do. */
  sealed interface Outcome permits Outcome.Token, Outcome.Refused {
    record Token(String token, Address address, SortedSet<String> roles) implements Outcome {}

    record Refused(String message) implements Outcome {}
  }

  Outcome login(String message, String signature) {
    LoginChallenges.Proof proof = challenges.verify(message, signature);
    if (proof instanceof LoginChallenges.Proof.Refused refused) {
      return new Outcome.Refused(refused.message());
    }
    Address address = ((LoginChallenges.Proof.Proven) proof).address();
    SortedSet<String> held = roles.rolesOf(address);
    if (held.isEmpty()) {
      return new Outcome.Refused(
          address.toChecksumHex()
              + " holds none of the roles this node serves ("
              + String.join(", ", table.roles().keySet())
              + "); ask an admin of the Roles precompile 0x…1000 to grant it one");
    }
    return new Outcome.Token(issuer.issueForAddress(address), address, held);
  }
}
