package io.coterie.chaincode.p256;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the P-256 verification precompile at {@code 0x…0100}; it publishes nothing. */
public final class P256VerifyModule extends SinglePrecompileModule {
  public P256VerifyModule() {
    super("p256verify", new P256VerifyPrecompile(), registry -> {});
  }
}
