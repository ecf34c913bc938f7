// The unmodified npm ethr-did-resolver and ethr-did against a running Coterie devnet: a member's
// did:ethr:0x539:<address> resolves from the identity registry at 0x…1007, and ethr-did changes it
// (attributes, delegates, owner, each directly and signed for a relayer), as a wallet would.
// Usage: node ethr-did-check.mjs <http-url>
// Prints one line per check and a closing "N passed, N failed" line; exits non-zero on any failure.
import { ethers } from "ethers";
import { assert, check, finish } from "./checks.mjs";
import { Resolver } from "did-resolver";
import { getResolver, EthereumDIDRegistry } from "ethr-did-resolver";
import { EthrDID } from "ethr-did";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [rpcUrl = "http://127.0.0.1:8545"] = process.argv.slice(2);
const MNEMONIC = "test test test test test test test test test test test junk";
const REGISTRY = "0x0000000000000000000000000000000000001007";
const NETWORK = "0x539";
const OUR_ABI = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), "..", "..", "chaincode", "src", "main", "resources", "abi", "EthereumDIDRegistry.json"),
    "utf8",
  ),
);

const provider = new ethers.JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true, pollingInterval: 200, cacheTimeout: -1 });
const account = (i) => ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`).connect(provider);
const shop = account(1);
const member = account(7);
const nextOwner = account(8);
const helper = account(9).address;
const registry = new ethers.Contract(REGISTRY, OUR_ABI, provider);
const resolver = new Resolver(getResolver({ networks: [{ name: NETWORK, chainId: 1337, rpcUrl, registry: REGISTRY }] }));
const did = `did:ethr:${NETWORK}:${member.address}`;
const asOwner = (signer) => new EthrDID({ identifier: member.address, chainNameOrId: NETWORK, provider, registry: REGISTRY, txSigner: signer });
const relayed = asOwner(shop);
const account_id = (address) => `eip155:1337:${ethers.getAddress(address)}`;
const signature = (wallet, hash) => {
  const sig = wallet.signingKey.sign(hash);
  return { sigV: sig.v, sigR: sig.r, sigS: sig.s };
};

async function resolve(didUrl = did) {
  const result = await resolver.resolve(didUrl);
  assert(!result.didResolutionMetadata.error, `resolution failed: ${JSON.stringify(result.didResolutionMetadata)}`);
  return result;
}
// ethr-did-resolver treats a delegate as valid while validTo >= its wall clock (in seconds), and a
// revocation sets validTo to the revoking block's timestamp, so a document read in that block's
// second still lists the revoked delegate; the chain itself (validDelegate) refuses it at once.
async function pastBlockTime(receiptHash) {
  const receipt = await provider.getTransactionReceipt(receiptHash);
  const { timestamp } = await provider.getBlock(receipt.blockNumber);
  while (Math.floor(Date.now() / 1000) <= timestamp) await new Promise((r) => setTimeout(r, 100));
}
const methodFor = (doc, address) => doc.verificationMethod.find((m) => m.blockchainAccountId === account_id(address));
const controllerOf = (doc) => doc.verificationMethod.find((m) => m.id === `${doc.id}#controller`).blockchainAccountId;

await check("the registry's functions and events are ethr-did-resolver's own ERC-1056 ABI", async () => {
  const describe = (abi) =>
    new ethers.Interface(abi).fragments
      .filter((f) => f.type === "function" || f.type === "event")
      .map((f) => (f.type === "function" ? `${f.format("sighash")} ${f.stateMutability} -> ${f.outputs.map((o) => o.type)}` : f.format("full")))
      .sort();
  const ours = describe(OUR_ABI);
  const reference = describe(EthereumDIDRegistry.abi);
  assert(JSON.stringify(ours) === JSON.stringify(reference), `ours ${JSON.stringify(ours)}\nreference ${JSON.stringify(reference)}`);
});

let created;
await check("a member's did:ethr:0x539 DID resolves to the member as its controller", async () => {
  created = await resolve();
  const doc = created.didDocument;
  assert(doc.id === did, `id ${doc.id}`);
  assert(controllerOf(doc) === account_id(member.address), `controller ${controllerOf(doc)}`);
  assert(doc.verificationMethod.length === 1, `methods ${JSON.stringify(doc.verificationMethod)}`);
  assert(created.didDocumentMetadata.versionId === undefined, `a DID that never changed has no version: ${JSON.stringify(created.didDocumentMetadata)}`);
});

await check("ethr-did publishes a service endpoint and the resolver shows it", async () => {
  await asOwner(member).setAttribute("did/svc/MessagingService", "https://member.example/inbox", 3600);
  const { didDocument } = await resolve();
  assert(didDocument.service?.length === 1, `service ${JSON.stringify(didDocument.service)}`);
  assert(didDocument.service[0].type === "MessagingService", `type ${didDocument.service[0].type}`);
  assert(didDocument.service[0].serviceEndpoint === "https://member.example/inbox", `endpoint ${didDocument.service[0].serviceEndpoint}`);
});

