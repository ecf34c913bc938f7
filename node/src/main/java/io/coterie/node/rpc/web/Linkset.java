package io.coterie.node.rpc.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The GS1 linkset of a lot ({@code ?linkType=all}, GS1 Digital Link standard 1.2 section 6, RFC
 * 9264 {@code application/linkset+json}): the trace page as the default link and product
 * information page (English and Chinese), its EPCIS 2.0 JSON-LD as the traceability and EPCIS
 * links.
 */
final class Linkset {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String VOC = "https://gs1.org/voc/";

  private Linkset() {}

  static ObjectNode of(DigitalLink link, String base) {
    String uri = link.uri(base);
    ObjectNode root = JSON.objectNode();
    ObjectNode set = root.putArray("linkset").addObject();
    set.put("anchor", uri);
    page(set.putArray(VOC + "defaultLink"), uri);
    page(set.putArray(VOC + "pip"), uri);
    epcis(set.putArray(VOC + "traceability"), uri);
    epcis(set.putArray(VOC + "epcis"), uri);
    return root;
  }

  private static void page(ArrayNode links, String uri) {
    ObjectNode page = links.addObject();
    page.put("href", uri);
    page.put("title", "Trace");
    page.put("type", "text/html");
    page.putArray("hreflang").add("en").add("zh");
  }

  private static void epcis(ArrayNode links, String uri) {
    ObjectNode doc = links.addObject();
    doc.put("href", uri + "?format=epcis");
    doc.put("title", "EPCIS 2.0 events");
    doc.put("type", "application/ld+json");
  }
}
