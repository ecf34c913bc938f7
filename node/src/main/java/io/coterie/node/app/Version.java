package io.coterie.node.app;

/** The release this build belongs to, as web3_clientVersion and `coterie --version` report it. */
public final class Version {
  public static final String NUMBER = "0.1.0";

  private Version() {}
}
