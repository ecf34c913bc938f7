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
 */
public record PrecompileGenesis(
    SortedMap<String, List<GenesisAddress>> roles,
    SortedMap<String, SortedMap<String, String>> params) {

  public PrecompileGenesis {
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(params, "params");
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

  public static PrecompileGenesis empty() {
    return new PrecompileGenesis(new TreeMap<>(), new TreeMap<>());
  }

  public static PrecompileGenesis ofRoles(Map<String, List<GenesisAddress>> roles) {
    return new PrecompileGenesis(new TreeMap<>(roles), new TreeMap<>());
  }

  public List<GenesisAddress> holders(RoleName role) {
    return roles.getOrDefault(role.name(), List.of());
  }
}
