package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.state.Account;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an auditor needs to check records of one account at one block without a network: the
 * block's RLP header (with its commit seals) and the hash the node gave for it, the validator set
 * of that height, the account with its EIP-1186 account proof, the storage slots with their proofs,
 * and for a provenance lot its id and the trace decoded from those slots.
 */
public record ProofBundle(
    long blockNumber,
    Hash blockHash,
    Bytes header,
    List<Address> validators,
    Address address,
    Account account,
    List<Bytes> accountProof,
    List<SlotProof> storageProofs,
    Optional<LotRecord> lot) {
  public ProofBundle {
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(header, "header");
    validators = List.copyOf(validators);
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(account, "account");
    accountProof = List.copyOf(accountProof);
    storageProofs = List.copyOf(storageProofs);
    Objects.requireNonNull(lot, "lot");
  }

  /** One storage slot, the value claimed for it and its proof against the storage root. */
  public record SlotProof(Hash key, BigInteger value, List<Bytes> proof) {
    public SlotProof {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      proof = List.copyOf(proof);
    }
  }

  /** A provenance lot's id and its trace as {@code provenance_getTrace} renders it. */
  public record LotRecord(Hash lotId, JsonNode trace) {
    public LotRecord {
      Objects.requireNonNull(lotId, "lotId");
      trace = trace.deepCopy();
    }

    @Override
    public JsonNode trace() {
      return trace.deepCopy();
    }
  }
}
