package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.Word;

/** One account's slots, however backed: a metered call, or the node's free reads. */
interface Slots {
  Word load(Word slot);

  void store(Word slot, Word value);
}
