package io.coterie.node.rpc.epcis;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.SignatureCheck;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;

/**
 * Checks that the signed transaction an event carries is exactly that event: a call of the
 * Provenance precompile with the calldata the event maps to, no value, and a signature that
 * recovers. So the node writes nothing the farm did not sign, and nothing the document does not
 * say; who may record what is then the pool's and the precompile's business, as for any
 * transaction.
 */
final class SignedEventCheck {
  static final Address PROVENANCE = Address.fromHex("0x0000000000000000000000000000000000001004");

  private SignedEventCheck() {}

  static Transaction check(CaptureDocument.Event event) {
    String pointer = event.call().pointer() + "/" + EpcisEventMapper.SIGNED_TRANSACTION;
    if (event.signedTransaction().isEmpty()) {
      throw EpcisRefusal.at(
          pointer,
          "this node holds no farm key, so every event carries the farm's signed transaction:"
              + " sign the document with 'coterie provenance capture FILE --key farm.key --rpc"
              + " URL --sign-only' and send its output, or let that command send the events");
    }
    Transaction tx;
    try {
      tx = TransactionCodec.decode(Bytes.fromHex(event.signedTransaction()).toArray());
    } catch (RlpException | IllegalArgumentException e) {
      throw EpcisRefusal.at(
          pointer,
          "not a signed EIP-2718 transaction ("
              + e.getMessage()
              + "); send the 0x-hex envelope that 'coterie provenance capture --sign-only' wrote");
    }
    boolean toProvenance =
        tx.destination() instanceof Destination.Call call && call.to().equals(PROVENANCE);
    if (!toProvenance || tx.value().signum() != 0) {
      throw EpcisRefusal.at(
          pointer,
          "the signed transaction must call the Provenance precompile 0x…1004 with value 0");
    }
    if (!tx.data().equals(event.call().calldata())) {
      throw EpcisRefusal.at(
          pointer,
          "the signed transaction does not record this event ("
              + event.call().summary()
              + "): the event was changed after signing, or signed for another event; sign the"
              + " document again");
    }
    if (tx.signatureCheck() instanceof SignatureCheck.Invalid invalid) {
      throw EpcisRefusal.at(pointer, "the transaction's signature is invalid: " + invalid.reason());
    }
    return tx;
  }
}
