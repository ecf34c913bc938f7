// Drives a running Coterie devnet with ethers.js v6, the way a shop's web app would.
// Usage: node ethers-check.mjs <http-url> <ws-url>
// Prints one line per check and a closing "N passed, N failed" line; exits non-zero on any failure.
import { ethers } from "ethers";
import { assert, check, finish } from "./checks.mjs";

const [httpUrl = "http://127.0.0.1:8545", wsUrl = "ws://127.0.0.1:8546"] = process.argv.slice(2);
const MNEMONIC = "test test test test test test test test test test test junk";
const ROLES = "0x0000000000000000000000000000000000001000";
const ROLES_ABI = [
  "function hasRole(bytes32 role, address account) view returns (bool)",
  "function getRoleAdmin(bytes32 role) view returns (bytes32)",
  "function grantRole(bytes32 role, address account)",
  "function revokeRole(bytes32 role, address account)",
  "function getRoleMember(bytes32 role, uint256 index) view returns (address)",
  "function getRoleMemberCount(bytes32 role) view returns (uint256)",
  "event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)",
  "event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)",
  "error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)",
];
const MEMBER_ROLE = ethers.id("MEMBER_ROLE");
const DEFAULT_ADMIN_ROLE = ethers.ZeroHash;

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)),
  ]);
}
const account = (i) => ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);

// cacheTimeout -1: ethers answers a repeated call made within 250 ms from its own cache, so on 200 ms
// blocks a balance read just after a receipt (or the next transaction's "pending" nonce) could be
// the value ethers fetched before the transfer, not what the node says now.
const provider = new ethers.JsonRpcProvider(httpUrl, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1 });
const admin = account(0).connect(provider);
const member = account(4).connect(provider);
const roles = new ethers.Contract(ROLES, ROLES_ABI, admin);

await check("network reports chain id 1337", async () => {
  const network = await provider.getNetwork();
  assert(network.chainId === 1337n, `chainId ${network.chainId}`);
});

await check("blocks are produced and readable", async () => {
  const start = await provider.getBlockNumber();
  await withTimeout(
    (async () => {
      while ((await provider.getBlockNumber()) <= start) await new Promise((r) => setTimeout(r, 200));
    })(),
    15000,
    "a new block",
  );
  const block = await provider.getBlock("latest");
  assert(block.hash && block.hash.length === 66, "block hash");
  assert(block.baseFeePerGas !== null, "London header has baseFeePerGas");
  const again = await provider.getBlock(block.hash);
  assert(again.number === block.number, "block by hash matches block by number");
});

await check("dev account 0 is funded", async () => {
  const balance = await provider.getBalance(admin.address);
  assert(balance > ethers.parseEther("1"), `balance ${balance}`);
});

await check("value transfer is mined with a receipt and moves the balance", async () => {
  const to = account(5).address;
  const before = await provider.getBalance(to);
  const tx = await admin.sendTransaction({ to, value: ethers.parseEther("1.5") });
  const receipt = await withTimeout(tx.wait(), 20000, "transfer receipt");
  assert(receipt.status === 1, `status ${receipt.status}`);
  assert(receipt.blockHash && receipt.blockNumber > 0, "receipt block");
  const after = await provider.getBalance(to, receipt.blockNumber);
  assert((await provider.getBalance(to)) === after, "latest balance is the receipt block's");
  assert(after - before === ethers.parseEther("1.5"), `balance moved by ${after - before}`);
  const fetched = await provider.getTransaction(tx.hash);
  assert(fetched.hash === tx.hash && fetched.from === admin.address, "transaction by hash");
});

await check("Roles reads: hasRole, getRoleAdmin, member count", async () => {
  assert(await roles.hasRole(MEMBER_ROLE, member.address), "member #4 holds MEMBER_ROLE");
  assert(await roles.hasRole(DEFAULT_ADMIN_ROLE, admin.address), "#0 is admin");
  assert((await roles.getRoleAdmin(MEMBER_ROLE)) !== undefined, "getRoleAdmin answers");
  assert((await roles.getRoleMemberCount(MEMBER_ROLE)) >= 6n, "six devnet members");
});

const newcomer = ethers.Wallet.createRandom().connect(provider);
let grantBlock = 0;
await check("grantRole emits RoleGranted, decoded from the receipt", async () => {
  const tx = await roles.grantRole(MEMBER_ROLE, newcomer.address);
  const receipt = await withTimeout(tx.wait(), 20000, "grant receipt");
  grantBlock = receipt.blockNumber;
  const events = receipt.logs.map((l) => roles.interface.parseLog(l)).filter((e) => e && e.name === "RoleGranted");
  assert(events.length === 1, `RoleGranted events: ${events.length}`);
  assert(events[0].args.account === newcomer.address, "event account");
  assert(await roles.hasRole(MEMBER_ROLE, newcomer.address), "newcomer now a member");
});

await check("queryFilter finds the RoleGranted event", async () => {
  const found = await roles.queryFilter(roles.filters.RoleGranted(MEMBER_ROLE, newcomer.address), grantBlock, grantBlock);
  assert(found.length === 1, `found ${found.length}`);
});

await check("an unauthorised grant reverts with AccessControlUnauthorizedAccount", async () => {
  try {
    await roles.connect(member).grantRole.staticCall(MEMBER_ROLE, ethers.Wallet.createRandom().address);
    throw new Error("expected a revert");
  } catch (e) {
    assert(e.code === "CALL_EXCEPTION", `code ${e.code}: ${e.message}`);
    assert(e.revert && e.revert.name === "AccessControlUnauthorizedAccount", `revert ${JSON.stringify(e.revert)}`);
  }
});

await check("an account without a role cannot send", async () => {
  const outsider = ethers.Wallet.createRandom().connect(provider);
  try {
    await outsider.sendTransaction({ to: admin.address, value: 0n, gasLimit: 21000n, gasPrice: 0n, nonce: 0 });
    throw new Error("expected a rejection");
  } catch (e) {
    assert(/role|permission/i.test(e.message), `message: ${e.message}`);
  }
});

await check("WebSocket newHeads delivers blocks", async () => {
  const ws = new ethers.WebSocketProvider(wsUrl);
  try {
    const number = await withTimeout(new Promise((resolve) => ws.once("block", resolve)), 15000, "a newHeads block");
    assert(number > 0, `block ${number}`);
  } finally {
    await ws.destroy();
  }
});

provider.destroy();
finish();
