package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.provenance.EpcisEvent;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.rpc.server.WebRequest;
import io.coterie.node.rpc.server.WebResponse;
import io.coterie.node.rpc.server.WebRoutes;
import io.coterie.node.rpc.web.EpcisDocument;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.BlockHeader;
import java.time.Clock;
import java.util.Optional;

/**
 * The EPCIS 2.0 REST binding's routes: {@code POST /epcis/capture} (202 with {@code Location:
 * /epcis/capture/{id}}), {@code GET /epcis/capture/{id}} (the capture job) and {@code GET
 * /epcis/events?…} (an {@code EPCISQueryDocument} read at the head block, {@code Link: <…>;
 * rel="next"} when more remain). With the listener's authentication on, every route needs a token,
 * as the explorer does; capture writes nothing but transactions the farm signed either way.
 */
public final class EpcisSite implements WebRoutes {
  static final String PREFIX = "/epcis/";
  private static final String CAPTURE = "/epcis/capture";
  private static final String EVENTS = "/epcis/events";
  private static final String PROBLEM = "application/problem+json";

  /** Events one query reads at most before it answers with a page token. */
  static final int SCAN_LIMIT = 10_000;

  private final ChainReader chain;
  private final ProvenanceReader provenance;
  private final CaptureJobs jobs;
  private final EpcisCapture capture;
  private final String publicUrl;

  public EpcisSite(
      ChainReader chain,
      ProvenanceReader provenance,
      TransactionPool pool,
      Clock clock,
      String publicUrl) {
    this.chain = chain;
    this.provenance = provenance;
    this.jobs = new CaptureJobs(chain);
    this.capture = new EpcisCapture(pool, jobs, clock);
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  @Override
  public boolean serves(String path) {
    return path.equals(CAPTURE) || path.startsWith(CAPTURE + "/") || path.equals(EVENTS);
  }

  @Override
  public boolean needsToken(String path) {
    return serves(path);
  }

  @Override
  public boolean acceptsPost(String path) {
    return path.equals(CAPTURE);
  }

  @Override
  public Optional<WebResponse> tokenRefusal(String path, String problem) {
    return Optional.of(problem(new EpcisProblem(EpcisProblem.Kind.UNAUTHENTICATED, "", problem)));
  }

  @Override
  public WebResponse answer(WebRequest request) {
    String path = request.path();
    if (path.equals(CAPTURE)) {
      if (!request.method().equals("POST")) {
        return problem(
            new EpcisProblem(
                EpcisProblem.Kind.NO_SUCH_RESOURCE,
                "",
                "POST an EPCISDocument to /epcis/capture; GET /epcis/capture/{captureID} gives a"
                    + " capture's status"));
      }
      return capture(request.body());
    }
    if (path.startsWith(CAPTURE + "/")) {
      String id = path.substring(CAPTURE.length() + 1);
      return jobs.get(id)
          .map(job -> json(200, "application/json", jobs.status(job)))
          .orElseGet(
              () ->
                  problem(
                      new EpcisProblem(
                          EpcisProblem.Kind.NO_SUCH_RESOURCE,
                          "",
                          "no capture "
                              + id
                              + " on this node (jobs live in memory: the newest "
                              + CaptureJobs.MAX_JOBS
                              + " since the node started)")));
    }
    return events(request);
  }

  private WebResponse capture(String body) {
    EpcisCapture.Outcome outcome = capture.capture(body);
    if (outcome instanceof EpcisCapture.Refused refused) {
      return problem(refused.problem());
    }
    CaptureJobs.Job job = ((EpcisCapture.Accepted) outcome).job();
    return json(202, "application/json", jobs.status(job))
        .withHeader("Location", CAPTURE + "/" + job.id());
  }

  private WebResponse events(WebRequest request) {
    EventQuery query;
    try {
      query = EventQuery.parse(request.query());
    } catch (EventQuery.BadParameter bad) {
      return problem(new EpcisProblem(EpcisProblem.Kind.QUERY_PARAMETER, "", bad.getMessage()));
    }
    BlockHeader head = chain.head();
    ReadOnlyWorldStorage storage = new ReadOnlyWorldStorage(chain.stateAt(head));
    EpcisDocument renderer = new EpcisDocument(provenance, storage, base(request));
    long count = provenance.eventCount(storage);
    ObjectNode doc = EpcisDocument.envelope("EPCISQueryDocument", head.timestamp());
    ObjectNode results = doc.putObject("epcisBody").putObject("queryResults");
    results.put("queryName", "SimpleEventQuery");
    ArrayNode list = results.putObject("resultsBody").putArray("eventList");
    long id = query.fromEventId();
    long scanned = 0;
    while (id <= count && list.size() < query.perPage() && scanned < SCAN_LIMIT) {
      Optional<EpcisEvent> event = provenance.event(storage, id);
      if (event.isPresent() && query.filter().test(event.get())) {
        list.add(renderer.event(event.get()));
      }
      id++;
      scanned++;
    }
    WebResponse response = json(200, "application/ld+json", doc);
    if (id <= count) {
      response =
          response.withHeader(
              "Link", "<" + EVENTS + "?" + nextQuery(request, id) + ">; rel=\"next\"");
    }
    return response.withHeader("GS1-EPCIS-Version", "2.0.0");
  }

  private static String nextQuery(WebRequest request, long next) {
    StringBuilder query = new StringBuilder();
    request.query().entrySet().stream()
        .filter(p -> !p.getKey().equals("nextPageToken") && !p.getKey().equals("token"))
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            p ->
                p.getValue()
                    .forEach(
                        v ->
                            query
                                .append(p.getKey())
                                .append('=')
                                .append(
                                    java.net.URLEncoder.encode(
                                        v, java.nio.charset.StandardCharsets.UTF_8))
                                .append('&')));
    return query.append("nextPageToken=").append(next).toString();
  }

  private String base(WebRequest request) {
    if (!publicUrl.isEmpty()) {
      return publicUrl;
    }
    String host = request.host();
    return "http://" + (host.matches("[A-Za-z0-9.\\-:\\[\\]]+") ? host : "localhost");
  }

  private static WebResponse problem(EpcisProblem problem) {
    return json(problem.kind().status(), PROBLEM, problem.toJson());
  }

  private static WebResponse json(int status, String type, ObjectNode body) {
    return WebResponse.text(status, type, body.toPrettyString());
  }
}
