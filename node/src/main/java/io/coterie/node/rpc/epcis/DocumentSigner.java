package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.web.EpcisDocument;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs a read document on the farm's side: one transaction per event, to the Provenance precompile
 * with the event's calldata, at consecutive nonces from {@code firstNonce} (so the chain records
 * the events in document order), and the document with each transaction in its event's {@code
 * coterie:signedTransaction}, which {@code POST /epcis/capture} accepts.
 */
public final class DocumentSigner {
  private DocumentSigner() {}

  /** The signed transactions in event order, and the document that carries them. */
  public record Signed(List<Transaction> transactions, JsonNode document) {
    public Signed {
      transactions = List.copyOf(transactions);
    }
  }

  public static Signed sign(
      CaptureDocument.Read read,
      TransactionSigner signer,
      long firstNonce,
      BigInteger gasPrice,
      long gasLimit) {
    ObjectNode doc = read.document().deepCopy();
    addContext(doc);
    ArrayNode events = (ArrayNode) doc.get("epcisBody").get("eventList");
    List<Transaction> transactions = new ArrayList<>();
    for (int i = 0; i < read.events().size(); i++) {
      Transaction tx =
          signer.legacy(
              firstNonce + i,
              gasPrice,
              gasLimit,
              Destination.call(SignedEventCheck.PROVENANCE),
              BigInteger.ZERO,
              read.events().get(i).call().calldata());
      transactions.add(tx);
      ((ObjectNode) events.get(i))
          .put(EpcisEventMapper.SIGNED_TRANSACTION, Bytes.of(TransactionCodec.encode(tx)).toHex());
    }
    return new Signed(transactions, doc);
  }

  /** The {@code coterie} prefix in the document's context, so the extension field is named. */
  private static void addContext(ObjectNode doc) {
    JsonNode context = doc.get("@context");
    ArrayNode contexts;
    if (context.isArray()) {
      contexts = (ArrayNode) context;
    } else {
      contexts = doc.arrayNode().add(context);
      doc.set("@context", contexts);
    }
    for (JsonNode entry : contexts) {
      if (entry.isObject() && entry.has("coterie")) {
        return;
      }
    }
    contexts.addObject().put("coterie", EpcisDocument.COTERIE_NAMESPACE);
  }
}
