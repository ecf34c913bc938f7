// The few Solidity ABI types the member page reads and writes (address, bool, bytes32, uintN,
// bytes, string, and arrays of those), with keccak-256 from @noble/hashes for selectors. Values:
// addresses and bytes as 0x hex strings, integers as BigInt, strings as strings.
import { keccak_256 } from "@noble/hashes/sha3.js";

export const hex = (bytes) =>
  "0x" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

export function bytesOf(text) {
  const digits = text.startsWith("0x") ? text.slice(2) : text;
  if (digits.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(digits)) {
    throw new Error(`"${text.slice(0, 20)}" is not hex`);
  }
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export const keccak = (bytes) => keccak_256(bytes);

/** The 4-byte selector of a signature such as "transfer(address,uint256)", as 0x hex. */
export const selector = (signature) =>
  hex(keccak_256(new TextEncoder().encode(signature)).slice(0, 4));

const WORD = 64; // hex digits

const pad = (digits) => digits.padStart(WORD, "0");
const padRight = (digits) => digits + "0".repeat((WORD - (digits.length % WORD)) % WORD);

function uint(value) {
  const n = BigInt(value);
  if (n < 0n || n >= 1n << 256n) throw new Error(`${value} does not fit a uint256`);
  return pad(n.toString(16));
}

const isDynamic = (type) => type === "bytes" || type === "string" || type.endsWith("[]");

function head(type, value) {
  if (type === "address") {
    if (!/^0x[0-9a-fA-F]{40}$/.test(value)) throw new Error(`"${value}" is not an address`);
    return pad(value.slice(2).toLowerCase());
  }
  if (type === "bool") return uint(value ? 1 : 0);
  if (type === "bytes32") {
    const digits = value.slice(2);
    if (!/^[0-9a-fA-F]{64}$/.test(digits)) throw new Error(`"${value}" is not 32 bytes`);
    return digits.toLowerCase();
  }
  if (/^uint\d*$/.test(type)) return uint(value);
  throw new Error(`ABI type ${type} is not supported here`);
}

function tail(type, value) {
  if (type === "bytes" || type === "string") {
    const raw = type === "string" ? new TextEncoder().encode(value) : bytesOf(value);
    return uint(raw.length) + padRight(hex(raw).slice(2));
  }
  const element = type.slice(0, -2);
  return uint(value.length) + encodeValues(value.map(() => element), value);
}

function encodeValues(types, values) {
  if (types.length !== values.length) {
    throw new Error(`expected ${types.length} values, got ${values.length}`);
  }
  let heads = "";
  let tails = "";
  const headSize = (types.length * WORD) / 2;
  types.forEach((type, i) => {
    if (isDynamic(type)) {
      heads += uint(headSize + tails.length / 2);
      tails += tail(type, values[i]);
    } else {
      heads += head(type, values[i]);
    }
  });
  return heads + tails;
}

/** ABI-encodes values of the given types, as 0x hex (no selector). */
export const encode = (types, values) => "0x" + encodeValues(types, values);

/** The calldata of a call: selector of "name(types)" followed by the encoded arguments. */
export function calldata(signature, values) {
  const types = signature.slice(signature.indexOf("(") + 1, -1);
  return selector(signature) + encodeValues(types ? split(types) : [], values);
}

function split(types) {
  return types.split(",").map((t) => t.trim());
}

function read(digits, offset, type) {
  const word = digits.slice(offset * 2, offset * 2 + WORD);
  if (word.length !== WORD) throw new Error("the answer is shorter than its ABI type");
  if (type === "address") return "0x" + word.slice(24);
  if (type === "bool") return BigInt("0x" + word) !== 0n;
  if (type === "bytes32") return "0x" + word;
  if (/^uint\d*$/.test(type)) return BigInt("0x" + word);
  throw new Error(`ABI type ${type} is not supported here`);
}

function decodeAt(digits, base, types) {
  return types.map((type, i) => {
    if (!isDynamic(type)) return read(digits, base + i * 32, type);
    const start = base + Number(read(digits, base + i * 32, "uint256"));
    const length = Number(read(digits, start, "uint256"));
    if (type === "bytes" || type === "string") {
      const raw = bytesOf(digits.slice((start + 32) * 2, (start + 32 + length) * 2));
      return type === "string" ? new TextDecoder().decode(raw) : hex(raw);
    }
    const element = type.slice(0, -2);
    return decodeAt(digits, start + 32, Array(length).fill(element));
  });
}

/** Decodes 0x hex return data of the given types into an array of values. */
export function decode(types, data) {
  const digits = data.startsWith("0x") ? data.slice(2) : data;
  return decodeAt(digits, 0, types);
}
