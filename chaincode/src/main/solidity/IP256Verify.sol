// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title P-256 signature verification at 0x0000000000000000000000000000000000000100
/// @notice The RIP-7212 / EIP-7951 precompile. It has no ABI functions: call it with exactly 160 bytes
///         `hash ‖ r ‖ s ‖ x ‖ y` (each 32 bytes, big-endian) and read the output: the 32-byte word 1 when
///         (r, s) is a valid ECDSA signature of `hash` by the secp256r1 public key (x, y), empty on any
///         failure (input not 160 bytes, r or s outside [1, n-1], x or y outside [0, p-1], the point not on
///         the curve or at infinity, a signature that does not verify). It never reverts.
/// @dev Gas: 6,900 for every call, whatever the outcome (EIP-7951). Passes every Wycheproof
///      ecdsa_secp256r1_sha256_p1363 vector (P256VerifyWycheproofTest). Implemented with BouncyCastle.
library P256Verify {
    address internal constant PRECOMPILE = 0x0000000000000000000000000000000000000100;

    /// @notice Whether (r, s) signs `hash` for the public key (x, y).
    function verify(bytes32 hash, uint256 r, uint256 s, uint256 x, uint256 y) internal view returns (bool) {
        (bool ok, bytes memory out) = PRECOMPILE.staticcall(abi.encode(hash, r, s, x, y));
        return ok && out.length == 32 && abi.decode(out, (uint256)) == 1;
    }
}
