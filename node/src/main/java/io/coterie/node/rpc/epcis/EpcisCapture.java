package io.coterie.node.rpc.epcis;

import io.coterie.chaincode.spi.Word;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.txpool.TxRejection;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /epcis/capture}: a document whose every event carries its signed transaction is
 * checked whole (mapping, then each transaction against its event), and only then are the
 * transactions handed to the pool, in document order. The capture id is derived from the
 * transactions' hashes, so the same document names the same job.
 */
final class EpcisCapture {
  private final TransactionPool pool;
  private final CaptureJobs jobs;
  private final Clock clock;

  EpcisCapture(TransactionPool pool, CaptureJobs jobs, Clock clock) {
    this.pool = pool;
    this.jobs = jobs;
    this.clock = clock;
  }

  /** The outcome: a job accepted (202), or a problem before anything reached the pool. */
  sealed interface Outcome permits Accepted, Refused {}

  record Accepted(CaptureJobs.Job job) implements Outcome {}

  record Refused(EpcisProblem problem) implements Outcome {}

  Outcome capture(String body) {
    CaptureDocument.Result result = CaptureDocument.read(body);
    if (result instanceof CaptureDocument.Refused refused) {
      return new Refused(refused.problem());
    }
    List<CaptureDocument.Event> events = ((CaptureDocument.Read) result).events();
    List<Transaction> transactions = new ArrayList<>();
    try {
      for (CaptureDocument.Event event : events) {
        transactions.add(SignedEventCheck.check(event));
      }
    } catch (EpcisRefusal refusal) {
      return new Refused(refusal.problem());
    }
    List<CaptureJobs.Sent> sent = new ArrayList<>();
    List<EpcisProblem> refusals = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      String pointer = events.get(i).call().pointer();
      if (!refusals.isEmpty()) {
        refusals.add(
            EpcisProblem.validation(
                pointer, "not sent: an earlier event of this capture was refused"));
        continue;
      }
      AddResult added = pool.add(transactions.get(i));
      if (added instanceof AddResult.Added ok) {
        sent.add(new CaptureJobs.Sent(pointer, ok.hash()));
      } else {
        AddResult.Rejected rejected = (AddResult.Rejected) added;
        EpcisProblem problem = poolProblem(pointer, rejected);
        if (sent.isEmpty()) {
          return new Refused(problem);
        }
        refusals.add(problem);
      }
    }
    CaptureJobs.Job job = new CaptureJobs.Job(id(transactions), Instant.now(clock), sent, refusals);
    jobs.put(job);
    return new Accepted(job);
  }

  private static EpcisProblem poolProblem(String pointer, AddResult.Rejected rejected) {
    boolean forbidden =
        rejected.reason() == TxRejection.NOT_PERMITTED
            || rejected.reason() == TxRejection.READ_ONLY_ROLE;
    return new EpcisProblem(
        forbidden ? EpcisProblem.Kind.FORBIDDEN : EpcisProblem.Kind.VALIDATION,
        pointer + "/" + EpcisEventMapper.SIGNED_TRANSACTION,
        "the transaction pool refused this event's transaction: " + rejected.message());
  }

  private static String id(List<Transaction> transactions) {
    ByteArrayOutputStream hashes = new ByteArrayOutputStream();
    for (Transaction tx : transactions) {
      Hash hash = tx.hash();
      hashes.writeBytes(hash.toArray());
    }
    return Word.keccak(hashes.toByteArray()).toHex().substring(2, 34);
  }
}
