package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.devnet.DevAccount;
import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends N pre-signed transactions of a {@link Workload} (native transfers, or CPT points transfers
 * between members) from the devnet's accounts and reports transactions per second from the first
 * send to the last inclusion, and send-to-inclusion latency percentiles.
 *
 * <p>Usage: {@code LoadGenerator [--http URL] [--ws URL] [--transport http|ws] [--workload
 * transfers|points] [--transactions N] [--batch B] [--concurrency C] [--rate TX_PER_S] [--warmup N]
 * [--timeout-seconds S] [--senders N] [--window W] [--node-pid PID]}
 *
 * <p>{@code --rate} paces the batches to an offered load (0, the default: as fast as the node
 * accepts them), so latency can be read at a given throughput rather than under an ever-growing
 * queue. {@code --warmup} first sends N transactions, unmeasured and as fast as possible, so the
 * node's JIT has compiled its hot paths before the measured run.
 *
 * <p>{@code --senders N} makes N fresh accounts, admitted by the admin first, that send zero-value
 * transactions instead of the devnet's accounts; {@code --window W} keeps at most W of a sender's
 * transactions sent but not yet included; {@code --node-pid} reports the node process's CPU time
 * per transaction. With {@code --senders 200 --batch 500 --window 64 --warmup 0} it measures as the
 * external ethers.js generator ({@code scripts/load}) does.
 */