let addedAt;
await check("ethr-did adds the shop as a veriKey delegate: an assertion method, validDelegate on chain", async () => {
  await asOwner(member).addDelegate(shop.address, { delegateType: "veriKey", expiresIn: 3600 });
  addedAt = Number(await registry.changed(member.address));
  const { didDocument, didDocumentMetadata } = await resolve();
  const method = methodFor(didDocument, shop.address);
  assert(method, `no method for the shop in ${JSON.stringify(didDocument.verificationMethod)}`);
  assert(didDocument.assertionMethod.includes(method.id), `assertionMethod ${didDocument.assertionMethod}`);
  assert(!didDocument.authentication.includes(method.id), "a veriKey delegate does not authenticate");
  assert(await registry.validDelegate(member.address, ethers.encodeBytes32String("veriKey"), shop.address), "validDelegate");
  assert(didDocumentMetadata.versionId === String(addedAt), `versionId ${didDocumentMetadata.versionId} vs changed ${addedAt}`);
});

await check("a relayer (the shop) submits a sigAuth delegate and an attribute the member signed", async () => {
  const before = await registry.nonce(member.address);
  const delegateHash = await relayed.createAddDelegateHash("sigAuth", helper, 3600);
  await relayed.addDelegateSigned(helper, signature(member, delegateHash), { delegateType: "sigAuth", expiresIn: 3600 });
  const attributeHash = await relayed.createSetAttributeHash("did/svc/Shop", "https://shop.example/", 3600);
  await relayed.setAttributeSigned("did/svc/Shop", "https://shop.example/", 3600, signature(member, attributeHash));
  assert((await registry.nonce(member.address)) === before + 2n, "the member's nonce moved on twice");
  const { didDocument } = await resolve();
  const method = methodFor(didDocument, helper);
  assert(method && didDocument.authentication.includes(method.id), `authentication ${didDocument.authentication}`);
  assert(didDocument.service.some((s) => s.serviceEndpoint === "https://shop.example/"), `service ${JSON.stringify(didDocument.service)}`);
});

await check("a signature over anything else is refused with the reference reason bad_signature", async () => {
  const other = signature(member, ethers.keccak256("0x00"));
  try {
    await registry.connect(shop).addDelegateSigned.staticCall(
      member.address, other.sigV, other.sigR, other.sigS, ethers.encodeBytes32String("veriKey"), shop.address, 60);
    throw new Error("expected a revert");
  } catch (e) {
    assert(e.reason === "bad_signature", `reason ${e.reason}: ${e.shortMessage}`);
  }
});

await check("the document at an earlier versionId still lists the shop before its revocation", async () => {
  await pastBlockTime(await asOwner(member).revokeDelegate(shop.address, "veriKey"));
  const latest = (await resolve()).didDocument;
  assert(!methodFor(latest, shop.address), "the revoked shop is gone from the latest document");
  assert(!(await registry.validDelegate(member.address, ethers.encodeBytes32String("veriKey"), shop.address)), "validDelegate after revoke");
  const earlier = (await resolve(`${did}?versionId=${addedAt}`)).didDocument;
  assert(methodFor(earlier, shop.address), `the shop in the version of block ${addedAt}`);
});

await check("ethr-did and a relayer revoke attributes", async () => {
  await asOwner(member).revokeAttribute("did/svc/MessagingService", "https://member.example/inbox");
  const hash = await relayed.createRevokeAttributeHash("did/svc/Shop", "https://shop.example/");
  await relayed.revokeAttributeSigned("did/svc/Shop", "https://shop.example/", signature(member, hash));
  const { didDocument } = await resolve();
  assert(didDocument.service === undefined, `service ${JSON.stringify(didDocument.service)}`);
});

await check("ethr-did hands the DID to another member and the resolver follows the new controller", async () => {
  await asOwner(member).changeOwner(nextOwner.address);
  assert((await registry.identityOwner(member.address)) === nextOwner.address, "identityOwner");
  const { didDocument } = await resolve();
  assert(controllerOf(didDocument) === account_id(nextOwner.address), `controller ${controllerOf(didDocument)}`);
});

await check("the old owner is refused with bad_actor; the new owner's signed change, relayed, hands it back", async () => {
  try {
    await registry.connect(member).changeOwner.staticCall(member.address, member.address);
    throw new Error("expected a revert");
  } catch (e) {
    assert(e.reason === "bad_actor", `reason ${e.reason}: ${e.shortMessage}`);
  }
  const hash = await relayed.createChangeOwnerHash(member.address);
  await relayed.changeOwnerSigned(member.address, signature(nextOwner, hash));
  assert((await registry.nonce(nextOwner.address)) === 1n, "the signer's nonce, not the identity's, moved on");
  const { didDocument } = await resolve();
  assert(controllerOf(didDocument) === account_id(member.address), `controller ${controllerOf(didDocument)}`);
});

await check("the change log reaches every change: previousChange links back to the first", async () => {
  const topics = [null, ethers.zeroPadValue(member.address, 32)];
  const all = await provider.getLogs({ address: REGISTRY, topics, fromBlock: 0, toBlock: "latest" });
  const iface = new ethers.Interface(OUR_ABI);
  const parsed = all.map((log) => ({ block: log.blockNumber, previousChange: iface.parseLog(log).args.previousChange }));
  let block = Number(await registry.changed(member.address));
  const reached = [];
  while (block !== 0) {
    const here = parsed.filter((p) => p.block === block);
    assert(here.length > 0, `no logs in block ${block}`);
    reached.unshift(...here);
    block = Number(here[0].previousChange);
  }
  assert(reached.length === all.length && all.length === 9, `walked ${reached.length} of ${all.length} changes`);
});

provider.destroy();
finish();
