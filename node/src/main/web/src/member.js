// The member page: create a member account with a passkey or sign in with one, show points, tier,
// cards and consents, and send every action as a sponsored request: build the call, read its
// challenge (requestHash) through eth_call, let the passkey sign it, send it with
// coterie_sendMemberRequest and wait for its receipt. All JSON-RPC goes to the node's /member/rpc.
import { calldata, decode, hex, bytesOf, keccak } from "./member-abi.js";
import { createPasskey, signChallenge, signInChallenge } from "./member-passkey.js";

const data = JSON.parse(document.getElementById("member-data").textContent);
const text = data.text;
const C = data.contracts;
const DECIMALS = 18n;
const SALT = 0n;
const $ = (id) => document.getElementById(id);

/** A message with {0}, {1}… filled in. */
const say = (key, ...args) =>
  (text[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));

class Refusal extends Error {}

let session = null; // { account, credentialId, keyId }

function status(message, state = "") {
  const line = $("status");
  line.textContent = message;
  line.className = state;
}

// ---- JSON-RPC through /member/rpc ----

let nextId = 1;
async function rpc(method, params) {
  const response = await fetch(data.rpc, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params }),
  });
  const answer = await response.json();
  if (answer.error) throw rpcRefusal(answer.error);
  return answer.result;
}

/** The member-facing sentence of a JSON-RPC error: localised by its custom error name. */
function rpcRefusal(error) {
  const name = error.data && typeof error.data === "object" ? error.data.error : undefined;
  if (name && text["error." + name]) return new Refusal(text["error." + name]);
  if (error.data && error.data.reason) return new Refusal(error.data.reason);
  if (/runs no relayer/.test(error.message)) return new Refusal(text.noRelayer);
  return new Refusal(error.message);
}

async function read(to, signature, values, returns) {
  const result = await rpc("eth_call", [{ to, data: calldata(signature, values) }, "latest"]);
  return decode(returns, result);
}

async function receipt(hash) {
  for (let i = 0; i < 240; i++) {
    const found = await rpc("eth_getTransactionReceipt", [hash]);
    if (found) {
      if (found.status !== "0x1") throw new Refusal(text.failedOnChain);
      return found;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Refusal(text.failedOnChain);
}

const quantity = (n) => "0x" + BigInt(n).toString(16);

// ---- amounts in points (18 decimals), without floating point ----

function units(textAmount) {
  const match = /^\s*(\d{1,30})(?:[.,](\d{1,18}))?\s*$/.exec(textAmount);
  if (!match) throw new Refusal(text.badAmount);
  const value = BigInt(match[1]) * 10n ** DECIMALS + BigInt((match[2] ?? "").padEnd(18, "0") || "0");
  if (value === 0n) throw new Refusal(text.badAmount);
  return value;
}

function points(value) {
  const whole = value / 10n ** DECIMALS;
  const fraction = (value % 10n ** DECIMALS).toString().padStart(18, "0").replace(/0+$/, "");
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function address(value) {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value.trim())) throw new Refusal(text.badAddress);
  return value.trim().toLowerCase();
}

function whole(value) {
  if (!/^\d{1,78}$/.test(value.trim())) throw new Refusal(text.badNumber);
  return BigInt(value.trim());
}

// ---- passkeys and accounts ----

const keyIdOf = (key) => hex(keccak(bytesOf(key.x.slice(2) + key.y.slice(2))));

async function keyIdsOf(account) {
  const [, keyIds] = await read(C.accounts, "credentialsOf(address)", [account], ["bytes[]", "bytes32[]"]);
  return keyIds.map((k) => k.toLowerCase());
}

/** The account of the passkey that made an assertion: from its user handle or recovered key. */
async function accountOfAssertion(assertion) {
  const candidates = assertion.candidates.map((key) => ({ ...key, keyId: keyIdOf(key) }));
  const accounts = [];
  if (assertion.userHandle.length === 42) accounts.push(assertion.userHandle.toLowerCase());
  for (const key of candidates) {
    const [account] = await read(C.accounts, "accountOf(bytes32,bytes32,uint256)", [key.x, key.y, SALT], ["address"]);
    accounts.push(account);
  }
  for (const account of accounts) {
    const known = await keyIdsOf(account);
    const key = candidates.find((k) => known.includes(k.keyId));
    if (key) return { account, credentialId: assertion.credentialId, keyId: key.keyId };
  }
  throw new Refusal(text.unknownAccount);
}

async function createAccount(name) {
  status(text["status.passkey"]);
  const key = await createPasskey(name);
  status(text["status.creating"]);
  const created = await rpc("coterie_createMemberAccount", [
    { x: key.x, y: key.y, salt: quantity(SALT), credentialId: key.credentialId },
  ]);
  await receipt(created.transactionHash);
  session = { account: created.account.toLowerCase(), credentialId: key.credentialId, keyId: keyIdOf(key) };
  await show();
  status(say("done.create", created.account), "ok");
}

async function signIn() {
  status(text["status.passkey"]);
  const assertion = await signChallenge(signInChallenge());
  session = await accountOfAssertion(assertion);
  await show();
  status(text["status.signedIn"], "ok");
}

/** Sends one call as the member account, signed by its passkey; the relayer's receipt. */
async function request(target, input) {
  const [nonce] = await read(C.accounts, "nonceOf(address)", [session.account], ["uint256"]);
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 600);
  const [challenge] = await read(
    C.accounts,
    "requestHash(address,address,bytes,uint256,uint256)",
    [session.account, target, input, nonce, deadline],
    ["bytes32"],
  );
  status(text["status.passkey"]);
  const assertion = await signChallenge(challenge, [session.credentialId]);
  status(text["status.sending"]);
  const sent = await rpc("coterie_sendMemberRequest", [
    {
      account: session.account,
      target,
      data: input,
      nonce: quantity(nonce),
      deadline: quantity(deadline),
      assertion: {
        keyId: session.keyId,
        authenticatorData: assertion.authenticatorData,
        clientDataJSON: assertion.clientDataJSON,
        r: assertion.r,
        s: assertion.s,
      },
    },
  ]);
  return receipt(sent.transactionHash);
}

