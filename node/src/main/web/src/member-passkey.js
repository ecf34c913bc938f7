// Passkeys for member accounts (WebAuthn, P-256/ES256): create one and read its public key from the
// attestation response, sign a request hash as the challenge of an assertion, and recover the
// public key of an assertion's signature (so signing in needs nothing stored in the browser).
import { p256 } from "@noble/curves/nist.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesOf, hex } from "./member-abi.js";

const ES256 = -7;

const concat = (a, b) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
};

const random = (length) => crypto.getRandomValues(new Uint8Array(length));

/** The x and y halves (0x hex, 32 bytes each) of a P-256 point. */
function halves(point) {
  const raw = point.toBytes(false); // 0x04 ‖ x ‖ y
  return { x: hex(raw.slice(1, 33)), y: hex(raw.slice(33, 65)) };
}

/** Creates a discoverable passkey for this site; its credential id and public key halves. */
export async function createPasskey(displayName) {
  const credential = await navigator.credentials.create({
    publicKey: {
      rp: { name: "Coterie", id: location.hostname },
      user: { id: random(16), name: displayName, displayName },
      challenge: random(32),
      pubKeyCredParams: [{ type: "public-key", alg: ES256 }],
      authenticatorSelection: { residentKey: "required", userVerification: "required" },
      attestation: "none",
      timeout: 120000,
    },
  });
  if (credential.response.getPublicKeyAlgorithm() !== ES256) {
    throw new Error("this passkey does not use P-256 (ES256)");
  }
  const spki = new Uint8Array(credential.response.getPublicKey());
  // a P-256 SubjectPublicKeyInfo ends with the 65-byte uncompressed point
  const point = p256.Point.fromBytes(spki.slice(spki.length - 65));
  return { credentialId: hex(new Uint8Array(credential.rawId)), ...halves(point) };
}

/**
 * Asks the passkey (one of credentialIds, or any of this site's when empty) to sign challenge (0x
 * hex); the assertion as coterie_sendMemberRequest names its fields, and the candidate public keys of its
 * signature (two, as ECDSA recovery gives).
 */
export async function signChallenge(challenge, credentialIds = []) {
  const credential = await navigator.credentials.get({
    publicKey: {
      challenge: bytesOf(challenge),
      rpId: location.hostname,
      allowCredentials: credentialIds.map((id) => ({ type: "public-key", id: bytesOf(id) })),
      userVerification: "required",
      timeout: 120000,
    },
  });
  const response = credential.response;
  const authenticatorData = new Uint8Array(response.authenticatorData);
  const clientData = new Uint8Array(response.clientDataJSON);
  const signature = p256.Signature.fromBytes(new Uint8Array(response.signature), "der");
  const signed = sha256(concat(authenticatorData, sha256(clientData)));
  const candidates = [0, 1].flatMap((bit) => {
    try {
      return [halves(signature.addRecoveryBit(bit).recoverPublicKey(signed))];
    } catch {
      return [];
    }
  });
  return {
    credentialId: hex(new Uint8Array(credential.rawId)),
    userHandle: response.userHandle ? hex(new Uint8Array(response.userHandle)) : "0x",
    authenticatorData: hex(authenticatorData),
    clientDataJSON: new TextDecoder().decode(clientData),
    r: "0x" + signature.r.toString(16).padStart(64, "0"),
    s: "0x" + signature.s.toString(16).padStart(64, "0"),
    candidates,
  };
}

/** A fresh random challenge for signing in (nothing is sent; only the signature's key is used). */
export const signInChallenge = () => hex(random(32));
