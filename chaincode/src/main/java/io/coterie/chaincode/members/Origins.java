package io.coterie.chaincode.members;

import java.util.regex.Pattern;

/** Web origins as WebAuthn reports them: {@code scheme://host[:port]}, lower case, no path. */
final class Origins {
  private static final Pattern ORIGIN =
      Pattern.compile("https?://[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?");

  private Origins() {}

  static boolean isValid(String origin) {
    return origin.length() <= 270 && ORIGIN.matcher(origin).matches();
  }

  /** The host of a valid origin: what the relying-party id must be. */
  static String host(String origin) {
    int start = origin.indexOf("://");
    if (start < 0) {
      return "";
    }
    String rest = origin.substring(start + 3);
    int colon = rest.indexOf(':');
    return colon < 0 ? rest : rest.substring(0, colon);
  }
}
