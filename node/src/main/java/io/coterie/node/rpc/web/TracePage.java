package io.coterie.node.rpc.web;

import io.coterie.chaincode.provenance.Attestation;
import io.coterie.chaincode.provenance.EpcisEvent;
import io.coterie.chaincode.provenance.EventContext;
import io.coterie.chaincode.provenance.ProvenanceTrace;
import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The HTML of a lot's trace page: product and farm, a recall banner when the lot or an upstream lot
 * is recalled, every step of the lot and its upstream lots in plain words (what, when in UTC,
 * where, by whom, temperatures, documents, attestations), the proof box the page's script fills in,
 * the QR code of the page's link, and links to the EPCIS and linkset forms. One column, readable on
 * a phone; no external assets.
 */
final class TracePage {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private TracePage() {}

  /** Everything a page shows besides the history itself. */
  record Frame(
      PageText text,
      DigitalLink link,
      String publicBase,
      long blockNumber,
      String qrSvg,
      java.util.function.Supplier<String> proofData) {}

  static String render(Frame frame, LotHistory history, Participants participants) {
    PageText t = frame.text();
    StringBuilder body = new StringBuilder();
    if (history.recalled()) {
      body.append("<div class=\"recall\" id=\"recall\" role=\"alert\"><strong>")
          .append(Html.escape(t.get("recalled")))
          .append("</strong>");
      for (ProvenanceTrace.LotInfo lot : history.recalledLots()) {
        if (!lot.lot().recallOrigin().isZero()
            && lot.lot().recallOrigin().equals(lot.lot().lotId())) {
          body.append(" ")
              .append(Html.escape(t.get("recalledOrigin")))
              .append(" ")
              .append(Html.escape(lotName(lot)))
              .append(".");
        }
      }
      body.append("</div>");
    }
    ProvenanceTrace.LotInfo lot = history.trace().lot();
    body.append("<section class=\"product\"><dl>")
        .append(term(t.get("product"), "GTIN " + lot.gs1Key()))
        .append(term(t.get("lot"), lot.lotNumber()))
        .append(term(t.get("farm"), label(t, participants.of(history.origin().lot().creator()))))
        .append("</dl></section>");
    body.append("<section><h2>")
        .append(Html.escape(t.get("steps")))
        .append("</h2><ol class=\"steps\">");
    for (LotHistory.Step step : history.steps()) {
      body.append(step(t, step, participants));
    }
    body.append("</ol><p class=\"note\">")
        .append(Html.escape(t.get("names")))
        .append("</p></section>");
    body.append("<section class=\"proof\"><h2>")
        .append(Html.escape(t.get("proofTitle")))
        .append("</h2><p id=\"proof-status\" class=\"checking\">")
        .append(Html.escape(t.get("proofChecking")))
        .append("</p><p class=\"note\">")
        .append(Html.escape(t.get("block")))
        .append(" ")
        .append(frame.blockNumber())
        .append(
            "</p><ul id=\"proof-details\"></ul><script type=\"application/json\" id=\"trace-data\">")
        .append(Html.scriptJson(frame.proofData().get()))
        .append("</script></section>");
    String uri = frame.link().uri(frame.publicBase());
    body.append("<section class=\"qr\"><h2>")
        .append(Html.escape(t.get("qr")))
        .append("</h2><figure id=\"qr\">")
        .append(frame.qrSvg())
        .append("<figcaption>")
        .append(Html.escape(uri))
        .append("</figcaption></figure></section>");
    body.append("<section class=\"links\"><h2>")
        .append(Html.escape(t.get("links")))
        .append("</h2><ul><li><a href=\"")
        .append(Html.escape(frame.link().path()))
        .append("?linkType=all\">GS1 linkset</a></li><li><a href=\"")
        .append(Html.escape(frame.link().path()))
        .append("?format=epcis\">EPCIS 2.0 JSON-LD</a></li></ul></section>");
    return document(
        t, t.get("title") + " · " + lot.gs1Key() + " " + lot.lotNumber(), body.toString(), true);
  }

