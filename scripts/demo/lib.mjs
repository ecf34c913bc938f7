// Shared helpers of the demo scenarios: the devnet's accounts, the precompiles as ethers contracts
// built from the ABI JSON files the node is built with, and plain-words printing.
import { ethers } from "ethers";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ABI_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "chaincode", "src", "main", "resources", "abi");
const MNEMONIC = "test test test test test test test test test test test junk";

export const ADDRESSES = {
  roles: "0x0000000000000000000000000000000000001000",
  loyaltyPrograms: "0x0000000000000000000000000000000000001001",
  membershipCards: "0x0000000000000000000000000000000000001002",
  governor: "0x0000000000000000000000000000000000001003",
  provenance: "0x0000000000000000000000000000000000001004",
  consent: "0x0000000000000000000000000000000000001005",
  gtinRegistry: "0x0000000000000000000000000000000000001009",
  profitSharing: "0x000000000000000000000000000000000000100a",
  farmShares: "0x000000000000000000000000000000000000100f",
  works: "0x000000000000000000000000000000000000100b",
  editions: "0x000000000000000000000000000000000000100c",
  points: "0x0000000000000000000000000000000000002000",
  cards: "0x0000000000000000000000000000000000003000",
};

export function abi(name) {
  return JSON.parse(readFileSync(join(ABI_DIR, `${name}.json`), "utf8"));
}

