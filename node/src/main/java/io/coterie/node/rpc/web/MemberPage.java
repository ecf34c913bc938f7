package io.coterie.node.rpc.web;

import java.util.Map;

/**
 * The HTML of the member page: a sign-in panel (create an account with a passkey, or sign in with
 * one), the account (points, tier, cards, consents) and four forms (send points, redeem, vote,
 * claim a drop), with one live status line. The page is a shell: its script ({@code member.js})
 * reads the chain through {@code /member/rpc} and fills it in. One column, readable on a phone.
 */
final class MemberPage {
  private MemberPage() {}

  static String render(PageText language, String dataJson) {
    Map<String, String> t = MemberText.words(language);
    StringBuilder body = new StringBuilder();
    body.append("<section id=\"signed-out\" aria-labelledby=\"create-title\">")
        .append("<h2 id=\"create-title\">")
        .append(word(t, "createTitle"))
        .append("</h2><form id=\"create-form\">")
        .append(field(t, "display-name", "displayName", "text", "Member"))
        .append(button(t, "create"))
        .append("</form><h2>")
        .append(word(t, "signInTitle"))
        .append("</h2><button type=\"button\" id=\"sign-in\">")
        .append(word(t, "signIn"))
        .append("</button></section>");
    body.append("<section id=\"account\" hidden aria-labelledby=\"account-title\">")
        .append("<h2 id=\"account-title\">")
        .append(word(t, "account"))
        .append("</h2><p class=\"address\" id=\"address\"></p><dl>")
        .append("<dt>")
        .append(word(t, "balance"))
        .append("</dt><dd id=\"balance\"></dd><dt>")
        .append(word(t, "tier"))
        .append("</dt><dd id=\"tier\"></dd></dl><h3>")
        .append(word(t, "cards"))
        .append("</h3><ul id=\"cards\"></ul><h3>")
        .append(word(t, "consents"))
        .append("</h3><ul id=\"consents\"></ul>")
        .append("<button type=\"button\" id=\"sign-out\" class=\"secondary\">")
        .append(word(t, "signOut"))
        .append("</button></section>");
    body.append("<div id=\"actions\" hidden>")
        .append(
            form(
                t, "transfer", field(t, "transfer-to", "to", "text", "0x…"), amount(t, "transfer")))
        .append(form(t, "redeem", amount(t, "redeem")))
        .append(
            form(
                t,
                "vote",
                field(t, "proposal", "proposal", "text", ""),
                "<p class=\"note\" id=\"proposal-info\" aria-live=\"polite\"></p>"
                    + "<fieldset><legend>"
                    + word(t, "support")
                    + "</legend>"
                    + choice(t, "1", "for", true)
                    + choice(t, "0", "against", false)
                    + choice(t, "2", "abstain", false)
                    + "</fieldset>"))
        .append(
            form(
                t,
                "drop",
                field(t, "drop-collection", "collection", "number", "0"),
                field(t, "drop-id", "dropId", "number", "0"),
                "<p class=\"note\" id=\"drop-info\" aria-live=\"polite\"></p>"))
        .append("</div>");
    return "<!DOCTYPE html><html lang=\""
        + language.htmlLang()
        + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>"
        + word(t, "title")
        + "</title><link rel=\"stylesheet\" href=\""
        + MemberSite.ASSETS_PREFIX
        + "trace.css\"><link rel=\"stylesheet\" href=\""
        + MemberSite.ASSETS_PREFIX
        + "member.css\"></head><body><main><h1>"
        + word(t, "title")
        + "</h1><p class=\"intro\">"
        + word(t, "intro")
        + "</p><p id=\"status\" role=\"status\" aria-live=\"polite\"></p>"
        + body
        + "</main><script type=\"application/json\" id=\"member-data\">"
        + Html.scriptJson(dataJson)
        + "</script><script type=\"module\" src=\""
        + MemberSite.ASSETS_PREFIX
        + WebAssets.MEMBER_SCRIPT
        + "\"></script></body></html>";
  }

  private static String word(Map<String, String> t, String key) {
    return Html.escape(t.getOrDefault(key, key));
  }

  private static String field(
      Map<String, String> t, String id, String label, String type, String placeholder) {
    String mode = type.equals("number") ? " inputmode=\"numeric\" min=\"0\" step=\"1\"" : "";
    return "<label for=\""
        + id
        + "\">"
        + word(t, label)
        + "</label><input id=\""
        + id
        + "\" name=\""
        + id
        + "\" type=\""
        + type
        + "\""
        + mode
        + " autocomplete=\"off\" required"
        + (placeholder.isEmpty() ? "" : " placeholder=\"" + Html.escape(placeholder) + "\"")
        + ">";
  }

  private static String amount(Map<String, String> t, String form) {
    return "<label for=\""
        + form
        + "-amount\">"
        + word(t, "amount")
        + "</label><input id=\""
        + form
        + "-amount\" name=\"amount\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\""
        + " required placeholder=\"10\">";
  }

  private static String choice(Map<String, String> t, String value, String label, boolean on) {
    return "<label class=\"choice\"><input type=\"radio\" name=\"support\" value=\""
        + value
        + "\""
        + (on ? " checked" : "")
        + "> "
        + word(t, label)
        + "</label>";
  }

  private static String button(Map<String, String> t, String key) {
    return "<button type=\"submit\" id=\"" + key + "\">" + word(t, key) + "</button>";
  }

  private static String form(Map<String, String> t, String name, String... fields) {
    String action = name.equals("drop") ? "claim" : name;
    return "<section aria-labelledby=\""
        + name
        + "-title\"><h2 id=\""
        + name
        + "-title\">"
        + word(t, name + "Title")
        + "</h2><form id=\""
        + name
        + "-form\">"
        + String.join("", fields)
        + button(t, action)
        + "</form></section>";
  }
}
