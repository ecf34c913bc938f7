package io.coterie.node.rpc.web;

import io.coterie.chaincode.provenance.BizStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a trace page in English or Chinese (simplified), chosen from the request's {@code
 * Accept-Language}: the first language range by quality that is {@code zh} or {@code en} wins, and
 * English is the default.
 */
enum PageText {
  EN,
  ZH;

  /** The messages of the page's proof script ({@code {0}}… are filled in by the script). */
  static final java.util.List<String> PROOF_KEYS =
      java.util.List.of("proofOk", "proofFailed", "proofError");

  /** The language of an {@code Accept-Language} header (RFC 9110 §12.5.4); empty: English. */
  static PageText from(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return EN;
    }
    List<String[]> ranges = new ArrayList<>();
    for (String part : acceptLanguage.split(",")) {
      String[] pieces = part.trim().split(";");
      String quality = "1";
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].trim();
        if (p.startsWith("q=")) {
          quality = p.substring(2);
        }
      }
      ranges.add(new String[] {pieces[0].trim().toLowerCase(Locale.ROOT), quality});
    }
    // a stable sort keeps the header's order among equal qualities
    ranges.sort((a, b) -> compareQuality(b[1], a[1]));
    for (String[] range : ranges) {
      if (thousandths(range[1]) == 0) {
        continue;
      }
      if (range[0].equals("zh") || range[0].startsWith("zh-")) {
        return ZH;
      }
      if (range[0].equals("en") || range[0].startsWith("en-")) {
        return EN;
      }
    }
    return EN;
  }

  /** Compares q-values as decimals without floating point (at most three decimals, RFC 9110). */
  private static int compareQuality(String a, String b) {
    return Integer.compare(thousandths(a), thousandths(b));
  }

  private static int thousandths(String q) {
    if (!q.matches("[01](\\.[0-9]{0,3})?")) {
      return 0;
    }
    String[] parts = q.split("\\.");
    String fraction = parts.length > 1 ? (parts[1] + "000").substring(0, 3) : "000";
    return Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(fraction);
  }

  String htmlLang() {
    return this == ZH ? "zh-CN" : "en";
  }

  String get(String key) {
    return switch (this) {
      case EN -> english(key);
      case ZH -> chinese(key);
    };
  }

  /** The plain-words name of a business step, e.g. "Harvested or made" for commissioning. */
  String step(BizStep step) {
    String key = "step." + step.name().toLowerCase(Locale.ROOT);
    String word = get(key);
    if (!word.equals(key)) {
      return word;
    }
    String name = step.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  String participant(Participants.Kind kind) {
    return get("role." + kind.name().toLowerCase(Locale.ROOT));
  }

  private static String english(String key) {
    return switch (key) {
      case "title" -> "Where this product comes from";
      case "product" -> "Product";
      case "lot" -> "Lot";
      case "farm" -> "Farm";
      case "steps" -> "Every step, from the field to you";
      case "at" -> "at location";
      case "by" -> "by";
      case "kept" -> "temperature kept between";
      case "document" -> "Document";
      case "attested" -> "Checked and attested by";
      case "declaredError" -> "Declared an error by";
      case "recalled" -> "RECALLED: do not use this product.";
      case "recalledOrigin" -> "The recall started at lot";
      case "unknownTitle" -> "Lot not found";
      case "unknownBody" -> "This chain has no record of lot %s of product %s.";
      case "badLinkTitle" -> "Not a product link";
      case "names" ->
          "Participants are named by the role they hold on this chain and their account: the chain"
              + " holds no GLN master data (party and location names).";
      case "proofChecking" -> "Checking the proof in your browser…";
      case "proofTitle" -> "Proof";
      case "proofOk" -> "Verified against block {0}, signed by {1} of {2} validators.";
      case "proofFailed" -> "Proof FAILED: {0}. Do not trust this page.";
      case "proofError" -> "The proof could not be checked: {0}";
      case "block" -> "Read at block";
      case "qr" -> "Scan to open this page";
      case "links" -> "Data";
      case "step.commissioning" -> "Harvested or made";
      case "step.packing" -> "Packed";
      case "step.shipping" -> "Shipped";
      case "step.receiving" -> "Received";
      case "step.inspecting" -> "Inspected";
      case "step.other" -> "Processed";
      case "role.farm" -> "Farm";
      case "role.brand" -> "Brand";
      case "role.shop" -> "Shop";
      case "role.inspector" -> "Inspector";
      case "role.auditor" -> "Auditor";
      case "role.member" -> "Member";
      case "role.account" -> "Account";
      default -> key;
    };
  }

  private static String chinese(String key) {
    return switch (key) {
      case "title" -> "产品溯源";
      case "product" -> "产品";
      case "lot" -> "批次";
      case "farm" -> "农场";
      case "steps" -> "从田间到您手中的每一步";
      case "at" -> "地点";
      case "by" -> "经办方";
      case "kept" -> "温度保持在";
      case "document" -> "文件";
      case "attested" -> "核查并证明：";
      case "declaredError" -> "声明有误：";
      case "recalled" -> "已召回：请勿使用本产品。";
      case "recalledOrigin" -> "召回始于批次";
      case "unknownTitle" -> "未找到批次";
      case "unknownBody" -> "本链上没有产品 %2$s 批次 %1$s 的记录。";
      case "badLinkTitle" -> "不是产品链接";
      case "names" -> "参与方以其在本链上的角色和账户命名：本链没有 GLN 主数据（企业和地点名称）。";
      case "proofChecking" -> "正在您的浏览器中验证证明…";
      case "proofTitle" -> "证明";
      case "proofOk" -> "已对照区块 {0} 验证，{2} 个验证者中有 {1} 个签名。";
      case "proofFailed" -> "证明验证失败：{0}。请勿相信本页。";
      case "proofError" -> "无法验证证明：{0}";
      case "block" -> "读取区块";
      case "qr" -> "扫码打开本页";
      case "links" -> "数据";
      case "step.commissioning" -> "采收或生产";
      case "step.packing" -> "包装";
      case "step.shipping" -> "发货";
      case "step.receiving" -> "收货";
      case "step.inspecting" -> "检验";
      case "step.other" -> "加工";
      case "role.farm" -> "农场";
      case "role.brand" -> "品牌";
      case "role.shop" -> "门店";
      case "role.inspector" -> "检验机构";
      case "role.auditor" -> "审计方";
      case "role.member" -> "会员";
      case "role.account" -> "账户";
      default -> english(key);
    };
  }
}
