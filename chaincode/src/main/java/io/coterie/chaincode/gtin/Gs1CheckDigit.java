package io.coterie.chaincode.gtin;

/** The GS1 mod-10 check digit of GTINs, GLNs and SSCCs (GS1 General Specifications 7.9.1). */
public final class Gs1CheckDigit {
  private Gs1CheckDigit() {}

  /** Whether {@code digits} is ASCII digits only and its last digit is the check digit. */
  public static boolean isValid(String digits) {
    if (digits.length() < 2 || !isDigits(digits)) {
      return false;
    }
    int sum = 0;
    int n = digits.length();
    // weights 3, 1, 3, ... from the digit left of the check digit
    for (int i = n - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
      sum += (digits.charAt(i) - '0') * weight;
    }
    int check = (10 - sum % 10) % 10;
    return check == digits.charAt(n - 1) - '0';
  }

  /** Whether {@code text} is non-empty and only ASCII digits. */
  public static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
