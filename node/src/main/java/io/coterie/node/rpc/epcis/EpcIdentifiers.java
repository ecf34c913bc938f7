package io.coterie.node.rpc.epcis;

import io.coterie.chaincode.gtin.Gs1CheckDigit;
import io.coterie.chaincode.provenance.Gs1;
import io.coterie.node.rpc.web.DigitalLink;
import java.util.Locale;

/**
 * EPCs and location ids in the two forms EPCIS 2.0 allows: EPC URNs ({@code
 * urn:epc:class:lgtin:0614141.012345.LOT}, {@code urn:epc:id:sscc:…}, {@code urn:epc:id:sgln:…})
 * and GS1 Digital Link URIs ({@code https://id.gs1.org/01/{gtin}/10/{lot}}, {@code /00/{sscc}},
 * {@code /414/{gln}}, under any host). The chain records lots, so an instance-level EPC (an {@code
 * sgtin}, a link with {@code /21/}) or a GTIN without lot is refused, saying how to name the lot.
 */
final class EpcIdentifiers {
  private static final String LGTIN = "urn:epc:class:lgtin:";
  private static final String SSCC = "urn:epc:id:sscc:";
  private static final String SGLN = "urn:epc:id:sgln:";

  private EpcIdentifiers() {}

  /** A lot: GTIN-14 and batch/lot number. */
  record LotKey(String gtin, String lot) {}

  static LotKey lot(String id, String pointer) {
    String lower = id.toLowerCase(Locale.ROOT);
    if (lower.startsWith(LGTIN)) {
      String[] parts = id.substring(LGTIN.length()).split("\\.", 3);
      if (parts.length != 3 || !keyDigits(parts[0], parts[1], 13)) {
        throw EpcisRefusal.at(
            pointer,
            "'"
                + id
                + "' is not an LGTIN URN: urn:epc:class:lgtin:{company prefix}.{indicator and item"
                + " reference}.{lot}, 13 digits before the lot");
      }
      String gtin = withCheckDigit(parts[1].charAt(0) + parts[0] + parts[1].substring(1));
      return checked(gtin, decode(parts[2], id, pointer), id, pointer);
    }
    if (lower.startsWith("urn:epc:id:sgtin:") || lower.startsWith("urn:epc:idpat:")) {
      throw EpcisRefusal.at(
          pointer,
          "'"
              + id
              + "' names single items (or a pattern of them), but the chain records lots: name"
              + " the lot as urn:epc:class:lgtin:{prefix}.{item}.{lot} or"
              + " https://id.gs1.org/01/{GTIN}/10/{lot}");
    }
    int at = lower.startsWith("http") ? id.indexOf("/01/") : -1;
    if (at < 0) {
      throw EpcisRefusal.at(
          pointer,
          "'"
              + id
              + "' is not a lot's EPC; use urn:epc:class:lgtin:{prefix}.{item}.{lot} or"
              + " https://id.gs1.org/01/{GTIN}/10/{lot}");
    }
    String path = id.substring(at);
    if (path.contains("/21/") || path.contains("?") || path.contains("#")) {
      throw EpcisRefusal.at(
          pointer,
          "'"
              + id
              + "' carries a serial number or link attributes, which the chain does not record;"
              + " name the lot alone: https://id.gs1.org/01/{GTIN}/10/{lot}");
    }
    DigitalLink.Parsed parsed = DigitalLink.parse(path);
    if (parsed instanceof DigitalLink.Invalid invalid) {
      throw EpcisRefusal.at(pointer, invalid.message());
    }
    DigitalLink link = ((DigitalLink.Valid) parsed).link();
    return new LotKey(link.gtin14(), link.lot());
  }

