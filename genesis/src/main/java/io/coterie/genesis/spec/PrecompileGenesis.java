package io.coterie.genesis.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The chaincode's initial state.
 *
 * <p>{@code roles}: role name to holders, for the roles precompile. Names are kept as strings, so
 * an unknown name can be reported by the validator instead of failing the read; holders are sorted
 * (duplicates are kept, for the validator to report). {@code params}: precompile name to its
 * initial parameters, for precompiles added later; values are strings the precompile parses itself.
 * {@code governorExclusive}: the DAO governor is the only admin of MEMBER_ROLE and of loyalty
 * exchange rates, so DEFAULT_ADMIN_ROLE holders cannot bypass a vote on either (written into the
 * Roles precompile's storage at block 0; it cannot be changed later). {@code gtinOwners}: GTIN
 * registry bindings, a GS1 company prefix or a GTIN-14 to the account that may commission lots
 * under it (kept as read; the validator checks the keys).
 */
public record PrecompileGenesis(
    SortedMap<String, List<GenesisAddress>> roles,
    SortedMap<String, SortedMap<String, String>> params,
    boolean governorExclusive,
    SortedMap<String, GenesisAddress> gtinOwners) {

  public PrecompileGenesis {
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(gtinOwners, "gtinOwners");
    gtinOwners = Collections.unmodifiableSortedMap(new TreeMap<>(gtinOwners));
    SortedMap<String, List<GenesisAddress>> rolesCopy = new TreeMap<>();
    roles.forEach(
        (role, holders) -> {
          List<GenesisAddress> sorted = new ArrayList<>(holders);
          Collections.sort(sorted);
          rolesCopy.put(Objects.requireNonNull(role, "role name"), List.copyOf(sorted));
        });
    roles = Collections.unmodifiableSortedMap(rolesCopy);
    SortedMap<String, SortedMap<String, String>> paramsCopy = new TreeMap<>();
    params.forEach(
        (precompile, values) ->
            paramsCopy.put(
                Objects.requireNonNull(precompile, "precompile name"),
                Collections.unmodifiableSortedMap(new TreeMap<>(values))));
    params = Collections.unmodifiableSortedMap(paramsCopy);
  }

  /**
   * Roles and parameters without GTIN bindings, where DEFAULT_ADMIN_ROLE holders may also
   * administer members and rates.
   */
  public PrecompileGenesis(
      SortedMap<String, List<GenesisAddress>> roles,
      SortedMap<String, SortedMap<String, String>> params) {
    this(roles, params, false, new TreeMap<>());
  }

  public static PrecompileGenesis empty() {
    return new PrecompileGenesis(new TreeMap<>(), new TreeMap<>());
  }

  public static PrecompileGenesis ofRoles(Map<String, List<GenesisAddress>> roles) {
    return new PrecompileGenesis(new TreeMap<>(roles), new TreeMap<>());
  }

  /** A copy with {@code governorExclusive} set as given. */
  public PrecompileGenesis withGovernorExclusive(boolean exclusive) {
    return new PrecompileGenesis(roles, params, exclusive, gtinOwners);
  }

  /** A copy with {@code owners} as the GTIN registry bindings. */
  public PrecompileGenesis withGtinOwners(Map<String, GenesisAddress> owners) {
    return new PrecompileGenesis(roles, params, governorExclusive, new TreeMap<>(owners));
  }

  public List<GenesisAddress> holders(RoleName role) {
    return roles.getOrDefault(role.name(), List.of());
  }
}
