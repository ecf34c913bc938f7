package io.coterie.chaincode.works;

import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;

/** One call to the works precompile: its context, the metered ledger and event emission. */
final class WorkCall {
  final CallContext ctx;
  final WorkLedger ledger;
  private final MeteredState state;

  WorkCall(CallContext ctx) {
    this.ctx = ctx;
    this.state = MeteredState.of(ctx, WorksLayout.ADDRESS);
    this.ledger = new WorkLedger(AccountSlots.metered(state));
  }

  ChainAddress sender() {
    return ctx.sender();
  }

  void emit(List<Word> topics, byte[] data) {
    state.emit(topics, data);
  }

  /** The owner of an existing {@code tokenId}, or the revert ERC721NonexistentToken. */
  Owned owned(BigInteger tokenId) {
    ChainAddress owner = ledger.ownerOf(tokenId);
    return new Owned(tokenId, owner);
  }

  /** A token id and its owner (zero when it does not exist). */
  record Owned(BigInteger tokenId, ChainAddress owner) {
    boolean exists() {
      return !owner.equals(ChainAddress.ZERO);
    }

    CallResult nonexistent() {
      return WorksErrors.ERC721_NONEXISTENT_TOKEN.revert(uint256(tokenId));
    }
  }

  /** ERC-721 {@code Transfer} (mints from the zero address). */
  void emitTransfer(ChainAddress from, ChainAddress to, BigInteger tokenId) {
    emit(WorksEvents.TRANSFER.topics(Word.of(from), Word.of(to), Word.of(tokenId)), new byte[0]);
  }
}
