// Writes Caliper's network and benchmark configuration for a running Coterie devnet. Caliper's
// ethereum connector deploys contracts from bytecode by default; Coterie has no EVM, so the
// configuration names existing addresses with their ABI and the run skips Caliper's install phase
// (--caliper-flow-skip-install):
//   cpt   the CPT points token, program 0's ERC-20 precompile at 0x...2000 (LoyaltyToken.json)
//   sink  an ordinary account; the connector can only call contract methods, so a native transfer
//         is the call of a payable `pay()` there, whose 4 bytes of calldata the chain ignores
//         (a transaction to an account that is no precompile is a native transfer)
// One worker, signing as devnet member #4 (MEMBER_ROLE, 10,000 coins, 1,000 CPT): the connector
// counts nonces per worker, so workers need an account each (fromAddressSeed), which would first
// have to be admitted by the admin.
// usage: node prepare.mjs WS_URL HTTP_URL [TPS (200)] [SECONDS (30)]
import { readFileSync, writeFileSync } from "node:fs";

const [wsUrl, httpUrl, tpsArg = "200", secondsArg = "30"] = process.argv.slice(2);
if (!wsUrl || !httpUrl) {
  console.error("usage: node prepare.mjs WS_URL HTTP_URL [TPS (200)] [SECONDS (30)]");
  process.exit(2);
}
const tps = Number(tpsArg), seconds = Number(secondsArg);
const here = new URL(".", import.meta.url).pathname;
const SINK = "0x000000000000000000000000000000000000dEaD";
const CPT = "0x0000000000000000000000000000000000002000";
// Account #4 of the standard development mnemonic (Hardhat's and Anvil's), a devnet member.
const MEMBER = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const MEMBER_KEY = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";

const answer = await (await fetch(httpUrl, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
})).json();
const chainId = Number(answer.result);
writeFileSync(`${here}networkconfig.json`, JSON.stringify({
  caliper: { blockchain: "ethereum" },
  ethereum: {
    url: wsUrl,
    chainId,
    gasPrice: 0,
    transactionConfirmationBlocks: 1,
    fromAddress: MEMBER,
    fromAddressPrivateKey: MEMBER_KEY,
    contractDeployerAddress: MEMBER,
    contractDeployerAddressPrivateKey: MEMBER_KEY,
    contracts: {
      cpt: { address: CPT, abi: JSON.parse(readFileSync(`${here}../../chaincode/src/main/resources/abi/LoyaltyToken.json`, "utf8")), gas: { transfer: 200000 } },
      sink: { address: SINK, abi: [{ type: "function", name: "pay", inputs: [], outputs: [], stateMutability: "payable" }], gas: { pay: 30000 } },
    },
  },
}, null, 2));

const round = (label, args) => `    - label: ${label}
      txDuration: ${seconds}
      rateControl: { type: fixed-rate, opts: { tps: ${tps} } }
      workload:
        module: workloads/call.js
        arguments: ${JSON.stringify(args)}
`;
writeFileSync(`${here}benchconfig.yaml`, `test:
  name: coterie-devnet
  description: native transfers and CPT transfer()s through Caliper's ethereum connector
  workers:
    number: 1
  rounds:
${round("native-transfers", { contract: "sink", verb: "pay" })}${round("cpt-transfers", { contract: "cpt", verb: "transfer", args: [SINK, 0] })}`);
console.error(`caliper: 1 worker as member #4 ${MEMBER}; ${tps} tx/s for ${seconds} s per round`);
