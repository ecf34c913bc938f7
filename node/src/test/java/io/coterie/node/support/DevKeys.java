package io.coterie.node.support;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;

/** Signers for the devnet's funded accounts (#0 admin and brand, #1 shop, … #4–#9 members). */
public final class DevKeys {
  public static final long CHAIN_ID = DevnetSpec.CHAIN_ID;

  /** The devnet's auditor, #3: AUDITOR_ROLE is read-only, so its transactions are refused. */
  public static final int AUDITOR = 3;

  /** The ten funded accounts that may send transactions: #0 to #10 but the auditor. */
  public static final List<Integer> SENDING = List.of(0, 1, 2, 4, 5, 6, 7, 8, 9, 10);

  /** The published devnet passkey's member account (genesis, MEMBER_ROLE, 1,000 CPT). */
  public static final Address MEMBER_PASSKEY_ACCOUNT =
      Address.fromHex(io.coterie.genesis.devnet.DevPasskey.ACCOUNT_ADDRESS.toHex());

  /** Its P-256 private key as PKCS#8 base64, for a virtual authenticator. */
  public static final String MEMBER_PASSKEY_PKCS8 =
      io.coterie.genesis.devnet.DevPasskey.pkcs8Base64();

  /** Its WebAuthn credential id (hex) and rpId. */
  public static final String MEMBER_PASSKEY_CREDENTIAL_ID =
      io.coterie.genesis.devnet.DevPasskey.CREDENTIAL_ID_HEX;

  public static final String MEMBER_PASSKEY_RP_ID = io.coterie.genesis.devnet.DevPasskey.RP_ID;

  private DevKeys() {}

  public static TransactionSigner account(int index) {
    return new TransactionSigner(
        PrivateKey.fromBigInteger(DevnetSpec.accounts().get(index).privateKey()), CHAIN_ID);
  }

  public static Address address(int index) {
    return account(index).address();
  }

  /** A zero-fee EIP-1559 transaction, as a member's wallet sends on the free devnet. */
  public static Transaction call(
      TransactionSigner signer, long nonce, Address to, BigInteger value, Bytes data, long gas) {
    return signer.dynamicFee(
        nonce, BigInteger.ZERO, BigInteger.ZERO, gas, Destination.call(to), value, data, List.of());
  }
}
