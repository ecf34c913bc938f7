package io.coterie.chaincode.consent;

import io.coterie.chaincode.abi.SolidityEvent;

/** The auditors' trail: every grant and every withdrawal is one event. */
public final class ConsentEvents {
  private ConsentEvents() {}

  /**
   * {@code ConsentGranted(address indexed member, address indexed merchant, bytes32 indexed
   * purpose, bytes32 processing, uint64 validFrom, uint64 validUntil, string noticeUri, uint256
   * version)}.
   */
  public static final SolidityEvent CONSENT_GRANTED =
      new SolidityEvent(
          "ConsentGranted(address,address,bytes32,bytes32,uint64,uint64,string,uint256)");

  /**
   * {@code ConsentRevoked(address indexed member, address indexed merchant, bytes32 indexed
   * purpose, uint64 withdrawnAt, uint256 version)}.
   */
  public static final SolidityEvent CONSENT_REVOKED =
      new SolidityEvent("ConsentRevoked(address,address,bytes32,uint64,uint256)");
}
