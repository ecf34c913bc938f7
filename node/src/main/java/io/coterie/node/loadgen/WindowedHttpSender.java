package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends over HTTP batches with at most {@code window} of each sender's transactions sent but not
 * yet included, as wallets that wait for their transactions do: batches mix the senders whose
 * window has room, round-robin. Transaction {@code i} is sender {@code i % senders}'s, so each
 * sender's nonces go out in order. {@code --rate}, when set, caps the sends to the offered load.
 */
final class WindowedHttpSender {
  private final LoadGenerator.Options options;
  private final String[] raw;
  private final String[] hashes;
  private final int senders;
  private final Map<String, Long> included;
  private final int[] sent;
  private final int[] settled;
  private final boolean[] refused;
  private int cursor;
  private int sentTotal;

  WindowedHttpSender(
      LoadGenerator.Options options,
      String[] raw,
      String[] hashes,
      int senders,
      Map<String, Long> included) {
    this.options = options;
    this.raw = raw;
    this.hashes = hashes;
    this.senders = senders;
    this.included = included;
    this.sent = new int[senders];
    this.settled = new int[senders];
    this.refused = new boolean[raw.length];
  }

  void send(long[] sentAt, AtomicInteger rejected, List<String> errors) throws Exception {
    RpcClient rpc = new RpcClient(options.http());
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
    long firstSend = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < options.concurrency(); c++) {
      workers.add(
          pool.submit(
              () -> {
                while (true) {
                  List<Integer> batch = take(firstSend, sentAt);
                  if (batch == null) {
                    return null;
                  }
                  if (batch.isEmpty()) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                    continue;
                  }
                  List<ObjectNode> requests = new ArrayList<>();
                  for (int i : batch) {
                    requests.add(rpc.request("eth_sendRawTransaction", raw[i]));
                  }
                  JsonNode answers = rpc.batch(requests);
                  for (int k = 0; k < batch.size(); k++) {
                    JsonNode answer = answers.get(k);
                    if (answer == null || answer.has("error")) {
                      refuse(batch.get(k));
                      rejected.incrementAndGet();
                      synchronized (errors) {
                        if (errors.size() < 3) {
                          errors.add(String.valueOf(answer == null ? "no answer" : answer));
                        }
                      }
                    }
                  }
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
  }

  /** The next batch's transaction indexes; empty when no window has room; null when all sent. */
  private synchronized List<Integer> take(long firstSend, long[] sentAt) {
    if (sentTotal == raw.length) {
      return null;
    }
    long allowed =
        options.rate() == 0
            ? raw.length
            : (System.nanoTime() - firstSend) * options.rate() / 1_000_000_000L;
    List<Integer> batch = new ArrayList<>();
    for (int scanned = 0;
        scanned < senders && batch.size() < options.batch() && sentTotal < allowed;
        cursor = (cursor + 1) % senders) {
      int s = cursor;
      int next = sent[s] * senders + s;
      if (next < raw.length && sent[s] - settle(s) < options.window()) {
        sentAt[next] = System.nanoTime();
        batch.add(next);
        sent[s]++;
        sentTotal++;
        scanned = 0;
      } else {
        scanned++;
      }
    }
    return batch;
  }

  /** How many of sender {@code s}'s transactions are included or were refused. */
  private int settle(int s) {
    while (settled[s] < sent[s]) {
      int i = settled[s] * senders + s;
      if (!refused[i] && !included.containsKey(hashes[i])) {
        break;
      }
      settled[s]++;
    }
    return settled[s];
  }

  private synchronized void refuse(int index) {
    refused[index] = true;
  }
}
