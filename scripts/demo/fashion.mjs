// Fashion brand: a member card, points on a purchase, a design vote through the governor and a
// member-only drop paid in points, then a dividend the members vote and claim. Usage: node fashion.mjs [rpc-url]
import { ethers } from "ethers";
import { abi, ADDRESSES, assert, closeAndExecute, closeAndExecuteSignal, cpt, events, formatCpt, latestTimestamp, mined, propose, proposeSignal, revertOf, run, runTag, say, short, signPermit, step } from "./lib.mjs";

await run("Fashion brand", async (chain) => {
  const { brand, shop, auditor, members } = chain.accounts;
  const alice = members[0];
  const tag = runTag();

  step("Alice shows her member card");
  const cardId = await chain.cards.tokenOfOwnerByIndex(alice.address, 0);
  assert((await chain.cards.ownerOf(cardId)) === alice.address, "Alice owns her card");
  assert(await chain.cards.locked(cardId), "the card is soulbound");
  say(`   Alice (${short(alice.address)}) holds "${await chain.cards.name()}" #${cardId}, tier ${await chain.cards.tierOf(cardId)}, soulbound: it can never be sold or moved`);
  say(`   card page: ${await chain.cards.tokenURI(cardId)}`);

  step("Alice buys a jacket; the shop awards 120 CPT for the order");
  const before = await chain.points.balanceOf(alice.address);
  const orderRef = `order-${tag}`;
  const receipt = await mined(
    chain.points.connect(shop).award(alice.address, cpt(120), ethers.id(orderRef)),
    "award",
  );
  const [awarded] = events(receipt, chain.points, "Awarded");
  assert(awarded.args.amount === cpt(120), "Awarded 120 CPT");
  const after = await chain.points.balanceOf(alice.address);
  assert(after - before === cpt(120), "balance grew by 120 CPT");
  say(`   shop ${short(shop.address)} awarded ${formatCpt(awarded.args.amount)} for ${orderRef}; Alice now holds ${formatCpt(after)}`);
  const again = await revertOf(() => chain.points.connect(shop).award.staticCall(alice.address, cpt(120), ethers.id(orderRef)), chain.points);
  say(`   the same order cannot earn twice: the chain answers ${again.name}`);

  step("Members vote on the autumn design (a signal vote: no calls, just the decision)");
  const description = `Autumn ${tag}: the ochre trench coat goes into production`;
  say(`   Alice proposes: "${description}" (one card is enough to propose)`);
  const id = await proposeSignal(chain, alice, description);
  for (const [i, voter] of members.slice(0, 5).entries()) {
    const support = i < 4 ? 1 : 0;
    const r = await mined(chain.governor.connect(voter).castVote(id, support), "castVote");
    const [vote] = events(r, chain.governor, "VoteCast");
    say(`   member ${short(voter.address)} votes ${support === 1 ? "for" : "against"} with ${vote.args.weight} card vote`);
  }
  await closeAndExecuteSignal(chain, id, description, brand);

  step("A member-only drop of the ochre trench, paid in points, delivered as a token");
  const itemsReceipt = await mined(
    chain.collections.connect(brand).createCollection(`Ochre Trench ${tag}`, "OCHRE", "https://devnet.coterie.example/trench/", false),
    "createCollection",
  );
  const [itemsCreated] = events(itemsReceipt, chain.collections, "CollectionCreated");
  const items = new ethers.Contract(itemsCreated.args.token, abi("MembershipCard"), chain.provider);
  const now = await latestTimestamp(chain.provider);
  const price = cpt(100);
  const dropReceipt = await mined(
    chain.cards.connect(brand).createDrop(now, now + 3600, 3, itemsCreated.args.id, 0, price),
    "createDrop",
  );
  const [drop] = events(dropReceipt, chain.cards, "DropCreated");
  const dropId = drop.args.dropId;
  say(`   the brand opens drop ${dropId}: 3 pieces at ${formatCpt(price)}, card holders now, everyone else in an hour`);
  assert(await chain.cards.canBuy(dropId, alice.address), "Alice may buy");
  assert(!(await chain.cards.canBuy(dropId, auditor.address)), "a non-member may not buy yet");
  const deadline = now + 3600;
  const sig = await signPermit(chain, alice, ADDRESSES.cards, price, deadline);
  const paidBefore = await chain.points.balanceOf(alice.address);
  const bought = await mined(chain.cards.connect(alice).buyWithPermit(dropId, deadline, sig.v, sig.r, sig.s), "buyWithPermit");
  const [purchase] = events(bought, chain.cards, "DropPurchased");
  assert(purchase.args.duringMemberWindow, "bought in the member window");
  assert(paidBefore - (await chain.points.balanceOf(alice.address)) === price, "Alice paid the price in CPT");
  assert((await items.ownerOf(purchase.args.itemTokenId)) === alice.address, "Alice holds the item token");
  say(`   Alice signs a permit and buys piece #${purchase.args.serial} in one transaction: ${formatCpt(price)} to the brand, item token #${purchase.args.itemTokenId} of "${await items.name()}" to her`);
  const refused = await revertOf(() => chain.cards.connect(auditor).buy.staticCall(dropId), chain.cards);
  assert(refused.name === "DropNotOpen", `non-member refused with ${refused.name}`);
  say(`   ${short(auditor.address)}, who holds no card, is refused: ${refused.name} (opens for them at ${new Date(Number(refused.args.opensAt) * 1000).toISOString()})`);

  step("Members vote a dividend: the brand pays 60 CPT of drop revenue into the DAO, shared by card");
  const dividend = cpt(60);
  await mined(chain.points.connect(brand).transfer(ADDRESSES.governor, dividend), "transfer");
  say(`   the brand moves ${formatCpt(dividend)} to the governor ${short(ADDRESSES.governor)}, which spends only what a vote decides`);
  const snapshot = await chain.provider.getBlockNumber();
  const expiry = snapshot + 600;
  const targets = [ADDRESSES.points, ADDRESSES.profitSharing];
  const calldatas = [
    chain.points.interface.encodeFunctionData("approve", [ADDRESSES.profitSharing, dividend]),
    chain.sharing.interface.encodeFunctionData("openRound", [0, dividend, 1, 0, snapshot, expiry]),
  ];
  const dividendText = `Dividend ${tag}: ${formatCpt(dividend)} to card holders at block ${snapshot}`;
  const dividendId = await propose(chain, alice, targets, calldatas, dividendText);
  for (const voter of members.slice(0, 4)) {
    await mined(chain.governor.connect(voter).castVote(dividendId, 1), "castVote");
  }
  say("   four of six members vote for");
  const executed = await closeAndExecute(chain, dividendId, targets, calldatas, dividendText, brand);
  const [opened] = events(executed, chain.sharing, "RoundOpened");
  const roundId = opened.args.roundId;
  say(`   the executed proposal opened round ${roundId}: ${formatCpt(opened.args.amount)} over ${opened.args.totalWeight} cards at block ${opened.args.snapshotBlock}, claimable until block ${opened.args.expiryBlock}`);
  const share = await chain.sharing.claimable(roundId, alice.address);
  const heldBefore = await chain.points.balanceOf(alice.address);
  const claimReceipt = await mined(chain.sharing.connect(alice).claim(roundId), "claim");
  const [claimed] = events(claimReceipt, chain.sharing, "ShareClaimed");
  assert(claimed.args.amount === share && share > 0n, "Alice received her share");
  assert((await chain.points.balanceOf(alice.address)) - heldBefore === share, "Alice's balance grew by her share");
  say(`   Alice claims her share: ${formatCpt(share)} (amount × her 1 card ÷ ${opened.args.totalWeight} cards, rounded down)`);
  const twice = await revertOf(() => chain.sharing.connect(alice).claim.staticCall(roundId), chain.sharing);
  assert(twice.name === "AlreadyClaimed", `second claim refused with ${twice.name}`);
  say(`   a second claim is refused: ${twice.name}; what nobody claims by block ${expiry} goes back to the DAO with reclaimExpired`);
});