// ---- what the account holds ----

async function show() {
  $("signed-out").hidden = true;
  $("account").hidden = false;
  $("actions").hidden = false;
  $("address").textContent = session.account;
  await refresh();
}

async function refresh() {
  const account = session.account;
  const [[balance], [tier], [symbol]] = await Promise.all([
    read(C.points, "balanceOf(address)", [account], ["uint256"]),
    read(C.points, "tierOf(address)", [account], ["uint8"]),
    read(C.points, "symbol()", [], ["string"]),
  ]);
  $("balance").textContent = `${points(balance)} ${symbol}`;
  $("balance").dataset.units = balance.toString();
  $("tier").textContent = tier.toString();
  await Promise.all([showCards(account), showConsents(account)]);
  if ($("proposal").value) await showProposal().catch(() => {});
}

async function showCards(account) {
  const [ids] = await read(C.cardRegistry, "memberCollections()", [], ["uint256[]"]);
  const items = [];
  for (const id of ids) {
    const [collection] = await read(C.cardRegistry, "collectionAddress(uint256)", [id], ["address"]);
    const [[held], [name]] = await Promise.all([
      read(collection, "balanceOf(address)", [account], ["uint256"]),
      read(collection, "name()", [], ["string"]),
    ]);
    for (let i = 0n; i < held; i++) {
      const [token] = await read(collection, "tokenOfOwnerByIndex(address,uint256)", [account, i], ["uint256"]);
      const [cardTier] = await read(collection, "tierOf(uint256)", [token], ["uint8"]);
      items.push(say("card", name, token, cardTier));
    }
  }
  list("cards", items, text.noCards);
}

async function showConsents(account) {
  const checks = data.merchants.flatMap((merchant) =>
    data.purposes.map(async (purpose) => {
      const [, , , , , , active] = await read(
        C.consent,
        "consentOf(address,address,bytes32)",
        [account, merchant.address, purpose.hash],
        ["bytes32", "uint64", "uint64", "uint64", "string", "uint256", "bool"],
      );
      const who = `${text["role." + merchant.role]} ${merchant.address.slice(0, 8)}…`;
      return active ? say("consent", who, text["purpose." + purpose.name]) : null;
    }),
  );
  list("consents", (await Promise.all(checks)).filter(Boolean), text.noConsents);
}

function list(id, items, empty) {
  const ul = $(id);
  ul.replaceChildren(
    ...(items.length ? items : [empty]).map((item) => {
      const li = document.createElement("li");
      li.textContent = item;
      return li;
    }),
  );
}

