// Fresh produce: a farm offers vegetable-box shares paid in points and a member subscribes, the farm
// registers a harvest, washes and packs it, ships it to a store, the store receives it, a consumer
// reads the trace, the member's first box is bound to the packed lot and traced, and a recall
// reaches the packed product.
// Usage: node fresh-produce.mjs [rpc-url]
import { ethers } from "ethers";
import { ADDRESSES, assert, cpt, events, formatCpt, latestTimestamp, mined, revertOf, run, runTag, say, short, signPermit, sleep, step } from "./lib.mjs";

// GS1 example identifiers (GTIN-14 and GLN with valid check digits); CBV 2.0 codes of IProvenance.sol
const HARVEST_GTIN = "10614141000019"; // loose lettuce, as harvested
const WASHED_GTIN = "10614141000026"; // washed lettuce
const PACKED_GTIN = "10614141000033"; // 150 g salad bag
const FARM_GLN = "0614141000005";
const STORE_GLN = "0614141000012";
const BIZ = { commissioning: 5, other: 21, packing: 22, receiving: 24, shipping: 33 };
const DISP = { active: 1, in_progress: 14, in_transit: 15, sellable_accessible: 29 };
const NO_DOCUMENT = [ethers.ZeroHash, ""];
const WEEK = 7 * 86_400;
const SHARE_PRICE = cpt(25);

