package io.coterie.genesis.generate;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/** network.toml texts for tests, with validators whose keys the test made and then forgot. */
final class NetworkFiles {
  static final String ADMIN = "0xfbb2b35242faea8015a4ecdf6daeea9f8586c768";
  static final String SHOP = "0xf608e725299c0a6004d5b31d84a11d1d7cf1e42d";

  private NetworkFiles() {}

  /** A {@code [[validators]]} table for a new key, on 127.0.0.1 at ports from {@code port}. */
  static String validator(String name, int port, String directory) {
    ECKeyPair key;
    try {
      key = Keys.createEcKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return "[[validators]]\nname = \""
        + name
        + "\"\naddress = \"0x"
        + Keys.getAddress(key)
        + "\"\nenode = \"enode://"
        + Numeric.toHexStringNoPrefixZeroPadded(key.getPublicKey(), 128)
        + "@127.0.0.1:"
        + port
        + "\"\ndirectory = \""
        + directory
        + "\"\nrpc-http-port = "
        + (port + 1)
        + "\nmetrics-port = "
        + (port + 3)
        + "\n";
  }

  /** Four validators, an admin and brand, a shop, a program and a member collection. */
  static String fourBrands(String root) {
    List<String> parts = new ArrayList<>();
    parts.add(
        "chain-id = 4242\nblock-period = \"500ms\"\nadmins = [\""
            + ADMIN
            + "\"]\nbrands = [\""
            + ADMIN
            + "\"]\nshops = [\""
            + SHOP
            + "\"]\n");
    for (int i = 0; i < 4; i++) {
      parts.add(validator("brand-" + i, 30300 + 10 * i, root + "/brand-" + i));
    }
    parts.add(
        "[[points-programs]]\nname = \"Points\"\nsymbol = \"PTS\"\nowner = \""
            + ADMIN
            + "\"\nshops = [\""
            + SHOP
            + "\"]\n[[card-collections]]\nname = \"Card\"\nsymbol = \"CRD\"\nowner = \""
            + ADMIN
            + "\"\n");
    return String.join("\n", parts);
  }
}