async function showProposal() {
  const id = whole($("proposal").value);
  const [[state], [against, inFavour, abstain], [voted]] = await Promise.all([
    read(C.governor, "state(uint256)", [id], ["uint8"]),
    read(C.governor, "proposalVotes(uint256)", [id], ["uint256", "uint256", "uint256"]),
    read(C.governor, "hasVoted(uint256,address)", [id, session.account], ["bool"]),
  ]);
  const info = say("proposalInfo", text["state." + state], inFavour, against, abstain);
  $("proposal-info").textContent = voted ? `${info} ${text.voted}` : info;
  $("proposal-info").dataset.state = String(state);
}

async function dropOf() {
  const collectionId = whole($("drop-collection").value);
  const dropId = whole($("drop-id").value);
  const [collection] = await read(C.cardRegistry, "collectionAddress(uint256)", [collectionId], ["address"]);
  const [[, programId, price], [, , supply, sold]] = await Promise.all([
    read(collection, "dropTerms(uint256)", [dropId], ["uint256", "uint256", "uint256", "address", "uint256"]),
    read(collection, "dropInfo(uint256)", [dropId], ["uint64", "uint64", "uint256", "uint256"]),
  ]);
  $("drop-info").textContent = say("dropInfo", points(price), sold, supply);
  const token = "0x" + (0x2000n + programId).toString(16).padStart(40, "0");
  return { collection, dropId, price, token };
}

// ---- the forms ----

/** Runs an action with the form's button disabled, showing its result or its refusal. */
function action(formId, run) {
  $(formId).addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = event.target.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const done = await run(new FormData(event.target));
      if (session) await refresh();
      if (done) status(done, "ok");
    } catch (e) {
      status(say("failed", explain(e)), "failed");
    } finally {
      button.disabled = false;
    }
  });
}

function explain(e) {
  if (e instanceof Refusal) return e.message;
  if (e && (e.name === "NotAllowedError" || e.name === "AbortError")) return text.cancelled;
  return String(e && e.message ? e.message : e);
}

function wire() {
  if (!window.PublicKeyCredential) {
    status(say("failed", text.noWebAuthn), "failed");
    return;
  }
  action("create-form", async (form) => {
    await createAccount(String(form.get("display-name") || "Member"));
  });
  $("sign-in").addEventListener("click", async () => {
    try {
      await signIn();
    } catch (e) {
      status(say("failed", explain(e)), "failed");
    }
  });
  $("sign-out").addEventListener("click", () => {
    session = null;
    $("signed-out").hidden = false;
    $("account").hidden = true;
    $("actions").hidden = true;
    status("");
  });
  action("transfer-form", async (form) => {
    const to = address(String(form.get("transfer-to")));
    const amount = units(String(form.get("amount")));
    await request(C.points, calldata("transfer(address,uint256)", [to, amount]));
    return say("done.transfer", points(amount), to);
  });
  action("redeem-form", async (form) => {
    const amount = units(String(form.get("amount")));
    const ref = hex(crypto.getRandomValues(new Uint8Array(32)));
    await request(C.points, calldata("redeem(uint256,bytes32)", [amount, ref]));
    return say("done.redeem", points(amount));
  });
  action("vote-form", async (form) => {
    const id = whole(String(form.get("proposal")));
    const support = BigInt(String(form.get("support")));
    await request(C.governor, calldata("castVote(uint256,uint8)", [id, support]));
    return say("done.vote", id);
  });
  action("drop-form", async () => {
    const drop = await dropOf();
    await request(drop.token, calldata("approve(address,uint256)", [drop.collection, drop.price]));
    status(text["done.approve"]);
    await request(drop.collection, calldata("buy(uint256)", [drop.dropId]));
    const [item] = await read(drop.collection, "itemOf(uint256,address)", [drop.dropId, session.account], ["uint256"]);
    return say("done.drop", item);
  });
  $("proposal").addEventListener("change", () => session && showProposal().catch((e) => status(say("failed", explain(e)), "failed")));
  for (const id of ["drop-collection", "drop-id"]) {
    $(id).addEventListener("change", () => session && dropOf().catch((e) => status(say("failed", explain(e)), "failed")));
  }
  if (data.prefill.proposal) $("proposal").value = data.prefill.proposal;
  if (data.prefill.collection) $("drop-collection").value = data.prefill.collection;
  if (data.prefill.drop) $("drop-id").value = data.prefill.drop;
  document.body.dataset.ready = "true";
}

wire();
