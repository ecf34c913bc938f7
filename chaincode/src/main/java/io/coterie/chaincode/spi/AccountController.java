package io.coterie.chaincode.spi;

/**
 * A precompile that creates accounts and acts for them ({@link CallContext#invokeAs}). The host
 * asks it, reading storage free of charge, whether it created an account before it lets a call run
 * as that account; only the precompile the host names (member accounts, {@code 0x…1008}) is asked.
 */
public interface AccountController {

  /** Whether {@code account} is an account this precompile created. */
  boolean controls(WorldStorage storage, ChainAddress account);
}
