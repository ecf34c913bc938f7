package io.coterie.node.txpool;

/**
 * Why the pool refused a transaction. The leading words follow geth's, because ethers.js and web3j
 * map those words to their own error types; the rest says what to do.
 */
public enum TxRejection {
  NONCE_TOO_LOW("nonce too low: nonce %d is already used by %s; the next nonce is %d"),
  INSUFFICIENT_FUNDS(
      "insufficient funds for gas * price + value: %s has %s wei but the transaction may cost %s wei"),
  REPLACEMENT_UNDERPRICED(
      "replacement transaction underpriced: a transaction with nonce %d from %s is pending; raise its fee"
          + " by at least %d%% to replace it"),
  WRONG_CHAIN_ID(
      "invalid chain id: signed for chain %d but this chain is %d; sign with chainId %2$d"),
  UNPROTECTED(
      "only replay-protected (EIP-155) transactions allowed over RPC: sign with chainId %d"),
  INVALID_SIGNATURE("invalid sender: %s"),
  INTRINSIC_GAS_TOO_LOW(
      "intrinsic gas too low: gas limit %d is below the %d this transaction needs"),
  GAS_LIMIT_EXCEEDED("exceeds block gas limit: gas limit %d is above the block gas limit %d"),
  OVERSIZED("oversized data: transaction of %d bytes exceeds the %d-byte limit"),
  CONTRACT_CREATION(
      "contract creation is not supported: this chain has no EVM; call a chaincode precompile (0x…1000–0x…1005)"
          + " or send to an account"),
  FEE_TOO_LOW("transaction underpriced: fee cap %s wei is below the minimum gas price %s wei"),
  NOT_PERMITTED(
      "account %s holds no role and may not send transactions on this chain; ask an admin to grant it a role"
          + " (for example MEMBER_ROLE) on the Roles precompile 0x0000000000000000000000000000000000001000"),
  READ_ONLY_ROLE(
      "account %s holds AUDITOR_ROLE, which is read-only: auditors may not send transactions on this"
          + " chain; send from another account (an auditor's key is for reading and logging in)"),
  ALREADY_KNOWN("already known: transaction %s is already in the pool"),
  POOL_FULL("txpool is full: %d transactions are pending; try again after the next blocks"),
  SENDER_LIMIT(
      "txpool sender limit: %s already has %d transactions pending; wait for some to be mined"),
  NONCE_TOO_HIGH("nonce too high: nonce %d is more than %d ahead of the next nonce %d of %s"),
  INVALID_FEES("invalid fees: %s");

  private final String template;

  TxRejection(String template) {
    this.template = template;
  }

  public String explain(Object... args) {
    return template.formatted(args);
  }
}
