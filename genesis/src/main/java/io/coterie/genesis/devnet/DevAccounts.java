package io.coterie.genesis.devnet;

import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;

/**
 * Keys of the standard development mnemonic. Accounts use {@code m/44'/60'/0'/0/i}, the path every
 * Ethereum development tool uses, so wallets and scripts see the familiar addresses; validator node
 * keys use a separate account, {@code m/44'/60'/1'/0/i}, so that no node key doubles as a funded
 * account.
 */
public final class DevAccounts {
  public static final String MNEMONIC =
      "test test test test test test test test test test test junk";
  public static final int ACCOUNT_COUNT = 11;

  private static final int HARDENED = Bip32ECKeyPair.HARDENED_BIT;
  private static final Bip32ECKeyPair MASTER =
      Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(MNEMONIC, ""));

  private DevAccounts() {}

  /** Accounts 0 to 10, as Hardhat prints them. */
  public static List<DevAccount> accounts() {
    return derive(0, ACCOUNT_COUNT);
  }

  public static DevAccount account(int index) {
    return deriveOne(0, index);
  }

  /**
   * The devnet relayer's key, {@code m/44'/60'/2'/0/0}: it holds SPONSOR_ROLE and sends members'
   * passkey requests ({@code coterie_sendMemberRequest}); never a validator or a funded account.
   */
  public static DevAccount relayerKey() {
    return deriveOne(2, 0);
  }

  /** Node keys for {@code count} devnet validators. */
  public static List<DevAccount> validatorKeys(int count) {
    return derive(1, count);
  }

  private static List<DevAccount> derive(int bip44Account, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count is " + count + "; use zero or more");
    }
    List<DevAccount> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      keys.add(deriveOne(bip44Account, i));
    }
    return List.copyOf(keys);
  }

  private static DevAccount deriveOne(int bip44Account, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index is " + index + "; use zero or more");
    }
    int[] path = {44 | HARDENED, 60 | HARDENED, bip44Account | HARDENED, 0, index};
    String text = "m/44'/60'/" + bip44Account + "'/0/" + index;
    return DevAccount.of(index, text, Bip32ECKeyPair.deriveKeyPair(MASTER, path));
  }
}