/** Connects to the devnet and returns its accounts by role and its precompiles as contracts. */
export async function connect(url = "http://127.0.0.1:8545") {
  // cacheTimeout -1: ethers otherwise reuses a nonce it fetched within the last 250 ms, and a
  // scenario sends transactions from one account back to back
  const provider = new ethers.JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 200, cacheTimeout: -1 });
  const network = await provider.getNetwork();
  const wallet = (i) => ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`).connect(provider);
  const accounts = {
    brand: wallet(0),
    shop: wallet(1),
    farm: wallet(2),
    auditor: wallet(3), // AUDITOR_ROLE: reads everything, may not send transactions
    members: [4, 5, 6, 7, 8, 9].map(wallet),
    inspector: wallet(10), // INSPECTOR_ROLE: attests, declares errors and recalls in provenance
  };
  const contract = (address, abiName) => new ethers.Contract(address, abi(abiName), provider);
  return {
    provider,
    chainId: network.chainId,
    accounts,
    points: contract(ADDRESSES.points, "LoyaltyToken"),
    programs: contract(ADDRESSES.loyaltyPrograms, "LoyaltyPrograms"),
    cards: contract(ADDRESSES.cards, "MembershipCard"),
    collections: contract(ADDRESSES.membershipCards, "MembershipCards"),
    governor: contract(ADDRESSES.governor, "Governor"),
    provenance: contract(ADDRESSES.provenance, "Provenance"),
    consent: contract(ADDRESSES.consent, "Consent"),
    gtinRegistry: contract(ADDRESSES.gtinRegistry, "GtinRegistry"),
    sharing: contract(ADDRESSES.profitSharing, "ProfitSharing"),
    farmShares: contract(ADDRESSES.farmShares, "FarmShares"),
    works: contract(ADDRESSES.works, "CreatorWorks"),
    editions: contract(ADDRESSES.editions, "Editions"),
    roles: contract(ADDRESSES.roles, "Roles"),
  };
}

export function say(text) {
  console.log(text);
}

export function step(title) {
  console.log(`\n== ${title}`);
}

export function assert(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** Sends a transaction (a pending contract call), waits for its receipt and fails unless it succeeded. */
export async function mined(pending, what) {
  const tx = await pending;
  const receipt = await tx.wait();
  assert(receipt && receipt.status === 1, `${what} did not succeed`);
  return receipt;
}

/** The events of `contract` in `receipt`, parsed, with the given name. */
export function events(receipt, contract, name) {
  return receipt.logs
    .filter((log) => log.address.toLowerCase() === contract.target.toLowerCase())
    .map((log) => contract.interface.parseLog(log))
    .filter((parsed) => parsed && parsed.name === name);
}

/** The custom error a call reverts with, decoded from its revert data, or fails if it does not revert. */
export async function revertOf(call, contract) {
  try {
    await call();
  } catch (e) {
    const data = e.data ?? e.info?.error?.data ?? e.error?.data;
    assert(data, `a revert with data, got: ${e.shortMessage ?? e.message}`);
    return contract.interface.parseError(data);
  }
  throw new Error("check failed: the call was expected to revert");
}

export async function latestTimestamp(provider) {
  for (;;) {
    const block = await provider.getBlock("latest");
    if (block.number > 0) return block.timestamp;
    await sleep(200);
  }
}

/** Waits until the chain is past block `number`. */
export async function blockAfter(provider, number) {
  const target = BigInt(number);
  let shown = -1n;
  for (;;) {
    const current = BigInt(await provider.getBlockNumber());
    if (current > target) return current;
    const left = target - current + 1n;
    if (left !== shown && (left % 5n === 0n || shown === -1n)) {
      say(`   … waiting ${left} more block(s)`);
      shown = left;
    }
    await sleep(200);
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `owner` signs an ERC-2612 permit on the CPT token (EIP-712, no transaction); returns v, r, s. */
export async function signPermit(chain, owner, spender, value, deadline) {
  const domain = { name: await chain.points.name(), version: "1", chainId: chain.chainId, verifyingContract: ADDRESSES.points };
  const types = {
    Permit: [
      { name: "owner", type: "address" },
      { name: "spender", type: "address" },
      { name: "value", type: "uint256" },
      { name: "nonce", type: "uint256" },
      { name: "deadline", type: "uint256" },
    ],
  };
  const nonce = await chain.points.nonces(owner.address);
  return ethers.Signature.from(await owner.signTypedData(domain, types, { owner: owner.address, spender, value, nonce, deadline }));
}

export function cpt(amount) {
  return ethers.parseUnits(String(amount), 18);
}

export function formatCpt(units) {
  return `${ethers.formatUnits(units, 18).replace(/\.0$/, "")} CPT`;
}

export function short(address) {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** A tag unique to this run, so a scenario can run again on the same devnet. */
export function runTag() {
  return Date.now().toString(36).toUpperCase();
}

/** Runs a scenario: prints what happens, exits non-zero on any failure. */
export async function run(title, body) {
  const url = process.argv[2] ?? process.env.COTERIE_RPC_URL ?? "http://127.0.0.1:8545";
  console.log(`# ${title}\n(devnet at ${url})`);
  try {
    const chain = await connect(url);
    await body(chain);
    console.log(`\n${title}: done, every step succeeded.`);
    process.exit(0);
  } catch (e) {
    console.error(`\n${title}: FAILED: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  }
}

export const ProposalState = ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"];

/** Proposes a signal vote (no calls) as `proposer` and returns its id once voting is open. */
export async function proposeSignal(chain, proposer, description) {
  return propose(chain, proposer, [], [], description);
}

/**
 * Proposes `calldatas` on `targets` (no value) as `proposer` and returns the proposal id once
 * voting is open.
 */
export async function propose(chain, proposer, targets, calldatas, description) {
  const governor = chain.governor.connect(proposer);
  const values = targets.map(() => 0);
  const receipt = await mined(governor.propose(targets, values, calldatas, description), "propose");
  const [created] = events(receipt, chain.governor, "ProposalCreated");
  const id = created.args.proposalId;
  const snapshot = await chain.governor.proposalSnapshot(id);
  const deadline = await chain.governor.proposalDeadline(id);
  say(`   proposal ${id.toString().slice(0, 12)}… created in block ${receipt.blockNumber}; voting opens after block ${snapshot} and closes with block ${deadline}`);
  await blockAfter(chain.provider, snapshot);
  return id;
}

/** Waits for the end of the voting period, checks the outcome and executes the (signal) proposal. */
export async function closeAndExecuteSignal(chain, id, description, executor) {
  return closeAndExecute(chain, id, [], [], description, executor);
}

/** Waits for the end of the voting period, checks the outcome and executes the proposal's calls. */
export async function closeAndExecute(chain, id, targets, calldatas, description, executor) {
  await blockAfter(chain.provider, await chain.governor.proposalDeadline(id));
  const [against, forVotes, abstain] = await chain.governor.proposalVotes(id);
  const state = ProposalState[Number(await chain.governor.state(id))];
  say(`   voting closed: ${forVotes} for, ${against} against, ${abstain} abstain; quorum was ${await chain.governor.quorum(await chain.governor.proposalSnapshot(id))}; the proposal ${state.toLowerCase()}`);
  assert(state === "Succeeded", `proposal state ${state}`);
  const values = targets.map(() => 0);
  const receipt = await mined(
    chain.governor.connect(executor).execute(targets, values, calldatas, ethers.id(description)),
    "execute",
  );
  assert(events(receipt, chain.governor, "ProposalExecuted").length === 1, "ProposalExecuted emitted");
  say(`   executed in block ${receipt.blockNumber}: the decision is on the chain for good`);
  return receipt;
}
