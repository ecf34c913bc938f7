package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.Word;

/** The Roles account's slots, however they are backed (metered call, genesis map, node reader). */
interface SlotAccess {
  Word load(Word slot);

  void store(Word slot, Word value);
}
