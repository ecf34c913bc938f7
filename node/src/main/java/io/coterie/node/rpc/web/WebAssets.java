package io.coterie.node.rpc.web;

import io.coterie.node.rpc.server.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The trace and member pages' stylesheets and scripts, from the class path ({@code
 * io/coterie/node/rpc/web/assets/}; the scripts are the esbuild bundles the build writes there).
 * Only the names listed are served, so no path reaches another resource.
 */
final class WebAssets {
  static final String PROOF_SCRIPT = "trace-proof.js";
  static final String MEMBER_SCRIPT = "member.js";

  private static final Map<String, String> TYPES =
      Map.of(
          "trace.css",
          "text/css; charset=utf-8",
          "member.css",
          "text/css; charset=utf-8",
          PROOF_SCRIPT,
          "text/javascript; charset=utf-8",
          MEMBER_SCRIPT,
          "text/javascript; charset=utf-8");

  private WebAssets() {}

  static WebResponse answer(String name) {
    String type = TYPES.get(name);
    if (type == null) {
      return WebResponse.text(404, "text/plain; charset=utf-8", "no asset " + name);
    }
    try (InputStream in = WebAssets.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        return WebResponse.text(
            404,
            "text/plain; charset=utf-8",
            "asset "
                + name
                + " is missing from this build; build the node with npm available (mvn -B -pl node"
                + " -am package) so that esbuild bundles it");
      }
      return new WebResponse(200, type, in.readAllBytes(), "public, max-age=300");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
