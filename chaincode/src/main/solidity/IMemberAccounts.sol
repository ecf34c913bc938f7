// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie member accounts: accounts controlled by passkeys
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001008. A member's account
/// address comes from a passkey's P-256 public key (x, y) and a salt; the passkey controls it through WebAuthn
/// assertions that a sponsor (an account holding the Roles precompile's SPONSOR_ROLE, keccak256("SPONSOR_ROLE"))
/// carries in its own transaction, so a member needs no secp256k1 key, no wallet and no gas. execute checks, in
/// order: sender is a sponsor, the account exists, block.timestamp <= deadline, nonce == nonceOf(account), the key
/// is the account's, authenticatorData flags UP and UV, clientDataJSON type "webauthn.get", challenge ==
/// base64url(requestHash(...)) without padding, origin allowed by the brand, rpIdHash == sha256(host of the
/// origin), the P-256 signature over sha256(authenticatorData ‖ sha256(clientDataJSON)) (as 0x…0100 verifies it),
/// then the sponsor's and the member's rate limits. It then calls target with data as the account
/// (msg.sender == account in points, cards, governor votes, drops, consent, reviews) and returns its output; a
/// revert of the target is returned unchanged and undoes the nonce. requestHash is EIP-712 with domain
/// {name: "Coterie Member Accounts", version: "1", chainId, verifyingContract: 0x…1008} and type
/// MemberRequest(address account,address target,bytes data,uint256 nonce,uint256 deadline).
/// @dev Storage layout of 0x…1008 is documented in MemberAccountsLayout (slot 0 nonces, 1 key id arrays, 2 keys,
/// 3 credential ids, 4-10 guardians and recoveries, 11 allowed origins, 12-16 rate limits and usage).
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, 2100 per storage read, 20000 per write of a
/// zero slot, 5000 per changing write, 100 per unchanged write, 375 + 375 per topic + 8 per data byte per event,
/// 700 per nested call; execute adds SHA-256 as Ethereum prices it (60 + 12 per word, three hashes) and 6,900 for
/// the P-256 verification, plus the target's own gas. Measured (MemberAccountsGasTest): createAccount with a
/// 16-byte credential id 142,104, execute of an ERC-20 points transfer 172,327 (the transfer
/// included), addKey 172,711 through execute, setGuardians of two 224,928 through execute.
/// No function accepts value.

interface IMemberAccounts {
    /// @notice An account was created with its first key.
    event AccountCreated(address indexed account, bytes32 indexed keyId, bytes credentialId);
    /// @notice A request ran as the account.
    event Executed(address indexed account, uint256 nonce, address indexed target, address indexed sponsor);
    /// @notice A key was added (by the account or a finished recovery).
    event KeyAdded(address indexed account, bytes32 indexed keyId, bytes credentialId);
    /// @notice A key was removed.
    event KeyRemoved(address indexed account, bytes32 indexed keyId);
    /// @notice The account set its guardians.
    event GuardiansSet(address indexed account, address[] guardians, uint256 threshold, uint256 delaySeconds);
    /// @notice A guardian proposed a new key.
    event RecoveryProposed(address indexed account, uint256 indexed recoveryId, bytes32 keyId, address guardian, uint256 readyAt);
    /// @notice A guardian approved.
    event RecoveryApproved(address indexed account, uint256 indexed recoveryId, address guardian, uint256 approvals);
    /// @notice The proposed key was added.
    event RecoveryFinished(address indexed account, uint256 indexed recoveryId, bytes32 keyId);
    /// @notice The account cancelled a recovery.
    event RecoveryCancelled(address indexed account, uint256 indexed recoveryId);
    /// @notice The brand allowed or refused an origin.
    event OriginAllowed(string origin, bool allowed);
    /// @notice A sponsor's rate limit changed.
    event SponsorLimitSet(address indexed sponsor, uint256 maxRequests, uint256 windowSeconds);
    /// @notice The per-member rate limit changed.
    event MemberLimitSet(uint256 maxRequests, uint256 windowSeconds);

