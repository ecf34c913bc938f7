package io.coterie.node.state;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Hash;

/**
 * Maps an {@link Account} to its state-trie value {@code RLP([nonce, balance, storageRoot,
 * codeHash])}.
 */
public final class AccountCodec {
  private AccountCodec() {}

  public static byte[] encode(Account account) {
    return new RlpWriter()
        .startList()
        .writeLong(account.nonce())
        .writeBigInteger(account.balance())
        .writeBytes(account.storageRoot().toArray())
        .writeBytes(account.codeHash().toArray())
        .endList()
        .toByteArray();
  }

  public static Account decode(byte[] encoded) {
    RlpReader outer = new RlpReader(encoded);
    RlpReader fields = outer.enterList();
    outer.requireEnd("account");
    Account account =
        new Account(
            fields.readLong(),
            fields.readBigInteger(),
            Hash.wrap(fields.readBytes(Hash.SIZE, "storage root")),
            Hash.wrap(fields.readBytes(Hash.SIZE, "code hash")));
    fields.requireEnd("account");
    return account;
  }
}
