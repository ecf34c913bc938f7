package io.coterie.node.rpc.explorer;

import io.coterie.node.rpc.web.Html;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The explorer's HTML: one document frame (the trace site's stylesheet, no script, nothing
 * external), tables, and links that keep a {@code ?token=} the request came with so that a browser
 * can move between pages of a node with authentication on. Every value is escaped.
 */
final class ExplorerHtml {
  private final String tokenQuery;

  /**
   * @param token the request's {@code ?token=} value, empty when it had none
   */
  ExplorerHtml(String token) {
    this.tokenQuery =
        token.isEmpty() ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  static String esc(Object value) {
    return Html.escape(String.valueOf(value));
  }

  String document(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>"
        + esc(title)
        + "</title><link rel=\"stylesheet\" href=\"/trace-assets/trace.css\"></head><body><main>"
        + "<nav><a href=\""
        + href("/explorer")
        + "\">Latest blocks</a></nav><h1>"
        + esc(title)
        + "</h1>"
        + body
        + "</main></body></html>";
  }

  String message(String title, String text) {
    return document(
        title, "<section class=\"message\" id=\"message\"><p>" + esc(text) + "</p></section>");
  }

  String href(String path) {
    return path + tokenQuery;
  }

  String link(String path, String text) {
    return "<a href=\"" + esc(href(path)) + "\">" + esc(text) + "</a>";
  }

  String block(long number) {
    return link("/explorer/block/" + number, "#" + number);
  }

  String tx(Hash hash, boolean shortened) {
    String hex = hash.toHex();
    return link("/explorer/tx/" + hex, shortened ? shorten(hex) : hex);
  }

  String address(Address address) {
    return link("/explorer/address/" + address.toHex(), address.toHex());
  }

  static String shorten(String hex) {
    return hex.length() <= 14 ? hex : hex.substring(0, 10) + "…" + hex.substring(hex.length() - 4);
  }

  static String time(long seconds) {
    return Instant.ofEpochSecond(seconds).toString();
  }

  /** A table whose cells are already HTML. */
  static String table(String id, List<String> heads, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("<table id=\"").append(esc(id)).append("\"><thead><tr>");
    for (String head : heads) {
      out.append("<th>").append(esc(head)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (String cell : row) {
        out.append("<td>").append(cell).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  /** A definition list of (label, HTML value) pairs. */
  static String facts(String id, List<List<String>> pairs) {
    StringBuilder out = new StringBuilder("<dl id=\"").append(esc(id)).append("\">");
    for (List<String> pair : pairs) {
      out.append("<dt>")
          .append(esc(pair.get(0)))
          .append("</dt><dd>")
          .append(pair.get(1))
          .append("</dd>");
    }
    return out.append("</dl>").toString();
  }
}
