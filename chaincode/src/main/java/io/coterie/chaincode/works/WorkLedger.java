package io.coterie.chaincode.works;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The works' records, ownership, approvals and listings over the account's slots ({@link
 * WorksLayout}); metered inside a call, free for readers. Checks are the callers'; this only reads
 * and writes.
 */
final class WorkLedger {
  /** A work as minted: who made it, what it is, the royalty its resales and uses pay. */
  record Work(ChainAddress creator, Word contentHash, int royaltyBps, String uri) {}

  /** An open (buyer 0) or reserved listing; {@code price} is above 0. */
  record Listing(ChainAddress seller, ChainAddress buyer, long programId, BigInteger price) {
    boolean reservedFor(ChainAddress account) {
      return buyer.equals(ChainAddress.ZERO) || buyer.equals(account);
    }
  }

  private final AccountSlots slots;

  WorkLedger(AccountSlots slots) {
    this.slots = slots;
  }

  long count() {
    return slots.load(WorksLayout.COUNT_SLOT).toBigInteger().longValueExact();
  }

  /** The owner of {@code tokenId}, or the zero address when no such work exists. */
  ChainAddress ownerOf(BigInteger tokenId) {
    return slots.load(WorksLayout.work(tokenId, WorksLayout.OWNER)).toAddress();
  }

  Work load(BigInteger tokenId) {
    return new Work(
        slots.load(WorksLayout.work(tokenId, WorksLayout.CREATOR)).toAddress(),
        slots.load(WorksLayout.work(tokenId, WorksLayout.CONTENT_HASH)),
        slots
            .load(WorksLayout.work(tokenId, WorksLayout.ROYALTY_BPS))
            .toBigInteger()
            .intValueExact(),
        uri(tokenId));
  }

  ChainAddress creator(BigInteger tokenId) {
    return slots.load(WorksLayout.work(tokenId, WorksLayout.CREATOR)).toAddress();
  }

  int royaltyBps(BigInteger tokenId) {
    return slots
        .load(WorksLayout.work(tokenId, WorksLayout.ROYALTY_BPS))
        .toBigInteger()
        .intValueExact();
  }

  String uri(BigInteger tokenId) {
    return StringStorage.read(slots, WorksLayout.work(tokenId, WorksLayout.URI));
  }

  void setUri(BigInteger tokenId, String uri) {
    StringStorage.write(slots, WorksLayout.work(tokenId, WorksLayout.URI), uri);
  }

  /** The token minted for {@code contentHash}, 0 when none. */
  BigInteger tokenOfContent(Word contentHash) {
    return slots.load(WorksLayout.tokenOfContent(contentHash)).toBigInteger();
  }

  /** Mints the next token to its creator; returns its id. */
  BigInteger mint(Work w) {
    BigInteger tokenId = BigInteger.valueOf(count() + 1);
    slots.store(WorksLayout.COUNT_SLOT, Word.of(tokenId));
    slots.store(WorksLayout.work(tokenId, WorksLayout.OWNER), Word.of(w.creator()));
    slots.store(WorksLayout.work(tokenId, WorksLayout.CREATOR), Word.of(w.creator()));
    slots.store(WorksLayout.work(tokenId, WorksLayout.ROYALTY_BPS), Word.of(w.royaltyBps()));
    slots.store(WorksLayout.work(tokenId, WorksLayout.CONTENT_HASH), w.contentHash());
    StringStorage.writeNew(slots, WorksLayout.work(tokenId, WorksLayout.URI), w.uri());
    slots.store(WorksLayout.tokenOfContent(w.contentHash()), Word.of(tokenId));
    addBalance(w.creator(), 1);
    return tokenId;
  }

  long balanceOf(ChainAddress owner) {
    return slots.load(WorksLayout.balance(owner)).toBigInteger().longValueExact();
  }

  ChainAddress approved(BigInteger tokenId) {
    return slots.load(WorksLayout.work(tokenId, WorksLayout.APPROVED)).toAddress();
  }

  void approve(BigInteger tokenId, ChainAddress to) {
    slots.store(WorksLayout.work(tokenId, WorksLayout.APPROVED), Word.of(to));
  }

  boolean isApprovedForAll(ChainAddress owner, ChainAddress operator) {
    return !slots.load(WorksLayout.operator(owner, operator)).isZero();
  }

  void setApprovalForAll(ChainAddress owner, ChainAddress operator, boolean approved) {
    slots.store(WorksLayout.operator(owner, operator), Word.of(approved));
  }

  /** Moves {@code tokenId} (held by {@code from}), clearing its approval. */
  void transfer(ChainAddress from, ChainAddress to, BigInteger tokenId) {
    if (!approved(tokenId).equals(ChainAddress.ZERO)) {
      approve(tokenId, ChainAddress.ZERO);
    }
    addBalance(from, -1);
    addBalance(to, 1);
    slots.store(WorksLayout.work(tokenId, WorksLayout.OWNER), Word.of(to));
  }

  long uses(BigInteger tokenId) {
    return slots.load(WorksLayout.work(tokenId, WorksLayout.USES)).toBigInteger().longValueExact();
  }

  /** Counts one more paid use; returns its number (1 for the first). */
  long recordUse(BigInteger tokenId) {
    long next = uses(tokenId) + 1;
    slots.store(WorksLayout.work(tokenId, WorksLayout.USES), Word.of(next));
    return next;
  }

  Optional<Listing> listingOf(BigInteger tokenId) {
    BigInteger price = slots.load(WorksLayout.listing(tokenId, WorksLayout.PRICE)).toBigInteger();
    if (price.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Listing(
            slots.load(WorksLayout.listing(tokenId, WorksLayout.SELLER)).toAddress(),
            slots.load(WorksLayout.listing(tokenId, WorksLayout.BUYER)).toAddress(),
            slots
                .load(WorksLayout.listing(tokenId, WorksLayout.PROGRAM))
                .toBigInteger()
                .longValueExact(),
            price));
  }

  void list(BigInteger tokenId, Listing l) {
    slots.store(WorksLayout.listing(tokenId, WorksLayout.SELLER), Word.of(l.seller()));
    slots.store(WorksLayout.listing(tokenId, WorksLayout.BUYER), Word.of(l.buyer()));
    slots.store(WorksLayout.listing(tokenId, WorksLayout.PROGRAM), Word.of(l.programId()));
    slots.store(WorksLayout.listing(tokenId, WorksLayout.PRICE), Word.of(l.price()));
  }

  void unlist(BigInteger tokenId) {
    for (int field = WorksLayout.SELLER; field <= WorksLayout.PRICE; field++) {
      slots.store(WorksLayout.listing(tokenId, field), Word.ZERO);
    }
  }

  private void addBalance(ChainAddress owner, long delta) {
    slots.store(WorksLayout.balance(owner), Word.of(balanceOf(owner) + delta));
  }
}