await run("Fresh produce", async (chain) => {
  const { farm, shop: store, inspector } = chain.accounts;
  const member = chain.accounts.members[0];
  const shares = chain.farmShares;
  const provenance = chain.provenance;
  const tag = runTag();
  const at = async () => (await latestTimestamp(chain.provider)) - 5;

  step("The GTIN registry says whose lettuce GTINs these are");
  const [owner, key] = await chain.gtinRegistry.gtinOwner(HARVEST_GTIN);
  assert(owner === farm.address, "farm #2 owns the harvest GTIN");
  say(`   GTIN ${HARVEST_GTIN} falls under company prefix ${key}, registered to farm ${short(farm.address)}`);
  const squat = await revertOf(
    () => provenance.connect(store).commissionLot.staticCall(HARVEST_GTIN, `X-${tag}`, BIZ.commissioning, DISP.active, 1, FARM_GLN, FARM_GLN, false, 0, 0, ...NO_DOCUMENT),
    provenance,
  );
  assert(squat?.name === "AccessControlUnauthorizedAccount" || squat?.name === "GtinOwnedByOther", "nobody else commissions it");
  say(`   anyone else trying to commission it is refused (${squat.name})`);

  step("The farm offers shares of its summer vegetable boxes, paid in points");
  const seasonId = BigInt(Date.now());
  const seasonStart = (await latestTimestamp(chain.provider)) + 12;
  await mined(
    shares.connect(farm).offerSeasonByInterval(seasonId, `Summer box ${tag}`, 20, 0, SHARE_PRICE, seasonStart, 12, WEEK),
    "offerSeasonByInterval",
  );
  say(`   season ${seasonId}: 20 shares at ${formatCpt(SHARE_PRICE)} each, 12 weekly boxes from the season start`);

  step("A member subscribes to one share, paying with a signed permit in the same transaction");
  const farmBefore = await chain.points.balanceOf(farm.address);
  const deadline = seasonStart + 600;
  const permit = await signPermit(chain, member, ADDRESSES.farmShares, SHARE_PRICE, deadline);
  const subscribed = await mined(
    shares.connect(member).subscribeWithPermit(seasonId, 1, deadline, permit.v, permit.r, permit.s),
    "subscribeWithPermit",
  );
  assert(events(subscribed, shares, "SharesSubscribed").length === 1, "subscription recorded");
  assert((await chain.points.balanceOf(farm.address)) - farmBefore === SHARE_PRICE, "the farm received the share's price");
  assert((await shares.sharesOf(seasonId, member.address)) === 1n, "the member holds one share");
  say(`   member ${short(member.address)} holds 1 share; the farm received ${formatCpt(SHARE_PRICE)} (no approval transaction needed)`);

  step("The farm registers this morning's harvest");
  await mined(
    provenance.connect(farm).commissionLot(HARVEST_GTIN, `H-${tag}`, BIZ.commissioning, DISP.active, await at(), FARM_GLN, FARM_GLN, false, 0, 0, ...NO_DOCUMENT),
    "commissionLot",
  );
  const harvest = await provenance.lotIdOf(HARVEST_GTIN, `H-${tag}`);
  say(`   farm ${short(farm.address)} commissions lot H-${tag} of GTIN ${HARVEST_GTIN} at GLN ${FARM_GLN}`);

  step("The farm washes the lettuce and packs it into salad bags");
  await mined(
    provenance.connect(farm).transform([harvest], [WASHED_GTIN], [`W-${tag}`], BIZ.other, DISP.in_progress, await at(), FARM_GLN, FARM_GLN, false, 0, 0, ...NO_DOCUMENT),
    "transform (wash)",
  );
  const washed = await provenance.lotIdOf(WASHED_GTIN, `W-${tag}`);
  say(`   washing turns the harvest into lot W-${tag}`);
  const labReport = ethers.id(`lab report ${tag}: no pathogens found`);
  await mined(
    provenance.connect(farm).transform([washed], [PACKED_GTIN], [`P-${tag}`], BIZ.packing, DISP.active, await at(), FARM_GLN, FARM_GLN, true, 200, 450, labReport, `ipfs://lab-reports/${tag}`),
    "transform (pack)",
  );
  const packed = await provenance.lotIdOf(PACKED_GTIN, `P-${tag}`);
  say(`   packing turns it into salad bags P-${tag}, kept between 2.00 and 4.50 °C, with the lab report's hash`);

  step("The farm ships the bags to the store, which receives them");
  await mined(
    provenance.connect(farm).shipLots([packed], store.address, BIZ.shipping, DISP.in_transit, await at(), FARM_GLN, FARM_GLN, false, 0, 0, ...NO_DOCUMENT),
    "shipLots",
  );
  say(`   shipped to store ${short(store.address)}: in transit, custody still with the farm`);
  const received = await mined(
    provenance.connect(store).receiveLots([packed], BIZ.receiving, DISP.sellable_accessible, await at(), STORE_GLN, STORE_GLN, false, 0, 0, ...NO_DOCUMENT),
    "receiveLots",
  );
  assert(events(received, provenance, "CustodyTransferred").length === 1, "custody moved");
  assert((await provenance.custodianOf(packed)) === store.address, "the store holds the bags");
  say(`   received at GLN ${STORE_GLN}: the store is now the custodian`);

  step("A consumer scans the bag and reads its trace (provenance_getTrace)");
  const trace = await chain.provider.send("provenance_getTrace", [packed]);
  say(`   ${trace.lot.gtin} lot ${trace.lot.lotNumber} (${trace.lot.digitalLink}), held by ${short(trace.lot.custodian)}, recalled: ${trace.recalled}`);
  for (const event of trace.events) {
    say(`   - ${event.eventTime} ${event.type} ${event.bizStep.split(":").pop()}${event.disposition ? ` → ${event.disposition.split(":").pop()}` : ""}${event.readPoint ? ` at ${event.readPoint}` : ""}${event.sensor ? ` (${Number(event.sensor.minTemperatureCelsius).toFixed(2)}–${Number(event.sensor.maxTemperatureCelsius).toFixed(2)} °C)` : ""}${event.document ? ` [${event.document.uri}]` : ""}`);
  }
  say(`   came from: ${trace.backwardLineage.map((l) => `${l.gtin}/${l.lotNumber}`).join(" ← ")}`);
  assert(trace.events.length === 3, "packing, shipping and receiving");
  assert(trace.backwardLineage.length === 2, "washed and harvested lots behind the bag");
  assert(!trace.recalled, "not recalled yet");

  step("The season starts: the farm binds the member's first box to the salad bags' lot");
  while ((await latestTimestamp(chain.provider)) < seasonStart) await sleep(200);
  await mined(shares.connect(farm).deliver(seasonId, 0, packed), "deliver");
  const [indexes, lots] = await shares.deliveriesOf(seasonId, member.address);
  assert(indexes.length === 1 && lots[0] === packed, "the member's delivery is the packed lot");
  const box = await chain.provider.send("provenance_getTrace", [lots[0]]);
  assert(box.lot.gtin === PACKED_GTIN && box.lot.creator.toLowerCase() === farm.address.toLowerCase(), "the box traces to the farm's bags");
  say(`   box 1 of the member's season is lot ${box.lot.gtin}/${box.lot.lotNumber}: ${box.events.length} events, from ${box.backwardLineage.map((l) => `${l.gtin}/${l.lotNumber}`).join(" ← ")}`);
  const late = await revertOf(() => shares.connect(farm).refund.staticCall(seasonId, member.address), shares);
  assert(late?.name === "SeasonStarted", "no refunds once the season started");
  say(`   refunds are closed now that the season has started (${late.name})`);

  step("The lab finds listeria in the field: the farm recalls the harvest");
  const recalled = await mined(provenance.connect(farm).recall(harvest, ethers.id("listeria")), "recall");
  const reached = events(recalled, provenance, "LotRecalled").length;
  say(`   the recall of H-${tag} reaches ${reached} lots: the harvest, the washed lot and the bags`);
  assert(await provenance.isRecalled(packed), "the packed bags read as recalled");
  const after = await chain.provider.send("provenance_getTrace", [packed]);
  assert(after.recalled && after.lot.recalled, "the trace shows the recall");
  assert(after.lot.recallOrigin === harvest, "the recall started at the harvest");
  say(`   the consumer's page now says: RECALLED (origin ${short(after.lot.recallOrigin)}), do not eat`);
  await mined(provenance.connect(inspector).attest(after.events[0].eventId, ethers.id("recall verified")), "attest");
  const boxAfter = await chain.provider.send("provenance_getTrace", [lots[0]]);
  assert(boxAfter.recalled, "the member's box reads as recalled");
  say(`   the member's box 1 traces to the recall too: the member is told not to eat it`);
  say(`   inspector ${short(inspector.address)} attests the packing event as part of the recall review`);
});
