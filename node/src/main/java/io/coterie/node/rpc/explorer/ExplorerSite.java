package io.coterie.node.rpc.explorer;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.chain.TxLocation;
import io.coterie.node.rpc.server.WebRequest;
import io.coterie.node.rpc.server.WebResponse;
import io.coterie.node.rpc.server.WebRoutes;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The explorer's routes on the web listener and the HTTP RPC port: {@code /explorer} (the latest
 * blocks), {@code /explorer/block/{number|hash}}, {@code /explorer/tx/{hash}} and {@code
 * /explorer/address/{address}}. Unknown things answer a 404 page, malformed ones a 400 page. The
 * address page shows consents and holdings, so with authentication on every explorer page needs a
 * valid token ({@link #needsToken}); the trace pages stay public.
 */
public final class ExplorerSite implements WebRoutes {
  static final String PREFIX = "/explorer";
  private static final String HTML = "text/html; charset=utf-8";
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
  private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  private final ChainReader chain;
  private final ChainPages pages;
  private final AddressPage addresses;

  public ExplorerSite(ChainReader chain, RolesReader roles) {
    this.chain = chain;
    this.pages = new ChainPages(chain, new AbiCatalog());
    this.addresses = new AddressPage(chain, roles);
  }

  @Override
  public boolean serves(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  @Override
  public boolean needsToken(String path) {
    return serves(path);
  }

  @Override
  public WebResponse answer(WebRequest request) {
    ExplorerHtml html = new ExplorerHtml(request.parameter("token").orElse(""));
    String path = request.path();
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      return ok(pages.latest(html));
    }
    String rest = path.substring(PREFIX.length() + 1);
    int slash = rest.indexOf('/');
    String kind = slash < 0 ? rest : rest.substring(0, slash);
    String key = slash < 0 ? "" : rest.substring(slash + 1);
    return switch (kind) {
      case "block" -> block(html, key);
      case "tx" -> transaction(html, key);
      case "address" -> address(html, key);
      default ->
          page(
              404,
              html.message(
                  "Not found",
                  "There is no explorer page "
                      + path
                      + "; try /explorer, /explorer/block/{number or hash}, /explorer/tx/{hash}"
                      + " or /explorer/address/{address}."));
    };
  }

  private WebResponse block(ExplorerHtml html, String key) {
    Optional<Block> block;
    if (NUMBER.matcher(key).matches()) {
      block = chain.blockByNumber(Long.parseLong(key));
    } else if (HASH.matcher(key).matches()) {
      block = chain.blockByHash(Hash.fromHex(key));
    } else {
      return bad(html, "'" + key + "' is neither a block number nor a 0x-prefixed 32-byte hash.");
    }
    if (block.isEmpty()) {
      return page(
          404,
          html.message(
              "Block not found",
              "No block " + key + " on this node's chain (head #" + chain.head().number() + ")."));
    }
    return ok(pages.block(html, block.get()).orElseThrow());
  }

  private WebResponse transaction(ExplorerHtml html, String key) {
    if (!HASH.matcher(key).matches()) {
      return bad(html, "'" + key + "' is not a transaction hash (0x and 64 hex digits).");
    }
    Optional<TxLocation> location = chain.transactionLocation(Hash.fromHex(key));
    if (location.isEmpty()) {
      return page(
          404,
          html.message(
              "Transaction not found",
              "No transaction "
                  + key
                  + " in this node's blocks (a pending one shows once mined)."));
    }
    return ok(pages.transaction(html, location.get()));
  }

  private WebResponse address(ExplorerHtml html, String key) {
    if (!ADDRESS.matcher(key).matches()) {
      return bad(html, "'" + key + "' is not an address (0x and 40 hex digits).");
    }
    return addresses
        .render(html, Address.fromHex(key))
        .map(ExplorerSite::ok)
        .orElseGet(
            () ->
                page(
                    404,
                    html.message(
                        "Address not found",
                        "Address "
                            + key
                            + " has no account, role, points, card or consent at the head block.")));
  }

  private static WebResponse bad(ExplorerHtml html, String message) {
    return page(400, html.message("Bad request", message));
  }

  private static WebResponse ok(String body) {
    return page(200, body);
  }

  private static WebResponse page(int status, String body) {
    return WebResponse.text(status, HTML, body);
  }
}