  /** A page with a message only: an unknown lot or a link that is not one. */
  static String message(PageText t, String title, String text) {
    return document(
        t,
        title,
        "<section class=\"message\" id=\"message\"><p>" + Html.escape(text) + "</p></section>",
        false);
  }

  private static String document(PageText t, String title, String body, boolean script) {
    return "<!DOCTYPE html><html lang=\""
        + t.htmlLang()
        + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>"
        + Html.escape(title)
        + "</title><link rel=\"stylesheet\" href=\"/trace-assets/trace.css\">"
        + (script ? "<script type=\"module\" src=\"/trace-assets/trace-proof.js\"></script>" : "")
        + "</head><body><main><h1>"
        + Html.escape(title)
        + "</h1>"
        + body
        + "</main></body></html>";
  }

  private static String step(PageText t, LotHistory.Step step, Participants participants) {
    EpcisEvent event = step.event();
    EventContext context = event.context();
    StringBuilder li = new StringBuilder();
    li.append("<li class=\"step\" data-event-id=\"")
        .append(event.eventId())
        .append("\" data-bizstep=\"")
        .append(context.bizStep().name().toLowerCase(Locale.ROOT))
        .append("\"><h3>")
        .append(Html.escape(t.step(context.bizStep())))
        .append(" · ")
        .append(Html.escape(lotName(step.lot())))
        .append("</h3><p><time datetime=\"")
        .append(Instant.ofEpochSecond(context.eventTime()))
        .append("\">")
        .append(TIME.format(Instant.ofEpochSecond(context.eventTime())))
        .append("</time>");
    context
        .bizLocation()
        .or(context::readPoint)
        .ifPresent(
            gln -> li.append(" · ").append(Html.escape(t.get("at"))).append(" GLN ").append(gln));
    li.append(" · ")
        .append(Html.escape(t.get("by")))
        .append(" ")
        .append(Html.escape(label(t, participants.of(event.recorder()))));
    if (!event.counterparty().equals(ChainAddress.ZERO)) {
      li.append(" → ").append(Html.escape(label(t, participants.of(event.counterparty()))));
    }
    li.append("</p>");
    if (context.hasSensor()) {
      li.append("<p class=\"sensor\">")
          .append(Html.escape(t.get("kept")))
          .append(" ")
          .append(BigDecimal.valueOf(context.minTempCentiC(), 2).toPlainString())
          .append(" – ")
          .append(BigDecimal.valueOf(context.maxTempCentiC(), 2).toPlainString())
          .append(" °C</p>");
    }
    if (!context.documentUri().isEmpty() || !context.documentHash().isZero()) {
      li.append("<p class=\"document\">")
          .append(Html.escape(t.get("document")))
          .append(": ")
          .append(Html.escape(context.documentUri()))
          .append(" <code>")
          .append(Html.escape(context.documentHash().toHex()))
          .append("</code></p>");
    }
    for (Attestation attestation : step.attestations()) {
      li.append("<p class=\"attestation\">")
          .append(Html.escape(t.get("attested")))
          .append(" ")
          .append(Html.escape(label(t, participants.of(attestation.auditor()))))
          .append(", ")
          .append(TIME.format(Instant.ofEpochSecond(attestation.time())))
          .append("</p>");
    }
    step.errorDeclaration()
        .ifPresent(
            d ->
                li.append("<p class=\"error-declaration\">")
                    .append(Html.escape(t.get("declaredError")))
                    .append(" ")
                    .append(Html.escape(label(t, participants.of(d.declarer()))))
                    .append(" (")
                    .append(Html.escape(d.reason().urn()))
                    .append(")</p>"));
    return li.append("</li>").toString();
  }

  private static String lotName(ProvenanceTrace.LotInfo lot) {
    return lot.lotNumber().isEmpty()
        ? "SSCC " + lot.gs1Key()
        : lot.gs1Key() + " / " + lot.lotNumber();
  }

  private static String label(PageText t, Participants.Participant p) {
    return t.participant(p.kind()) + " " + p.shortAddress();
  }

  private static String term(String name, String value) {
    return "<dt>" + Html.escape(name) + "</dt><dd>" + Html.escape(value) + "</dd>";
  }
}
