package io.coterie.node.rpc.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.loyalty.Behaviour;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.chain.ChainReader;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.rpc.server.WebRequest;
import io.coterie.node.rpc.server.WebResponse;
import io.coterie.node.rpc.server.WebRoutes;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The member page's routes: {@code GET /member} (the page, in English or Chinese by {@code
 * Accept-Language}; {@code ?proposal=N} and {@code ?collection=C&drop=D} prefill the vote and drop
 * forms) and {@code GET /member/assets/…} (its stylesheet and script). The page carries what its
 * script needs and cannot read through {@code /member/rpc}: the chain id, the chaincode addresses,
 * the merchants a consent may name (holders of BRAND_ROLE and SHOP_ROLE at the head) and the
 * consent purposes; everything about the member it reads itself.
 */
public final class MemberSite implements WebRoutes {
  static final String PATH = "/member";
  static final String ASSETS_PREFIX = "/member/assets/";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ChainReader chain;
  private final RolesReader roles;
  private final String rpcPath;

  /**
   * @param rpcPath where the page's script sends its JSON-RPC ({@code /member/rpc})
   */
  public MemberSite(ChainReader chain, RolesReader roles, String rpcPath) {
    this.chain = chain;
    this.roles = roles;
    this.rpcPath = rpcPath;
  }

  @Override
  public boolean serves(String path) {
    return path.equals(PATH) || path.startsWith(ASSETS_PREFIX);
  }

  @Override
  public WebResponse answer(WebRequest request) {
    if (request.path().startsWith(ASSETS_PREFIX)) {
      return WebAssets.answer(request.path().substring(ASSETS_PREFIX.length()));
    }
    PageText language = PageText.from(request.acceptLanguage());
    return WebResponse.text(
        200, "text/html; charset=utf-8", MemberPage.render(language, data(language, request)));
  }

  private String data(PageText language, WebRequest request) {
    ObjectNode data = JSON.objectNode();
    data.put("rpc", rpcPath);
    data.put("chainId", "0x" + Long.toHexString(chain.chainId()));
    ObjectNode contracts = data.putObject("contracts");
    contracts.put("accounts", ChainAddress.of(0x1008).toHex());
    contracts.put("points", ChainAddress.of(0x2000).toHex());
    contracts.put("cardRegistry", ChainAddress.of(0x1002).toHex());
    contracts.put("governor", StandardRoles.DAO_GOVERNOR_ADDRESS.toHex());
    contracts.put("consent", ChainAddress.of(0x1005).toHex());
    WorldStorage head = new ReadOnlyWorldStorage(chain.stateAt(chain.head()));
    ArrayNode merchants = data.putArray("merchants");
    for (Map.Entry<String, Word> role :
        List.of(
            Map.entry("brand", StandardRoles.BRAND_ROLE),
            Map.entry("shop", StandardRoles.SHOP_ROLE))) {
      for (ChainAddress holder : roles.members(head, role.getValue())) {
        merchants.addObject().put("address", holder.toHex()).put("role", role.getKey());
      }
    }
    ArrayNode purposes = data.putArray("purposes");
    for (Behaviour behaviour : Behaviour.values()) {
      purposes
          .addObject()
          .put("name", behaviour.name().toLowerCase(Locale.ROOT))
          .put("hash", behaviour.consentPurpose().toHex());
    }
    ObjectNode prefill = data.putObject("prefill");
    for (String name : new String[] {"proposal", "collection", "drop"}) {
      request
          .parameter(name)
          .filter(v -> v.matches("[0-9]{1,78}"))
          .ifPresent(v -> prefill.put(name, v));
    }
    ObjectNode text = data.putObject("text");
    MemberText.words(language).forEach(text::put);
    return data.toString();
  }
}
