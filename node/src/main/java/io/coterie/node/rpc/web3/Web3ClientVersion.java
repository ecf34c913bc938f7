package io.coterie.node.rpc.web3;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.Locale;

/**
 * {@code web3_clientVersion()}: {@code "Coterie/v<version>/<os>-<arch>/java<feature>"}, as geth
 * shapes it.
 */
public final class Web3ClientVersion implements RpcMethod {
  private final String clientVersion;

  public Web3ClientVersion(String version) {
    this.clientVersion =
        "Coterie/v" + version + "/" + platform() + "/java" + Runtime.version().feature();
  }

  @Override
  public String name() {
    return "web3_clientVersion";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return clientVersion;
  }

  private static String platform() {
    String os = System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replace(' ', '_');
    String arch = System.getProperty("os.arch", "unknown").toLowerCase(Locale.ROOT);
    if (arch.equals("x86_64")) {
      arch = "amd64";
    }
    return os + "-" + arch;
  }
}
