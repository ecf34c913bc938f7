// Checks a trace page in the browser, trusting nothing the node says without proof: every storage
// word the page was rendered from (listed in #trace-data) is proved by an EIP-1186 storage proof
// against the account's storageRoot, the account by its proof against the block header's
// stateRoot, and the header by the commit seals of a quorum of the validators its QBFT extraData
// lists. The hashing, the trie and the signatures are maintained libraries, bundled by esbuild.
import { keccak_256 } from "@noble/hashes/sha3.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { RLP } from "@ethereumjs/rlp";
import { verifyMerkleProof } from "@ethereumjs/mpt";

const EMPTY_TRIE = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

class ProofFailure extends Error {}

const hex = (bytes) => "0x" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

function bytes(text) {
  const digits = text.startsWith("0x") ? text.slice(2) : text;
  if (digits.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(digits)) {
    throw new ProofFailure(`"${text.slice(0, 20)}…" is not hex`);
  }
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const word = (text) => {
  const digits = (text.startsWith("0x") ? text.slice(2) : text).padStart(64, "0");
  return bytes(digits);
};

const number = (b) => (b.length === 0 ? 0n : BigInt(hex(b)));

function require(condition, message) {
  if (!condition) throw new ProofFailure(message);
}

/** The address of the key that made a 65-byte r‖s‖v seal over hash. */
function signer(seal, hash) {
  require(seal.length === 65, "a commit seal is not 65 bytes");
  const signature = secp256k1.Signature.fromBytes(seal.slice(0, 64), "compact").addRecoveryBit(seal[64]);
  const publicKey = signature.recoverPublicKey(hash).toBytes(false);
  return hex(keccak_256(publicKey.slice(1)).slice(12));
}

/** The header's hash with its extraData rewritten as QBFT hashes it (round, seals). */
function headerHash(fields, extra, round, seals) {
  const rewritten = [extra[0], extra[1], extra[2], round, seals];
  const copy = fields.slice();
  copy[12] = RLP.encode(rewritten);
  return keccak_256(RLP.encode(copy));
}

async function proven(root, key, proof, what) {
  if (proof.length === 0) {
    require(hex(root) === EMPTY_TRIE, `${what}: no proof, but the trie is not empty`);
    return null;
  }
  const nodes = proof.map(bytes);
  require(hex(keccak_256(nodes[0])) === hex(root), `${what}: the proof does not start at the root`);
  try {
    return await verifyMerkleProof(keccak_256(key), nodes);
  } catch (e) {
    throw new ProofFailure(`${what}: ${e.message}`);
  }
}

/** Verifies the bundle for the page's reads; returns what the page may claim. */
export async function verify(data, bundle) {
  const fields = RLP.decode(bytes(bundle.header));
  require(Array.isArray(fields) && fields.length >= 15, "the block header is not an RLP list of header fields");
  const blockNumber = number(fields[8]);
  require(blockNumber === BigInt(data.block), `the header is block ${blockNumber}, the page was read at ${data.block}`);
  const stateRoot = fields[3];
  const extra = RLP.decode(fields[12]);
  require(Array.isArray(extra) && extra.length === 5, "the header has no QBFT extraData");
  const validators = extra[1].map(hex);
  const listed = bundle.validators.map((v) => v.toLowerCase()).sort();
  require(JSON.stringify(listed) === JSON.stringify([...validators].sort()), "the validator list does not match the header's");
  const blockHash = headerHash(fields, extra, new Uint8Array(0), []);
  const sealHash = headerHash(fields, extra, extra[3], []);
  const signers = new Set();
  for (const seal of extra[4]) {
    const address = signer(seal, sealHash);
    if (validators.includes(address)) signers.add(address);
  }
  const quorum = Math.ceil((2 * validators.length) / 3);
  require(signers.size >= quorum, `only ${signers.size} of ${validators.length} validators signed block ${blockNumber}; ${quorum} must`);

  const storage = new Map();
  for (const account of bundle.accounts) {
    const address = account.address.toLowerCase();
    const encoded = await proven(stateRoot, bytes(address), account.accountProof, `account ${address}`);
    require(encoded !== null, `account ${address} is not in the state`);
    const [, , storageRoot] = RLP.decode(encoded);
    require(hex(storageRoot) === account.storageHash.toLowerCase(), `account ${address}: storage root differs from the proof's`);
    for (const entry of account.storageProof) {
      const slot = word(entry.key);
      const value = await proven(storageRoot, slot, entry.proof, `slot ${hex(slot)} of ${address}`);
      storage.set(`${address}:${hex(slot)}`, value === null ? 0n : number(RLP.decode(value)));
    }
  }
  for (const read of data.reads) {
    const key = `${read.address.toLowerCase()}:${read.slot.toLowerCase()}`;
    require(storage.has(key), `slot ${read.slot} of ${read.address}, which the page shows, has no proof`);
    require(storage.get(key) === BigInt(read.value), `slot ${read.slot} of ${read.address} is not what the page shows`);
  }
  return { block: blockNumber, blockHash: hex(blockHash), signed: signers.size, validators: validators.length, words: data.reads.length };
}

const fill = (template, ...values) => values.reduce((text, v, i) => text.replace(`{${i}}`, String(v)), template);

async function run() {
  const element = document.getElementById("trace-data");
  const status = document.getElementById("proof-status");
  if (!element || !status) return;
  const data = JSON.parse(element.textContent);
  let bundle;
  try {
    const response = await fetch(data.proofUrl, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bundle = await response.json();
  } catch (e) {
    status.className = "failed";
    status.textContent = fill(data.text.proofError, e.message);
    return;
  }
  try {
    const result = await verify(data, bundle);
    status.className = "ok";
    status.textContent = fill(data.text.proofOk, result.block, result.signed, result.validators);
    const details = document.getElementById("proof-details");
    for (const line of [`block hash ${result.blockHash}`, `${result.words} storage words proved`, ...bundle.validators.map((v) => `validator ${v}`)]) {
      const item = document.createElement("li");
      item.textContent = line;
      details.appendChild(item);
    }
  } catch (e) {
    status.className = "failed";
    status.textContent = fill(data.text.proofFailed, e instanceof ProofFailure ? e.message : `${e.name}: ${e.message}`);
  }
}

run();
