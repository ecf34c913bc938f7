// Beauty community: a content reward, a gasless permit, votes by signature, a redemption, and a
// trial sample claimed by signature that its buyer reviews (a verified review, rewarded).
// Usage: node beauty.mjs [rpc-url]
import { ethers } from "ethers";
import { ADDRESSES, abi, assert, closeAndExecuteSignal, cpt, events, formatCpt, latestTimestamp, mined, proposeSignal, revertOf, run, runTag, say, short, signPermit, step } from "./lib.mjs";

const CONTENT = 3; // behaviour kinds: 0 referral, 1 review, 2 share, 3 content

await run("Beauty community", async (chain) => {
  const { brand, shop, members } = chain.accounts;
  const bea = members[1];
  const tag = runTag();

  step("The brand sets its behaviour rewards");
  await mined(
    chain.programs.connect(brand).setBehaviourRewards(0, [cpt(50), cpt(20), cpt(10), cpt(100)]),
    "setBehaviourRewards",
  );
  say("   Coterie Points now reward a referral 50, a review 20, a share 10 and a piece of content 100 CPT");

  step("Bea posts a tutorial video and lets the shop use it for her reward; the shop rewards her content");
  const videoId = ethers.id(`video-${tag}`);
  const contentPurpose = ethers.id("coterie.behaviour.content"); // loyalty 2: a behaviour reward needs this consent
  const refused = await revertOf(() => chain.points.connect(shop).rewardBehaviour.staticCall(bea.address, CONTENT, videoId), chain.points);
  assert(refused?.name === "ConsentNotGranted" && refused.args.purpose === contentPurpose, "without consent the reward is refused, naming the purpose");
  say("   without her consent the shop cannot: ConsentNotGranted(Bea, shop, content)");
  await mined(chain.consent.connect(bea).grantConsent(shop.address, contentPurpose, ethers.ZeroHash, 0), "grantConsent");
  say(`   Bea grants shop ${short(shop.address)} consent for purpose "coterie.behaviour.content"`);
  const before = await chain.points.balanceOf(bea.address);
  const rewarded = await mined(chain.points.connect(shop).rewardBehaviour(bea.address, CONTENT, videoId), "rewardBehaviour");
  const [reward] = events(rewarded, chain.points, "BehaviourRewarded");
  assert(reward.args.amount === cpt(100), "content earns 100 CPT");
  const afterReward = await chain.points.balanceOf(bea.address);
  assert(afterReward - before === cpt(100), "balance grew by 100 CPT");
  say(`   ${formatCpt(reward.args.amount)} for video-${tag}; Bea holds ${formatCpt(afterReward)} (tier ${await chain.points.tierOf(bea.address)})`);

  step("Bea pays for a sample box with a gasless permit: she signs, the shop sends");
  const sentBefore = await chain.provider.getTransactionCount(bea.address);
  const deadline = (await latestTimestamp(chain.provider)) + 3600;
  const value = cpt(80);
  const signature = await signPermit(chain, bea, shop.address, value, deadline);
  say(`   Bea signs an EIP-712 permit for ${formatCpt(value)} to shop ${short(shop.address)} (no transaction, no gas)`);
  await mined(chain.points.connect(shop).permit(bea.address, shop.address, value, deadline, signature.v, signature.r, signature.s), "permit");
  assert((await chain.points.allowance(bea.address, shop.address)) === value, "allowance set by the permit");
  await mined(chain.points.connect(shop).transferFrom(bea.address, shop.address, value), "transferFrom");
  assert((await chain.provider.getTransactionCount(bea.address)) === sentBefore, "Bea sent no transaction");
  say(`   the shop submitted the permit and collected ${formatCpt(value)}; Bea sent no transaction at all`);

  step("Bea mints her post as a work; Cleo buys it, and when the shop licenses it Bea earns her royalty");
  const cleo = members[2];
  const postHash = ethers.id(`post-${tag}`); // the content stays off chain; its hash and URI go on chain
  const minted = await mined(chain.works.connect(bea).mintWork(postHash, `ipfs://post-${tag}`, 1000), "mintWork");
  const [work] = events(minted, chain.works, "WorkMinted");
  const workId = work.args.tokenId;
  const duplicate = await revertOf(() => chain.works.connect(cleo).mintWork.staticCall(postHash, "ipfs://copy", 0), chain.works);
  assert(duplicate?.name === "ContentAlreadyMinted", "the same content cannot be minted twice");
  say(`   work #${workId} (royalty 10 %); Cleo minting the same content is refused: ContentAlreadyMinted`);
  await mined(chain.works.connect(bea).sell(workId, cleo.address, 0, cpt(30)), "sell");
  await mined(chain.points.connect(cleo).approve(ADDRESSES.works, cpt(30)), "approve");
  await mined(chain.works.connect(cleo).buy(workId), "buy");
  assert((await chain.works.ownerOf(workId)) === cleo.address, "Cleo holds the work");
  say(`   Bea sells it to Cleo for ${formatCpt(cpt(30))}, paid and delivered in one transaction`);
  const beaBeforeUse = await chain.points.balanceOf(bea.address);
  const cleoBeforeUse = await chain.points.balanceOf(cleo.address);
  await mined(chain.points.connect(shop).approve(ADDRESSES.works, cpt(40)), "approve");
  const used = await mined(chain.works.connect(shop).buyUse(workId, 0, cpt(40)), "buyUse");
  const [use] = events(used, chain.works, "UsePurchased");
  assert(use.args.royalty === cpt(4), "the royalty is 10 % of the price");
  assert((await chain.points.balanceOf(bea.address)) - beaBeforeUse === cpt(4), "Bea earned exactly her royalty");
  assert((await chain.points.balanceOf(cleo.address)) - cleoBeforeUse === cpt(36), "Cleo earned the rest");
  say(`   the shop pays ${formatCpt(cpt(40))} for a use in its campaign: Cleo gets ${formatCpt(cpt(36))}, Bea her royalty of ${formatCpt(use.args.royalty)}`);

  step("The community votes on a new scent, by signature");
  const description = `Scent ${tag}: fig & vetiver joins the range`;
  say(`   Bea proposes: "${description}"`);
  const id = await proposeSignal(chain, bea, description);
  const ballotDomain = {
    name: await chain.governor.name(),
    version: await chain.governor.version(),
    chainId: chain.chainId,
    verifyingContract: ADDRESSES.governor,
  };
  const ballotTypes = {
    Ballot: [
      { name: "proposalId", type: "uint256" },
      { name: "support", type: "uint8" },
      { name: "voter", type: "address" },
      { name: "nonce", type: "uint256" },
    ],
  };
  for (const voter of members.slice(0, 4)) {
    const ballot = { proposalId: id, support: 1, voter: voter.address, nonce: await chain.governor.nonces(voter.address) };
    const signed = await voter.signTypedData(ballotDomain, ballotTypes, ballot);
    const r = await mined(chain.governor.connect(shop).castVoteBySig(id, 1, voter.address, signed), "castVoteBySig");
    const [vote] = events(r, chain.governor, "VoteCast");
    assert(vote.args.voter === voter.address, "the vote counts for the signer");
    say(`   ${short(voter.address)} signs a vote for; the shop relays it (weight ${vote.args.weight})`);
  }
  await closeAndExecuteSignal(chain, id, description, brand);

  step("Bea redeems points for a voucher");
  const ref = ethers.id(`voucher-${tag}`);
  const balance = await chain.points.balanceOf(bea.address);
  const redeemed = await mined(chain.points.connect(bea).redeem(cpt(200), ref), "redeem");
  const [redemption] = events(redeemed, chain.points, "Redeemed");
  assert(redemption.args.amount === cpt(200), "Redeemed 200 CPT");
  const left = await chain.points.balanceOf(bea.address);
  assert(balance - left === cpt(200), "200 CPT burnt");
  say(`   ${formatCpt(redemption.args.amount)} burnt for voucher-${tag}; Bea keeps ${formatCpt(left)}`);

  await sampleAndVerifiedReview(chain, tag);
});

