package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.chain.TxLocation;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Capture jobs by id, in memory (the newest {@value #MAX_JOBS}; a restart forgets them, the chain
 * keeps the events). A job's status is read from the chain when asked: running while any of its
 * transactions is not in a block, successful when every one executed; each failed or refused event
 * is an error naming the event's pointer.
 */
final class CaptureJobs {
  static final int MAX_JOBS = 10_000;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** One event of a job: sent to the pool as {@code txHash}, or refused there ({@code refusal}). */
  record Sent(String pointer, Hash txHash) {
    Sent {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(txHash, "txHash");
    }
  }

  record Job(String id, Instant createdAt, List<Sent> sent, List<EpcisProblem> refusals) {
    Job {
      sent = List.copyOf(sent);
      refusals = List.copyOf(refusals);
    }
  }

  private final ChainReader chain;
  private final Map<String, Job> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
          return size() > MAX_JOBS;
        }
      };

  CaptureJobs(ChainReader chain) {
    this.chain = chain;
  }

  synchronized void put(Job job) {
    jobs.put(job.id(), job);
  }

  synchronized Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The job's status as the REST binding's capture job JSON, plus each event's transaction. */
  ObjectNode status(Job job) {
    ObjectNode out = JSON.objectNode();
    out.put("captureID", job.id());
    out.put("createdAt", job.createdAt().toString());
    ArrayNode errors = JSON.arrayNode();
    job.refusals().forEach(p -> errors.add(p.toJson()));
    ArrayNode transactions = JSON.arrayNode();
    boolean running = false;
    long lastBlock = -1;
    for (Sent sent : job.sent()) {
      ObjectNode tx = transactions.addObject();
      tx.put("event", sent.pointer());
      tx.put("transactionHash", sent.txHash().toHex());
      Optional<TxLocation> location = chain.transactionLocation(sent.txHash());
      Optional<Receipt> receipt =
          location.flatMap(
              l -> chain.receipts(l.blockHash()).map(receipts -> receipts.get(l.index())));
      if (receipt.isEmpty()) {
        running = true;
        tx.put("status", "pending");
        continue;
      }
      long block = location.get().blockNumber();
      lastBlock = Math.max(lastBlock, block);
      tx.put("blockNumber", block);
      tx.put("status", receipt.get().success() ? "recorded" : "failed");
      if (!receipt.get().success()) {
        errors.add(
            EpcisProblem.validation(
                    sent.pointer(),
                    "the Provenance precompile refused this event: transaction "
                        + sent.txHash().toHex()
                        + " failed in block "
                        + block
                        + "; /explorer/tx/"
                        + sent.txHash().toHex()
                        + " or eth_call of it at block "
                        + (block - 1)
                        + " gives the reason (custom error); correct the event and capture it"
                        + " again")
                .toJson());
      }
    }
    out.put("running", running);
    out.put("success", !running && errors.isEmpty());
    out.put("captureErrorBehaviour", "proceed");
    if (!running && lastBlock >= 0) {
      chain
          .headerByNumber(lastBlock)
          .map(BlockHeader::timestamp)
          .ifPresent(t -> out.put("finishedAt", Instant.ofEpochSecond(t).toString()));
    }
    out.set("errors", errors);
    out.set("coterie:transactions", transactions);
    return out;
  }
}
