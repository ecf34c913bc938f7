package io.coterie.node.rpc.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.rpc.server.WebRequest;
import io.coterie.node.rpc.server.WebResponse;
import io.coterie.node.rpc.server.WebRoutes;
import io.coterie.node.types.BlockHeader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The trace site's routes: {@code /01/{gtin}/10/{lot}} (the page; EPCIS 2.0 JSON-LD for {@code
 * Accept: application/ld+json} or {@code ?format=epcis}; the GS1 linkset for {@code
 * ?linkType=all}), {@code /trace-proof/01/{gtin}/10/{lot}?block=N} (the proof bundle the page
 * verifies) and {@code /trace-assets/…} (its stylesheet and script). A page is rendered at the head
 * block and names that block; its proof is built at the same block, so both read the same words.
 */
public final class TraceSite implements WebRoutes {
  static final String PROOF_PREFIX = "/trace-proof";
  static final String ASSETS_PREFIX = "/trace-assets/";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String JSON_TYPE = "application/json";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ChainReader chain;
  private final ProvenanceReader provenance;
  private final RolesReader roles;
  private final String publicUrl;

  /**
   * @param publicUrl the base of the links the site writes ({@code --web-public-url}); empty: the
   *     request's own {@code http://host}
   */
  public TraceSite(
      ChainReader chain, ProvenanceReader provenance, RolesReader roles, String publicUrl) {
    this.chain = chain;
    this.provenance = provenance;
    this.roles = roles;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  @Override
  public boolean serves(String path) {
    return path.startsWith("/01/")
        || path.startsWith(PROOF_PREFIX + "/01/")
        || path.startsWith(ASSETS_PREFIX);
  }

  @Override
  public WebResponse answer(WebRequest request) {
    String path = request.path();
    if (path.startsWith(ASSETS_PREFIX)) {
      return WebAssets.answer(path.substring(ASSETS_PREFIX.length()));
    }
    boolean proof = path.startsWith(PROOF_PREFIX + "/");
    PageText text = PageText.from(request.acceptLanguage());
    DigitalLink.Parsed parsed =
        DigitalLink.parse(proof ? path.substring(PROOF_PREFIX.length()) : path);
    if (parsed instanceof DigitalLink.Invalid invalid) {
      return proof
          ? jsonError(400, invalid.message())
          : WebResponse.text(
              400, HTML, TracePage.message(text, text.get("badLinkTitle"), invalid.message()));
    }
    DigitalLink link = ((DigitalLink.Valid) parsed).link();
    String base = base(request);
    if (proof) {
      return proof(link, request, base);
    }
    BlockHeader head = chain.head();
    Rendered rendered = render(link, head, text, base);
    if (rendered.history().isEmpty()) {
      String message = text.get("unknownBody").formatted(link.lot(), link.gtin14());
      return wantsJsonLd(request)
          ? jsonError(404, message)
          : WebResponse.text(404, HTML, TracePage.message(text, text.get("unknownTitle"), message));
    }
    if (request.parameter("linkType").map("all"::equals).orElse(false)
        || request.accept().contains("application/linkset+json")) {
      return WebResponse.text(
          200, "application/linkset+json", Linkset.of(link, base).toPrettyString());
    }
    if (wantsJsonLd(request)) {
      ObjectNode doc =
          new EpcisDocument(provenance, rendered.storage(), base)
              .render(rendered.history().get(), head.timestamp());
      return WebResponse.text(200, "application/ld+json", doc.toPrettyString());
    }
    return WebResponse.text(200, HTML, rendered.html());
  }

  private static boolean wantsJsonLd(WebRequest request) {
    return request.parameter("format").map("epcis"::equals).orElse(false)
        || request.accept().toLowerCase(Locale.ROOT).contains("application/ld+json");
  }

  /** A page rendered at one block, with the storage words it read. */
  private record Rendered(Optional<LotHistory> history, String html, StorageReads storage) {}

  private Rendered render(DigitalLink link, BlockHeader header, PageText text, String base) {
    StorageReads reads = new StorageReads(new ReadOnlyWorldStorage(chain.stateAt(header)));
    Optional<LotHistory> history = LotHistory.load(provenance, reads, link.lotId());
    if (history.isEmpty()) {
      return new Rendered(history, "", reads);
    }
    TracePage.Frame frame =
        new TracePage.Frame(
            text,
            link,
            base,
            header.number(),
            QrCode.of(link.uri(base)).svg(),
            () -> proofData(link, header, text, reads));
    String html = TracePage.render(frame, history.get(), new Participants(roles, reads));
    return new Rendered(history, html, reads);
  }

  /** What the page's script needs: where the proof is, and every word the page was made from. */
  private static String proofData(
      DigitalLink link, BlockHeader header, PageText text, StorageReads reads) {
    ObjectNode data = JSON.objectNode();
    data.put("block", header.number());
    data.put("proofUrl", PROOF_PREFIX + link.path() + "?block=" + header.number());
    ArrayNode words = data.putArray("reads");
    for (Map.Entry<ChainAddress, SortedMap<Word, Word>> account : reads.reads().entrySet()) {
      for (Map.Entry<Word, Word> slot : account.getValue().entrySet()) {
        ObjectNode read = words.addObject();
        read.put("address", account.getKey().toHex());
        read.put("slot", slot.getKey().toHex());
        read.put("value", slot.getValue().toHex());
      }
    }
    ObjectNode messages = data.putObject("text");
    for (String key : PageText.PROOF_KEYS) {
      messages.put(key, text.get(key));
    }
    return data.toString();
  }

  private WebResponse proof(DigitalLink link, WebRequest request, String base) {
    Optional<String> block = request.parameter("block");
    long number;
    try {
      number = Long.parseLong(block.orElse(""));
    } catch (NumberFormatException e) {
      return jsonError(400, "add ?block=N, the block number the page was read at");
    }
    Optional<BlockHeader> header = chain.headerByNumber(number);
    if (header.isEmpty()) {
      return jsonError(
          404,
          "block " + number + " is not on this node's chain (head " + chain.head().number() + ")");
    }
    Rendered rendered = render(link, header.get(), PageText.EN, base);
    if (rendered.history().isEmpty()) {
      return jsonError(
          404, "no lot " + link.lot() + " of GTIN " + link.gtin14() + " at block " + number);
    }
    ObjectNode bundle = ProofBundle.of(chain, header.get(), rendered.storage().reads());
    return WebResponse.text(200, JSON_TYPE, bundle.toString());
  }

  private String base(WebRequest request) {
    if (!publicUrl.isEmpty()) {
      return publicUrl;
    }
    String host = request.host();
    return "http://" + (host.matches("[A-Za-z0-9.\\-:\\[\\]]+") ? host : "localhost");
  }

  private static WebResponse jsonError(int status, String message) {
    ObjectNode error = JSON.objectNode();
    error.put("error", message);
    return WebResponse.text(status, JSON_TYPE, error.toString());
  }
}
