// Identity: a member's self-controlled did:ethr DID, resolved with the unmodified ethr-did-resolver
// from the identity registry at 0x…1007, a brand's shop authorised as the DID's delegate with
// ethr-did, a consent granted to the DID, and the shop's use of the data accepted while (and only
// while) the delegation holds. Usage: node identity.mjs [rpc-url]
import { ethers } from "ethers";
import { Resolver } from "did-resolver";
import { getResolver } from "ethr-did-resolver";
import { EthrDID } from "ethr-did";
import { abi, ADDRESSES, assert, mined, run, runTag, say, short, step } from "./lib.mjs";

const REGISTRY = "0x0000000000000000000000000000000000001007";

await run("Identity", async (chain) => {
  const { shop, farm, members } = chain.accounts;
  const bea = members[1];
  const tag = runTag();
  const network = `0x${chain.chainId.toString(16)}`;
  const rpcUrl = process.argv[2] ?? process.env.COTERIE_RPC_URL ?? "http://127.0.0.1:8545"; // as run() connects
  const resolver = new Resolver(
    getResolver({ networks: [{ name: network, chainId: Number(chain.chainId), rpcUrl, registry: REGISTRY }] }),
  );
  const registry = new ethers.Contract(REGISTRY, abi("EthereumDIDRegistry"), chain.provider);
  const consent = new ethers.Contract(ADDRESSES.consent, abi("Consent"), chain.provider);
  const did = `did:ethr:${network}:${bea.address}`;
  const beaDid = (txSigner) => new EthrDID({ identifier: bea.address, chainNameOrId: network, provider: chain.provider, registry: REGISTRY, txSigner });
  const resolve = async () => {
    const result = await resolver.resolve(did);
    assert(!result.didResolutionMetadata.error, `resolution: ${JSON.stringify(result.didResolutionMetadata)}`);
    return result.didDocument;
  };
  const accountId = (address) => `eip155:${chain.chainId}:${address}`;
  const delegateIn = (doc, address) => doc.verificationMethod.find((m) => m.blockchainAccountId === accountId(address));
  const veriKey = ethers.encodeBytes32String("veriKey");

  step("Bea's DID is her own: it resolves from the chain with ethr-did-resolver");
  let doc = await resolve();
  const controller = doc.verificationMethod.find((m) => m.id === `${did}#controller`);
  assert(controller.blockchainAccountId === accountId(bea.address), `controller ${controller.blockchainAccountId}`);
  say(`   ${did}`);
  say(`   controlled by Bea's own key (${short(bea.address)}); no brand issued it and none can take it away`);

  step("Bea publishes where brands may write to her; the shop relays her signed change");
  const endpoint = `https://bea.example/inbox/${tag}`;
  const relayed = beaDid(shop);
  const hash = await relayed.createSetAttributeHash("did/svc/MessagingService", endpoint, 3600);
  const sig = bea.signingKey.sign(hash);
  const nonceBefore = await registry.nonce(bea.address);
  await relayed.setAttributeSigned("did/svc/MessagingService", endpoint, 3600, { sigV: sig.v, sigR: sig.r, sigS: sig.s });
  assert((await registry.nonce(bea.address)) === nonceBefore + 1n, "Bea's signature is spent");
  doc = await resolve();
  assert(doc.service?.some((s) => s.serviceEndpoint === endpoint), `service ${JSON.stringify(doc.service)}`);
  say(`   Bea signed off-chain; shop ${short(shop.address)} sent it; her DID document now lists ${endpoint}`);

  step("Bea authorises the brand's shop as a delegate of her DID for one hour (ethr-did)");
  await beaDid(bea).addDelegate(shop.address, { delegateType: "veriKey", expiresIn: 3600 });
  doc = await resolve();
  const method = delegateIn(doc, shop.address);
  assert(method && doc.assertionMethod.includes(method.id), `the shop as delegate in ${JSON.stringify(doc.verificationMethod)}`);
  assert(await registry.validDelegate(bea.address, veriKey, shop.address), "validDelegate on chain");
  say(`   her DID document lists the shop as ${method.id.split("#")[1]} (${method.blockchainAccountId})`);

  step("Bea grants a consent to her DID: personalised offers, until she withdraws it");
  const purpose = ethers.id(`personalised-offers/${tag}`);
  await mined(
    consent.connect(bea)["grantConsent(address,bytes32,bytes32,uint64,string)"](bea.address, purpose, ethers.id("recommend"), 0, "https://brand.example/privacy#offers"),
    "grantConsent",
  );
  say(`   the consent names her DID, not a shop: whoever her DID authorises may use the data for this purpose`);

  step("The shop's use of Bea's data is accepted; a party she did not authorise is refused");
  assert(await consent.hasDelegatedConsent(bea.address, bea.address, shop.address, purpose), "the shop's use is accepted");
  assert(!(await consent.hasDelegatedConsent(bea.address, bea.address, farm.address, purpose)), "the farm's use is refused");
  assert(!(await consent.hasConsent(bea.address, shop.address, purpose)), "no consent was given to the shop itself");
  say(`   hasDelegatedConsent(Bea, her DID, shop) = true: consent in force and the shop a valid delegate`);
  say(`   the farm (${short(farm.address)}) is not her delegate: refused`);

  step("Bea withdraws the shop's delegation; from that block on its use is refused");
  const revoked = await beaDid(bea).revokeDelegate(shop.address, "veriKey");
  assert(!(await consent.hasDelegatedConsent(bea.address, bea.address, shop.address, purpose)), "refused after revocation");
  // the resolver compares validTo with its own clock in whole seconds; a revocation is dated to
  // its block's second, so read the document once that second is over
  const { blockNumber } = await chain.provider.getTransactionReceipt(revoked);
  const { timestamp } = await chain.provider.getBlock(blockNumber);
  while (Math.floor(Date.now() / 1000) <= timestamp) await new Promise((r) => setTimeout(r, 100));
  doc = await resolve();
  assert(!delegateIn(doc, shop.address), "the shop is gone from her DID document");
  say(`   revoked in block ${blockNumber}: the consent stands, but the shop no longer acts for her`);

  step("Bea takes her endpoint down again");
  await beaDid(bea).revokeAttribute("did/svc/MessagingService", endpoint);
  doc = await resolve();
  assert(!(doc.service ?? []).some((s) => s.serviceEndpoint === endpoint), "endpoint removed");
  say(`   her DID's history stays on the chain: every change links to the one before (changed = block ${await registry.changed(bea.address)})`);
});
