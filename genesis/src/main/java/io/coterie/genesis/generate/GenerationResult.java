package io.coterie.genesis.generate;

import io.coterie.genesis.spec.GenesisAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The outcome of generating a network: the files written, or why nothing was written. */
public sealed interface GenerationResult {
  /**
   * @param rpcUsersFile the JSON-RPC credentials file every node config names
   * @param rpcPasswordFile the password of {@link NetworkGenerator#RPC_USER}, never printed
   */
  record Generated(
      Path genesisFile,
      Path readme,
      GenesisAddress admin,
      Path adminKeyFile,
      Path rpcUsersFile,
      Path rpcPasswordFile,
      List<GeneratedNode> nodes)
      implements GenerationResult {
    public Generated {
      Objects.requireNonNull(genesisFile, "genesisFile");
      Objects.requireNonNull(readme, "readme");
      Objects.requireNonNull(admin, "admin");
      Objects.requireNonNull(adminKeyFile, "adminKeyFile");
      Objects.requireNonNull(rpcUsersFile, "rpcUsersFile");
      Objects.requireNonNull(rpcPasswordFile, "rpcPasswordFile");
      nodes = List.copyOf(nodes);
    }
  }

  /**
   * A network from a {@code network.toml}: the genesis, and per brand a directory of files to put
   * in its node's directory; no private key among them.
   */
  record Consortium(Path genesisFile, Path readme, List<ConsortiumNode> nodes)
      implements GenerationResult {
    public Consortium {
      Objects.requireNonNull(genesisFile, "genesisFile");
      Objects.requireNonNull(readme, "readme");
      nodes = List.copyOf(nodes);
    }
  }

  /** Nothing was written; {@code reason} says why and what to do. */
  record Refused(String reason) implements GenerationResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