public final class LoadGenerator {
  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (options.warmup() > 0) {
      System.out.println("warm-up, not measured:");
      System.out.println(run(options.warmupRun()).describe(options.warmupRun()));
    }
    Report report = run(options);
    System.out.println(report.describe(options));
    System.exit(
        report.included() == report.sent() && report.rejected() == 0 && report.failed() == 0
            ? 0
            : 1);
  }

  /**
   * Sends {@code transactions} zero-value transactions of {@code workload} from {@code senders}
   * fresh accounts the way the external generator does (batches of 500, window 64 per sender, 8
   * batches in flight), unmeasured; returns how many were included. The devnet's JIT warm-up drives
   * a throwaway node with it.
   */
  public static int sendUnmeasured(String http, Workload workload, int transactions, int senders)
      throws Exception {
    Options options =
        new Options(http, "", "http", workload, transactions, 500, 8, 0, 0, 120, senders, 64, 0);
    Report report = run(options);
    if (!report.errors().isEmpty()) {
      throw new IllegalStateException("the load failed: " + report.errors());
    }
    return report.included();
  }

  record Options(
      String http,
      String ws,
      String transport,
      Workload workload,
      int transactions,
      int batch,
      int concurrency,
      int rate,
      int warmup,
      int timeoutSeconds,
      int senders,
      int window,
      long nodePid) {
    static Options parse(String[] args) {
      String http = "http://127.0.0.1:8545";
      String ws = "ws://127.0.0.1:8546";
      String transport = "http";
      Workload workload = Workload.TRANSFERS;
      int transactions = 20_000;
      int batch = 200;
      int concurrency = 4;
      int timeout = 180;
      int rate = 0;
      int warmup = 0;
      int senders = 0;
      int window = 0;
      long nodePid = 0;
      for (int i = 0; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--http" -> http = value;
          case "--ws" -> ws = value;
          case "--transport" -> transport = value;
          case "--workload" -> workload = Workload.parse(value);
          case "--transactions" -> transactions = Integer.parseInt(value);
          case "--batch" -> batch = Integer.parseInt(value);
          case "--concurrency" -> concurrency = Integer.parseInt(value);
          case "--rate" -> rate = Integer.parseInt(value);
          case "--warmup" -> warmup = Integer.parseInt(value);
          case "--timeout-seconds" -> timeout = Integer.parseInt(value);
          case "--senders" -> senders = Integer.parseInt(value);
          case "--window" -> window = Integer.parseInt(value);
          case "--node-pid" -> nodePid = Long.parseLong(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (!transport.equals("http") && !transport.equals("ws")) {
        throw new IllegalArgumentException("--transport is http or ws, got " + transport);
      }
      if (rate < 0 || warmup < 0 || senders < 0 || window < 0) {
        throw new IllegalArgumentException(
            "--rate, --warmup, --senders and --window are 0 or more");
      }
      if (window > 0 && transport.equals("ws")) {
        throw new IllegalArgumentException("--window works over --transport http only");
      }
      return new Options(
          http,
          ws,
          transport,
          workload,
          transactions,
          batch,
          concurrency,
          rate,
          warmup,
          timeout,
          senders,
          window,
          nodePid);
    }

    /** The unmeasured warm-up run: {@code warmup} transactions, unpaced. */
    Options warmupRun() {
      return new Options(
          http,
          ws,
          transport,
          workload,
          warmup,
          batch,
          concurrency,
          0,
          0,
          timeoutSeconds,
          senders,
          window,
          0);
    }

    /** When the batch starting at transaction {@code index} is due, from the first send. */
    long dueNanos(int index) {
      return rate == 0 ? 0 : (long) (index * 1e9 / rate);
    }
  }

  record Report(
      int sent,
      int rejected,
      int included,
      int failed,
      double seconds,
      long p50Millis,
      long p99Millis,
      double nodeCpuSeconds,
      List<String> errors) {
    String describe(Options o) {
      return String.format(
          "load: %d %s over %s (batches of %d, %d in flight%s, offered %s)%n"
              + "  sent %d, rejected %d, included %d (of which failed %d)%n"
              + "  %.0f tx/s from first send to last inclusion (%.2f s)%n"
              + "  send->inclusion latency p50 %d ms, p99 %d ms%n%s%s",
          o.transactions(),
          o.senders() > 0 ? o.workload().describeFresh(o.senders()) : o.workload().describe(),
          o.transport(),
          o.batch(),
          o.concurrency(),
          o.window() > 0 ? ", window " + o.window() + " per sender" : "",
          o.rate() == 0 ? "as fast as accepted" : o.rate() + " tx/s",
          sent,
          rejected,
          included,
          failed,
          included / seconds,
          seconds,
          p50Millis,
          p99Millis,
          nodeCpuSeconds < 0
              ? ""
              : String.format(
                  "  node CPU %.2f s = %.0f us per transaction (%.2f cores busy on average)%n",
                  nodeCpuSeconds,
                  nodeCpuSeconds * 1e6 / Math.max(1, included),
                  nodeCpuSeconds / seconds),
          errors.isEmpty() ? "" : "  first errors: " + errors + "\n");
    }
  }

  static Report run(Options options) throws Exception {
    RpcClient rpc = new RpcClient(options.http());
    long chainId = Long.decode(rpc.call("eth_chainId").asText());
    List<TransactionSigner> signers =
        options.senders() > 0
            ? FreshSenders.admit(rpc, chainId, options.senders(), options.timeoutSeconds())
            : devAccountSigners(options.workload(), chainId);
    List<Address> senders = signers.stream().map(TransactionSigner::address).toList();
    long[] nonces = new long[signers.size()];
    for (int i = 0; i < signers.size(); i++) {
      nonces[i] =
          Long.decode(
              rpc.call("eth_getTransactionCount", senders.get(i).toHex(), "pending").asText());
    }
    String[] raw = new String[options.transactions()];
    String[] hashes = new String[options.transactions()];
    for (int i = 0; i < raw.length; i++) {
      int s = i % signers.size();
      Transaction tx =
          options.senders() > 0
              ? options.workload().signZeroValue(signers.get(s), nonces[s]++, senders, s)
              : options.workload().sign(signers.get(s), nonces[s]++, s, senders);
      raw[i] = Bytes.toHex(TransactionCodec.encode(tx));
      hashes[i] = tx.hash().toHex();
    }
    long fromBlock = Long.decode(rpc.call("eth_blockNumber").asText()) + 1;
    InclusionWatcher watcher = new InclusionWatcher(rpc, fromBlock);
    Thread watch = new Thread(watcher, "inclusion-watcher");
    watch.start();

    long[] sentAt = new long[raw.length];
    List<String> errors = new ArrayList<>();
    AtomicInteger rejected = new AtomicInteger();
    double cpuBefore = options.nodePid() > 0 ? NodeCpu.seconds(options.nodePid()) : 0;
    long start = System.nanoTime();
    if (options.window() > 0) {
      new WindowedHttpSender(options, raw, hashes, signers.size(), watcher.includedAtNanos())
          .send(sentAt, rejected, errors);
    } else if (options.transport().equals("http")) {
      sendOverHttp(options, raw, sentAt, rejected, errors);
    } else {
      WebSocketSender.send(options, raw, sentAt, rejected, errors);
    }
    int accepted = raw.length - rejected.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds());
    Map<String, Long> included = watcher.includedAtNanos();
    while (countIncluded(included, hashes) < accepted
        && System.nanoTime() < deadline
        && watcher.failure() == null) {
      Thread.sleep(20);
    }
    double nodeCpu = options.nodePid() > 0 ? NodeCpu.seconds(options.nodePid()) - cpuBefore : -1;
    watcher.stop();
    watch.join(5_000);
    if (watcher.failure() != null) {
      errors.add("watcher: " + watcher.failure());
    }
    long last = start;
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < hashes.length; i++) {
      Long at = included.get(hashes[i]);
      if (at != null) {
        last = Math.max(last, at);
        latencies.add(TimeUnit.NANOSECONDS.toMillis(at - sentAt[i]));
      }
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    int failed = ReceiptCheck.countFailed(rpc, hashes, included, options.batch());
    return new Report(
        raw.length,
        rejected.get(),
        sorted.length,
        failed,
        (last - start) / 1e9,
        percentile(sorted, 50),
        percentile(sorted, 99),
        nodeCpu,
        errors.subList(0, Math.min(3, errors.size())));
  }

  private static List<TransactionSigner> devAccountSigners(Workload workload, long chainId) {
    List<DevAccount> accounts = DevAccounts.accounts();
    return workload.senders().stream()
        .map(
            index ->
                new TransactionSigner(
                    PrivateKey.fromBigInteger(accounts.get(index).privateKey()), chainId))
        .toList();
  }

  private static int countIncluded(Map<String, Long> included, String[] hashes) {
    return included.size() >= hashes.length
        ? (int) Arrays.stream(hashes).filter(included::containsKey).count()
        : included.size();
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static void sendOverHttp(
      Options options, String[] raw, long[] sentAt, AtomicInteger rejected, List<String> errors)
      throws Exception {
    RpcClient rpc = new RpcClient(options.http());
    // Batches are encoded before the first send: the generator shares the machine with the node,
    // and its own JSON work should not be what is measured.
    List<byte[]> bodies = new ArrayList<>();
    for (int from = 0; from < raw.length; from += options.batch()) {
      List<ObjectNode> batch = new ArrayList<>();
      for (int i = from; i < Math.min(raw.length, from + options.batch()); i++) {
        batch.add(rpc.request("eth_sendRawTransaction", raw[i]));
      }
      bodies.add(RpcClient.encodeBatch(batch));
    }
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
    List<Future<?>> sends = new ArrayList<>();
    long firstSend = System.nanoTime();
    for (int from = 0, b = 0; from < raw.length; from += options.batch(), b++) {
      int start = from;
      int end = Math.min(raw.length, from + options.batch());
      byte[] body = bodies.get(b);
      long due = firstSend + options.dueNanos(from);
      sends.add(
          pool.submit(
              () -> {
                waitUntil(due);
                Arrays.fill(sentAt, start, end, System.nanoTime());
                countErrors(rpc.post(body), rejected, errors);
                return null;
              }));
    }
    for (Future<?> send : sends) {
      send.get();
    }
    pool.shutdown();
  }

  static void waitUntil(long nanoTime) {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  static void countErrors(JsonNode responses, AtomicInteger rejected, List<String> errors) {
    for (JsonNode response : responses.isArray() ? responses : List.of(responses)) {
      if (response.has("error")) {
        rejected.incrementAndGet();
        synchronized (errors) {
          if (errors.size() < 3) {
            errors.add(response.get("error").toString());
          }
        }
      }
    }
  }
}