// --- Trial sample and verified review (sample campaigns 0x…100d, reviews 0x…100e) ---
// (a function declaration: the run above awaits it before any const below this line would exist)
async function sampleAndVerifiedReview(chain, tag) {
  const SAMPLES = "0x000000000000000000000000000000000000100d";
  const REVIEWS = "0x000000000000000000000000000000000000100e";
  const REVIEW = 1; // behaviour kind of a review
  const { brand, shop, members } = chain.accounts;
  const [bea, cleo] = [members[1], members[2]];
  const samples = new ethers.Contract(SAMPLES, abi("SampleCampaigns"), chain.provider);
  const reviews = new ethers.Contract(REVIEWS, abi("Reviews"), chain.provider);

  step("The brand offers two trial samples of a serum to card holders; Bea claims hers by signature");
  const product = ethers.id(`gtin:04006381333931-${tag}`);
  const tier = await chain.cards.tierOf(await chain.cards.tokenOfOwnerByIndex(bea.address, 0));
  const now = await latestTimestamp(chain.provider);
  const created = await mined(samples.connect(brand).createCampaign(product, 2, now, now + 3600, 0, tier, ethers.ZeroHash, shop.address), "createCampaign");
  const id = events(created, samples, "CampaignCreated")[0].args.campaignId;
  say(`   campaign ${id}: 2 samples for member-card holders of tier ${tier}+, one each, for an hour; shop ${short(shop.address)} ships`);
  const deadline = now + 600;
  const domain = { name: "Coterie Samples", version: "1", chainId: chain.chainId, verifyingContract: SAMPLES };
  const types = { SampleClaim: [{ name: "campaignId", type: "uint256" }, { name: "member", type: "address" }, { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" }] };
  const signed = ethers.Signature.from(await bea.signTypedData(domain, types, { campaignId: id, member: bea.address, nonce: await samples.nonces(bea.address), deadline }));
  const claimed = await mined(samples.connect(shop).claimBySig(id, bea.address, deadline, signed.v, signed.r, signed.s), "claimBySig");
  const [claim] = events(claimed, samples, "SampleClaimed");
  assert(claim.args.member === bea.address && claim.args.remaining === 1n, "Bea's claim counted, one sample left");
  const purchaseId = claim.args.purchaseId;
  say(`   Bea signs, the shop relays: purchase ${purchaseId} recorded, ${claim.args.remaining} sample left`);
  const again = await revertOf(() => samples.connect(bea).claim.staticCall(id), samples);
  assert(again?.name === "AlreadyClaimed", "one sample per member");
  say("   a second claim by Bea is refused: AlreadyClaimed");
  await mined(samples.connect(shop).markFulfilled(id, bea.address, ethers.id(`DHL-${tag}`)), "markFulfilled");
  say("   the shop marks her sample shipped");

  step("Only the buyer reviews: Bea rates the serum, the shop rewards her verified review");
  const notBuyer = await revertOf(() => reviews.connect(cleo).postReview.staticCall(purchaseId, 1, ethers.id("fake")), reviews);
  assert(notBuyer?.name === "NotPurchaseBuyer", "someone who did not get the sample cannot review it");
  say("   Cleo, who has no purchase of it, cannot review: NotPurchaseBuyer");
  const posted = await mined(reviews.connect(bea).postReview(purchaseId, 5, ethers.id(`Lovely texture, no scent (${tag})`)), "postReview");
  const reviewId = events(posted, reviews, "ReviewPosted")[0].args.reviewId;
  const twice = await revertOf(() => reviews.connect(bea).postReview.staticCall(purchaseId, 1, ethers.id("again")), reviews);
  assert(twice?.name === "AlreadyReviewed", "one review per purchase");
  const [numerator, denominator] = await reviews.averageRating(product);
  const stars = await reviews.ratingDistribution(product);
  assert(numerator === 5n && denominator === 1n && stars[4] === 1n, "one 5-star review");
  say(`   review ${reviewId}: 5 stars, average ${numerator}/${denominator}; a second review of the purchase is refused`);
  await mined(chain.consent.connect(bea).grantConsent(shop.address, ethers.id("coterie.behaviour.review"), ethers.ZeroHash, 0), "grantConsent");
  const rewarded = await mined(chain.points.connect(shop).rewardBehaviour(bea.address, REVIEW, await reviews.rewardRef(reviewId)), "rewardBehaviour");
  const [reward] = events(rewarded, chain.points, "BehaviourRewarded");
  assert(reward.args.amount === cpt(20), "a review earns 20 CPT");
  say(`   with her consent for "coterie.behaviour.review", the shop rewards the review: ${formatCpt(reward.args.amount)}`);
}