  /** An 18-digit SSCC, from {@code urn:epc:id:sscc:…} or a {@code /00/} link. */
  static String sscc(String id, String pointer) {
    String lower = id.toLowerCase(Locale.ROOT);
    String sscc;
    if (lower.startsWith(SSCC)) {
      String[] parts = id.substring(SSCC.length()).split("\\.", -1);
      if (parts.length != 2 || !keyDigits(parts[0], parts[1], 17)) {
        throw EpcisRefusal.at(
            pointer,
            "'"
                + id
                + "' is not an SSCC URN: urn:epc:id:sscc:{company prefix}.{extension and serial"
                + " reference}, 17 digits");
      }
      sscc = withCheckDigit(parts[1].charAt(0) + parts[0] + parts[1].substring(1));
    } else {
      sscc = linkKey(id, "/00/");
    }
    if (!Gs1.isSscc(sscc)) {
      throw EpcisRefusal.at(
          pointer,
          "'"
              + id
              + "' is not a container's SSCC (urn:epc:id:sscc:… or https://id.gs1.org/00/{18"
              + " digits with check digit}); the chain aggregates lots into SSCC-named containers");
    }
    return sscc;
  }

  /** A 13-digit GLN, from {@code urn:epc:id:sgln:…} (extension 0) or a {@code /414/} link. */
  static String gln(String id, String pointer) {
    String lower = id.toLowerCase(Locale.ROOT);
    String gln;
    if (lower.startsWith(SGLN)) {
      String[] parts = id.substring(SGLN.length()).split("\\.", -1);
      if (parts.length != 3 || !keyDigits(parts[0], parts[1], 12)) {
        throw EpcisRefusal.at(
            pointer,
            "'"
                + id
                + "' is not an SGLN URN: urn:epc:id:sgln:{company prefix}.{location"
                + " reference}.{extension}, 12 digits before the extension");
      }
      if (!parts[2].equals("0")) {
        throw EpcisRefusal.at(
            pointer,
            "'"
                + id
                + "' has GLN extension '"
                + parts[2]
                + "', which the chain does not record; use extension 0 (the GLN itself)");
      }
      gln = withCheckDigit(parts[0] + parts[1]);
    } else {
      gln = linkKey(id, "/414/");
      if (id.contains("/254/")) {
        throw EpcisRefusal.at(
            pointer, "'" + id + "' has a GLN extension (/254/), which the chain does not record");
      }
    }
    if (!Gs1.isGln(gln)) {
      throw EpcisRefusal.at(
          pointer,
          "'"
              + id
              + "' is not a location's GLN: use urn:epc:id:sgln:{prefix}.{location}.0 or"
              + " https://id.gs1.org/414/{13 digits with check digit}");
    }
    return gln;
  }

  private static String linkKey(String id, String marker) {
    int at = id.startsWith("http") ? id.indexOf(marker) : -1;
    if (at < 0) {
      return "";
    }
    String rest = id.substring(at + marker.length());
    int end = rest.indexOf('/');
    return end < 0 ? rest : rest.substring(0, end);
  }

  private static boolean keyDigits(String prefix, String reference, int length) {
    return Gs1CheckDigit.isDigits(prefix)
        && Gs1CheckDigit.isDigits(reference)
        && prefix.length() >= 6
        && prefix.length() <= 12
        && !reference.isEmpty()
        && prefix.length() + reference.length() == length;
  }

  /** {@code digits} followed by its GS1 check digit. */
  static String withCheckDigit(String digits) {
    for (char d = '0'; d <= '9'; d++) {
      if (Gs1CheckDigit.isValid(digits + d)) {
        return digits + d;
      }
    }
    throw new IllegalArgumentException("no check digit for " + digits);
  }

  private static String decode(String escaped, String id, String pointer) {
    return DigitalLink.decodeLot(escaped)
        .orElseThrow(
            () -> EpcisRefusal.at(pointer, "'" + id + "' has a malformed %-escape in its lot"));
  }

  private static LotKey checked(String gtin, String lot, String id, String pointer) {
    if (!Gs1.isLotNumber(lot)) {
      throw EpcisRefusal.at(
          pointer,
          "'"
              + id
              + "': lot '"
              + lot
              + "' is not a GS1 batch/lot number (1 to 20 characters: letters, digits and"
              + " !\"%&'()*+,-./:;<=>?_)");
    }
    return new LotKey(gtin, lot);
  }
}
