package io.coterie.node.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.devnet.DevAccount;
import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
 * [--timeout-seconds S]}
 *
 * <p>{@code --rate} paces the batches to an offered load (0, the default: as fast as the node
 * accepts them), so latency can be read at a given throughput rather than under an ever-growing
 * queue. {@code --warmup} first sends N transactions, unmeasured and as fast as possible, so the
 * node's JIT has compiled its hot paths before the measured run.
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
      int timeoutSeconds) {
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
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (!transport.equals("http") && !transport.equals("ws")) {
        throw new IllegalArgumentException("--transport is http or ws, got " + transport);
      }
      if (rate < 0 || warmup < 0) {
        throw new IllegalArgumentException("--rate and --warmup are 0 or more");
      }
      return new Options(
          http, ws, transport, workload, transactions, batch, concurrency, rate, warmup, timeout);
    }

    /** The unmeasured warm-up run: {@code warmup} transactions, unpaced. */
    Options warmupRun() {
      return new Options(
          http, ws, transport, workload, warmup, batch, concurrency, 0, 0, timeoutSeconds);
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
      List<String> errors) {
    String describe(Options o) {
      return String.format(
          "load: %d %s over %s (batches of %d, %d in flight, offered %s)%n"
              + "  sent %d, rejected %d, included %d (of which failed %d)%n"
              + "  %.0f tx/s from first send to last inclusion (%.2f s)%n"
              + "  send->inclusion latency p50 %d ms, p99 %d ms%n%s",
          o.transactions(),
          o.workload().describe(),
          o.transport(),
          o.batch(),
          o.concurrency(),
          o.rate() == 0 ? "as fast as accepted" : o.rate() + " tx/s",
          sent,
          rejected,
          included,
          failed,
          included / seconds,
          seconds,
          p50Millis,
          p99Millis,
          errors.isEmpty() ? "" : "  first errors: " + errors + "\n");
    }
  }

  static Report run(Options options) throws Exception {
    RpcClient rpc = new RpcClient(options.http());
    long chainId = Long.decode(rpc.call("eth_chainId").asText());
    List<DevAccount> accounts = DevAccounts.accounts();
    List<TransactionSigner> signers = new ArrayList<>();
    List<Address> senders = new ArrayList<>();
    for (int index : options.workload().senders()) {
      TransactionSigner signer =
          new TransactionSigner(
              PrivateKey.fromBigInteger(accounts.get(index).privateKey()), chainId);
      signers.add(signer);
      senders.add(signer.address());
    }
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
      Transaction tx = options.workload().sign(signers.get(s), nonces[s]++, s, senders);
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
    long start = System.nanoTime();
    if (options.transport().equals("http")) {
      sendOverHttp(options, raw, sentAt, rejected, errors);
    } else {
      sendOverWebSocket(options, raw, sentAt, rejected, errors);
    }
    int accepted = raw.length - rejected.get();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds());
    Map<String, Long> included = watcher.includedAtNanos();
    while (countIncluded(included, hashes) < accepted
        && System.nanoTime() < deadline
        && watcher.failure() == null) {
      Thread.sleep(20);
    }
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
        errors.subList(0, Math.min(3, errors.size())));
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

  /**
   * One WebSocket connection per unit of concurrency, each with one batch in flight at a time, as
   * many independent wallets or shop back-ends would send.
   */
  private static void sendOverWebSocket(
      Options options, String[] raw, long[] sentAt, AtomicInteger rejected, List<String> errors)
      throws Exception {
    RpcClient requests = new RpcClient(options.http());
    ObjectMapper json = new ObjectMapper();
    HttpClient client = HttpClient.newHttpClient();
    List<WebSocket> sockets = new ArrayList<>();
    List<Semaphore> inFlight = new ArrayList<>();
    for (int c = 0; c < options.concurrency(); c++) {
      Semaphore permit = new Semaphore(1);
      inFlight.add(permit);
      sockets.add(
          client
              .newWebSocketBuilder()
              .buildAsync(
                  URI.create(options.ws()), new BatchListener(json, permit, rejected, errors))
              .get());
    }
    List<String> texts = new ArrayList<>();
    for (int from = 0; from < raw.length; from += options.batch()) {
      List<ObjectNode> batch = new ArrayList<>();
      for (int i = from; i < Math.min(raw.length, from + options.batch()); i++) {
        batch.add(requests.request("eth_sendRawTransaction", raw[i]));
      }
      texts.add(json.writeValueAsString(batch));
    }
    int batchIndex = 0;
    long firstSend = System.nanoTime();
    for (int from = 0; from < raw.length; from += options.batch(), batchIndex++) {
      int end = Math.min(raw.length, from + options.batch());
      int connection = batchIndex % sockets.size();
      waitUntil(firstSend + options.dueNanos(from));
      inFlight.get(connection).acquire();
      Arrays.fill(sentAt, from, end, System.nanoTime());
      sockets.get(connection).sendText(texts.get(batchIndex), true).get();
    }
    for (int c = 0; c < sockets.size(); c++) {
      inFlight.get(c).acquire();
      sockets.get(c).sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }
  }

  private static void waitUntil(long nanoTime) {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  /** Collects one connection's batch answers; releases the connection's permit per answer. */
  private static final class BatchListener implements WebSocket.Listener {
    private final ObjectMapper json;
    private final Semaphore permit;
    private final AtomicInteger rejected;
    private final List<String> errors;
    private final StringBuilder partial = new StringBuilder();

    BatchListener(
        ObjectMapper json, Semaphore permit, AtomicInteger rejected, List<String> errors) {
      this.json = json;
      this.permit = permit;
      this.rejected = rejected;
      this.errors = errors;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          countErrors(json.readTree(partial.toString()), rejected, errors);
        } catch (Exception e) {
          synchronized (errors) {
            errors.add(e.toString());
          }
        }
        partial.setLength(0);
        permit.release();
      }
      socket.request(1);
      return null;
    }
  }

  private static void countErrors(JsonNode responses, AtomicInteger rejected, List<String> errors) {
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
