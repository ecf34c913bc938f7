package io.coterie.node.rpc.web;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CBV 2.0 terms in the three spellings an EPCIS 2.0 document may use: the bare name of the JSON-LD
 * context ({@code shipping}), the URN ({@code urn:epcglobal:cbv:bizstep:shipping}) and the web URI
 * ({@code https://ref.gs1.org/cbv/BizStep-shipping}). Business-transaction types ride in an event's
 * document hash as {@code keccak256("urn:epcglobal:cbv:btt:<type>")} (see {@link
 * #bizTransactionType}).
 */
public final class CbvTerms {
  /** CBV 2.0 business transaction types. */
  public static final List<String> BIZ_TRANSACTION_TYPES =
      List.of(
          "bol",
          "cert",
          "desadv",
          "inv",
          "pedigree",
          "po",
          "poc",
          "prodorder",
          "recadv",
          "rma",
          "testprd",
          "upevt");

  private CbvTerms() {}

  /** The business step a term names, if it names one. */
  public static Optional<BizStep> bizStep(String term) {
    String name = name(term, "urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-");
    for (BizStep step : BizStep.values()) {
      if (step.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** The disposition a term names, if it names one. */
  public static Optional<Disposition> disposition(String term) {
    String name = name(term, "urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-");
    for (Disposition disposition : Disposition.values()) {
      if (disposition.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(disposition);
      }
    }
    return Optional.empty();
  }

  /** The CBV business-transaction type a term names, as its bare name. */
  public static Optional<String> bizTransactionTypeName(String term) {
    String name = name(term, "urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-");
    return BIZ_TRANSACTION_TYPES.contains(name) ? Optional.of(name) : Optional.empty();
  }

  /** The document hash that marks an event's document as a business transaction of this type. */
  public static Word bizTransactionHash(String typeName) {
    return Word.keccak("urn:epcglobal:cbv:btt:" + typeName);
  }

  /** The business-transaction type whose marker {@code documentHash} is, if it is one. */
  public static Optional<String> bizTransactionType(Word documentHash) {
    return BIZ_TRANSACTION_TYPES.stream()
        .filter(t -> bizTransactionHash(t).equals(documentHash))
        .findFirst();
  }

  private static String name(String term, String urnPrefix, String webPrefix) {
    if (term.startsWith(urnPrefix)) {
      return term.substring(urnPrefix.length());
    }
    if (term.startsWith(webPrefix)) {
      return term.substring(webPrefix.length());
    }
    return term.contains(":") ? "" : term;
  }
}
