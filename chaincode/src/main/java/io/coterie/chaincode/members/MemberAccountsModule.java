package io.coterie.chaincode.members;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the member-accounts precompile at {@code 0x…1008}; it publishes nothing. */
public final class MemberAccountsModule extends SinglePrecompileModule {
  public MemberAccountsModule() {
    super("memberaccounts", new MemberAccountsPrecompile(), registry -> {});
  }
}