    /// @notice The sender holds no SPONSOR_ROLE; ask the brand for it.
    error NotSponsor(address sender);
    /// @notice Brand settings need DEFAULT_ADMIN_ROLE.
    error NotAdmin(address sender);
    /// @notice No member account there; create it first.
    error UnknownAccount(address account);
    /// @notice That key and salt already have an account; use it or pick another salt.
    error AccountExists(address account);
    /// @notice (x, y) is not a P-256 point; pass the passkey's public key coordinates.
    error InvalidPublicKey(bytes32 x, bytes32 y);
    /// @notice WebAuthn credential ids have at most 1023 bytes.
    error CredentialIdTooLong(uint256 length, uint256 max);
    /// @notice Sign the request again with a later deadline.
    error RequestExpired(uint256 deadline, uint256 timestamp);
    /// @notice Replayed or out of order; sign with nonceOf(account).
    error WrongNonce(address account, uint256 expected, uint256 given);
    /// @notice Not a key of the account; sign with one of credentialsOf(account).
    error UnknownKey(address account, bytes32 keyId);
    /// @notice The assertion cannot be read; the reason names the part.
    error MalformedAssertion(string reason);
    /// @notice authenticatorData lacks UP; the member must touch the authenticator.
    error UserNotPresent(uint8 flags);
    /// @notice authenticatorData lacks UV; ask with userVerification "required".
    error UserNotVerified(uint8 flags);
    /// @notice clientDataJSON type must be webauthn.get.
    error WrongClientDataType(string clientDataType);
    /// @notice The challenge must be base64url(requestHash(...)) without padding.
    error WrongChallenge(string expected, string given);
    /// @notice The brand has not allowed this origin (setAllowedOrigin).
    error OriginNotAllowed(string origin);
    /// @notice rpIdHash must be sha256 of the origin's host; use that host as rpId.
    error WrongRelyingParty(bytes32 rpIdHash, bytes32 expected);
    /// @notice The P-256 signature does not verify for that key.
    error BadSignature(address account, bytes32 keyId);
    /// @notice The sponsor used its requests for this window; retry at retryAt.
    error SponsorRateLimited(address sponsor, uint256 maxRequests, uint256 windowSeconds, uint256 retryAt);
    /// @notice The member used their requests for this window; retry at retryAt.
    error MemberRateLimited(address account, uint256 maxRequests, uint256 windowSeconds, uint256 retryAt);
    /// @notice A limit needs a window of 1 s to 365 days, or (0, 0) for none.
    error InvalidLimit(uint256 maxRequests, uint256 windowSeconds);
    /// @notice Only a member account, through execute, changes its keys and guardians.
    error NotAnAccount(address sender);
    /// @notice The key is already on the account.
    error KeyExists(address account, bytes32 keyId);
    /// @notice Remove a key first.
    error TooManyKeys(address account, uint256 max);
    /// @notice The last key cannot be removed; add another first.
    error LastKey(address account, bytes32 keyId);
    /// @notice A guardian may not be zero, the account itself or listed twice.
    error InvalidGuardian(address guardian);
    /// @notice At most 10 guardians.
    error TooManyGuardians(uint256 count, uint256 max);
    /// @notice The threshold must be 1..guardians, or 0 with no guardians.
    error InvalidThreshold(uint256 threshold, uint256 guardians);
    /// @notice The delay may be at most 90 days.
    error DelayTooLong(uint256 delaySeconds, uint256 max);
    /// @notice Only the account's guardians propose and approve recoveries.
    error NotGuardian(address account, address sender);
    /// @notice Unknown, finished, cancelled, or proposed under guardians since replaced.
    error RecoveryNotOpen(address account, uint256 recoveryId);
    /// @notice Each guardian approves once.
    error AlreadyApproved(address account, uint256 recoveryId, address guardian);
    /// @notice More guardians must approve first.
    error NotEnoughApprovals(address account, uint256 recoveryId, uint256 approvals, uint256 threshold);
    /// @notice Finish at readyAt or later; the member may cancel until then.
    error RecoveryDelayNotOver(address account, uint256 recoveryId, uint256 readyAt, uint256 timestamp);
    /// @notice Write scheme://host[:port] (http or https), lower case, without a path.
    error InvalidOrigin(string origin);

