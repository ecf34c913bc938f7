package io.coterie.chaincode.members;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** Events of member accounts: every state change emits one, for auditors. */
public final class MemberAccountsEvents {
  private MemberAccountsEvents() {}

  /** {@code AccountCreated(address indexed account, bytes32 indexed keyId, bytes credentialId)}. */
  public static final SolidityEvent ACCOUNT_CREATED =
      new SolidityEvent("AccountCreated(address,bytes32,bytes)");

  /**
   * {@code Executed(address indexed account, uint256 nonce, address indexed target, address indexed
   * sponsor)}.
   */
  public static final SolidityEvent EXECUTED =
      new SolidityEvent("Executed(address,uint256,address,address)");

  /** {@code KeyAdded(address indexed account, bytes32 indexed keyId, bytes credentialId)}. */
  public static final SolidityEvent KEY_ADDED =
      new SolidityEvent("KeyAdded(address,bytes32,bytes)");

  /** {@code KeyRemoved(address indexed account, bytes32 indexed keyId)}. */
  public static final SolidityEvent KEY_REMOVED = new SolidityEvent("KeyRemoved(address,bytes32)");

  /**
   * {@code GuardiansSet(address indexed account, address[] guardians, uint256 threshold, uint256
   * delaySeconds)}.
   */
  public static final SolidityEvent GUARDIANS_SET =
      new SolidityEvent("GuardiansSet(address,address[],uint256,uint256)");

  /**
   * {@code RecoveryProposed(address indexed account, uint256 indexed recoveryId, bytes32 keyId,
   * address guardian, uint256 readyAt)}.
   */
  public static final SolidityEvent RECOVERY_PROPOSED =
      new SolidityEvent("RecoveryProposed(address,uint256,bytes32,address,uint256)");

  /**
   * {@code RecoveryApproved(address indexed account, uint256 indexed recoveryId, address guardian,
   * uint256 approvals)}.
   */
  public static final SolidityEvent RECOVERY_APPROVED =
      new SolidityEvent("RecoveryApproved(address,uint256,address,uint256)");

  /**
   * {@code RecoveryFinished(address indexed account, uint256 indexed recoveryId, bytes32 keyId)}.
   */
  public static final SolidityEvent RECOVERY_FINISHED =
      new SolidityEvent("RecoveryFinished(address,uint256,bytes32)");

  /** {@code RecoveryCancelled(address indexed account, uint256 indexed recoveryId)}. */
  public static final SolidityEvent RECOVERY_CANCELLED =
      new SolidityEvent("RecoveryCancelled(address,uint256)");

  /** {@code OriginAllowed(string origin, bool allowed)}. */
  public static final SolidityEvent ORIGIN_ALLOWED =
      new SolidityEvent("OriginAllowed(string,bool)");

  /**
   * {@code SponsorLimitSet(address indexed sponsor, uint256 maxRequests, uint256 windowSeconds)}.
   */
  public static final SolidityEvent SPONSOR_LIMIT_SET =
      new SolidityEvent("SponsorLimitSet(address,uint256,uint256)");

  /** {@code MemberLimitSet(uint256 maxRequests, uint256 windowSeconds)}. */
  public static final SolidityEvent MEMBER_LIMIT_SET =
      new SolidityEvent("MemberLimitSet(uint256,uint256)");

  public static final List<SolidityEvent> ALL =
      List.of(
          ACCOUNT_CREATED,
          EXECUTED,
          KEY_ADDED,
          KEY_REMOVED,
          GUARDIANS_SET,
          RECOVERY_PROPOSED,
          RECOVERY_APPROVED,
          RECOVERY_FINISHED,
          RECOVERY_CANCELLED,
          ORIGIN_ALLOWED,
          SPONSOR_LIMIT_SET,
          MEMBER_LIMIT_SET);
}
