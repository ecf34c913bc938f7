package io.coterie.genesis.devnet;

import io.coterie.genesis.spec.GenesisAddress;
import java.math.BigInteger;
import java.util.Objects;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * A key derived from the development mnemonic. The private key is public knowledge, so it is fine
 * to print it, as Hardhat does, and never fine to fund it on a real network.
 */
public record DevAccount(
    int index, String derivationPath, BigInteger privateKey, BigInteger publicKey) {
  public DevAccount {
    Objects.requireNonNull(derivationPath, "derivationPath");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  static DevAccount of(int index, String derivationPath, ECKeyPair keyPair) {
    return new DevAccount(index, derivationPath, keyPair.getPrivateKey(), keyPair.getPublicKey());
  }

  public GenesisAddress address() {
    return new GenesisAddress("0x" + Keys.getAddress(publicKey));
  }

  /** The EIP-55 mixed-case form that wallets show. */
  public String checksumAddress() {
    return Keys.toChecksumAddress(address().hex());
  }

  /** {@code 0x} followed by 64 hex digits. */
  public String privateKeyHex() {
    return Numeric.toHexStringWithPrefixZeroPadded(privateKey, 64);
  }

  /**
   * The 64-byte uncompressed public key without the {@code 04} prefix, as hex without {@code 0x}:
   * an enode id.
   */
  public String publicKeyHex() {
    return Numeric.toHexStringNoPrefixZeroPadded(publicKey, 128);
  }

  public ECKeyPair keyPair() {
    return new ECKeyPair(privateKey, publicKey);
  }

  @Override
  public String toString() {
    return "DevAccount[" + index + " " + derivationPath + " " + checksumAddress() + "]";
  }
}