    /// @notice The account address of the first key (x, y) with `salt`, computable offline: address(uint160(uint256(keccak256(0xff ‖ 0x…1008 ‖ bytes32(salt) ‖ keccak256(x ‖ y))))).
    function accountOf(bytes32 x, bytes32 y, uint256 salt) external view returns (address account);
    /// @notice Creates the account of passkey (x, y); the sender must hold SPONSOR_ROLE. Stores the WebAuthn credential id for allowCredentials.
    function createAccount(bytes32 x, bytes32 y, uint256 salt, bytes calldata credentialId) external returns (address account);
    /// @notice The account's WebAuthn credential ids and key ids, in storage order.
    function credentialsOf(address account) external view returns (bytes[] memory ids, bytes32[] memory keyIds);
    /// @notice The EIP-712 hash a passkey signs; its base64url (no padding) is the WebAuthn challenge.
    function requestHash(address account, address target, bytes calldata data, uint256 nonce, uint256 deadline) external view returns (bytes32 hash);
    /// @notice The next nonce of the account (sequential from 0).
    function nonceOf(address account) external view returns (uint256 nonce);
    /// @notice Checks the passkey's WebAuthn assertion (abi.encode(bytes32 keyId, bytes authenticatorData, string clientDataJSON, uint256 r, uint256 s)) and calls `target` with `data` as the account; returns its output, bubbles its revert unchanged. The sender must hold SPONSOR_ROLE.
    function execute(address account, address target, bytes calldata data, uint256 nonce, uint256 deadline, bytes calldata assertion) external returns (bytes memory result);
    /// @notice Adds a passkey; called by the account itself (execute with target 0x…1008). At most 10 keys.
    function addKey(bytes32 x, bytes32 y, bytes calldata credentialId) external;
    /// @notice Removes a passkey; called by the account itself. The last key stays.
    function removeKey(bytes32 keyId) external;
    /// @notice Sets up to 10 guardians, the approvals a recovery needs (1..n, or 0 with none) and the delay (at most 90 days); called by the account. Voids open recoveries.
    function setGuardians(address[] calldata guardians, uint256 threshold, uint256 delaySeconds) external;
    /// @notice The account's guardians, threshold and delay.
    function guardiansOf(address account) external view returns (address[] memory guardians, uint256 threshold, uint256 delaySeconds);
    /// @notice A guardian proposes a new key for the account; the proposal counts as its approval.
    function proposeRecovery(address account, bytes32 x, bytes32 y, bytes calldata credentialId) external returns (uint256 recoveryId);
    /// @notice Another guardian approves.
    function approveRecovery(address account, uint256 recoveryId) external;
    /// @notice Anyone adds the proposed key once threshold approvals and the delay since the proposal have passed.
    function finishRecovery(address account, uint256 recoveryId) external;
    /// @notice The account cancels a recovery, from a key it still has (through execute).
    function cancelRecovery(uint256 recoveryId) external;
    /// @notice A recovery: key id, approvals, ready-at timestamp, status (0 none, 1 open, 2 finished, 3 cancelled).
    function recoveryOf(address account, uint256 recoveryId) external view returns (bytes32 keyId, uint256 approvals, uint256 readyAt, uint8 status);
    /// @notice DEFAULT_ADMIN_ROLE: allows or refuses a web origin (scheme://host[:port], lower case) for assertions.
    function setAllowedOrigin(string calldata origin, bool allowed) external;
    /// @notice Whether assertions from `origin` are accepted.
    function isAllowedOrigin(string calldata origin) external view returns (bool allowed);
    /// @notice DEFAULT_ADMIN_ROLE: at most maxRequests requests and creations per window for one sponsor (0, 0: no limit).
    function setSponsorLimit(address sponsor, uint256 maxRequests, uint256 windowSeconds) external;
    /// @notice DEFAULT_ADMIN_ROLE: at most maxRequests requests per window for every member account (0, 0: no limit).
    function setMemberLimit(uint256 maxRequests, uint256 windowSeconds) external;

    /// @notice No such function (every Coterie precompile).
    error UnknownSelector(bytes4 selector);
    /// @notice The arguments do not decode.
    error MalformedCalldata();
    /// @notice No function accepts value.
    error NotPayable(uint256 value);
    /// @notice A writing function was called statically.
    error WriteInStaticCall(bytes4 selector);
}
