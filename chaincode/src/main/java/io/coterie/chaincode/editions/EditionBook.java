package io.coterie.chaincode.editions;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/** Editions, balances and operators over the account's slots ({@link EditionsLayout}). */
final class EditionBook {
  /** An edition: who issues it, its cap, how many were minted, its metadata URI. */
  record Edition(ChainAddress brand, BigInteger maxSupply, BigInteger minted, String uri) {
    BigInteger remaining() {
      return maxSupply.subtract(minted);
    }
  }

  private final AccountSlots slots;

  EditionBook(AccountSlots slots) {
    this.slots = slots;
  }

  BigInteger count() {
    return slots.load(EditionsLayout.COUNT_SLOT).toBigInteger();
  }

  Optional<Edition> find(BigInteger id) {
    ChainAddress brand = slots.load(EditionsLayout.edition(id, EditionsLayout.BRAND)).toAddress();
    if (brand.equals(ChainAddress.ZERO)) {
      return Optional.empty();
    }
    return Optional.of(
        new Edition(
            brand,
            slots.load(EditionsLayout.edition(id, EditionsLayout.MAX_SUPPLY)).toBigInteger(),
            slots.load(EditionsLayout.edition(id, EditionsLayout.MINTED)).toBigInteger(),
            StringStorage.read(slots, EditionsLayout.edition(id, EditionsLayout.URI))));
  }

  BigInteger create(ChainAddress brand, BigInteger maxSupply, String uri) {
    BigInteger id = count().add(BigInteger.ONE);
    slots.store(EditionsLayout.COUNT_SLOT, Word.of(id));
    slots.store(EditionsLayout.edition(id, EditionsLayout.BRAND), Word.of(brand));
    slots.store(EditionsLayout.edition(id, EditionsLayout.MAX_SUPPLY), Word.of(maxSupply));
    StringStorage.writeNew(slots, EditionsLayout.edition(id, EditionsLayout.URI), uri);
    return id;
  }

  void setMinted(BigInteger id, BigInteger minted) {
    slots.store(EditionsLayout.edition(id, EditionsLayout.MINTED), Word.of(minted));
  }

  BigInteger balanceOf(BigInteger id, ChainAddress account) {
    return slots.load(EditionsLayout.balance(id, account)).toBigInteger();
  }

  void setBalance(BigInteger id, ChainAddress account, BigInteger value) {
    slots.store(EditionsLayout.balance(id, account), Word.of(value));
  }

  boolean isApprovedForAll(ChainAddress account, ChainAddress operator) {
    return !slots.load(EditionsLayout.operator(account, operator)).isZero();
  }

  void setApprovalForAll(ChainAddress account, ChainAddress operator, boolean approved) {
    slots.store(EditionsLayout.operator(account, operator), Word.of(approved));
  }
}
