// Drives the member page in headless chromium (Debian's, through puppeteer-core) with a DevTools
// virtual authenticator (CTAP2, internal transport, resident keys, user verification) standing in
// for the member's phone. Runs the steps given as JSON and prints one JSON line after "RESULT ":
// what each "read" step saw, the requests that left the node's origin and any page errors.
// Usage: node member-page.mjs STEPS.json
// Steps: {"do":"open","url":U,"phone":bool,"zh":bool} | {"do":"addCredential","credentialId":B64,
// "privateKey":B64 (PKCS#8),"userHandle":B64,"rpId":"localhost"} | {"do":"fill","id":I,"value":V}
// | {"do":"check","selector":S} | {"do":"click","id":I} | {"do":"submit","id":FORM}
// (waits for the status line to settle) | {"do":"waitFor","id":I,"text":REGEX} | {"do":"read"}
// | {"do":"screenshot","path":P}
import { readFileSync } from "node:fs";
import puppeteer from "puppeteer-core";

const steps = JSON.parse(readFileSync(process.argv[2], "utf8"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const readings = [];
const external = [];
const errors = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", (r) => {
    // the browser asks for /favicon.ico on its own; the page links none
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(`${r.status()} ${r.url()}`);
  });
  const cdp = await page.createCDPSession();
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  let origin = null;
  page.on("request", (request) => {
    if (origin && !request.url().startsWith(origin)) external.push(request.url());
  });
  const settle = () =>
    page.waitForFunction(
      () => {
        const s = document.getElementById("status");
        return s.classList.contains("ok") || s.classList.contains("failed");
      },
      { timeout: 90000 },
    );
  for (const step of steps) {
    switch (step.do) {
      case "open":
        origin = new URL(step.url).origin;
        if (step.phone) {
          await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        } else {
          await page.setViewport({ width: 1100, height: 900 });
        }
        await page.setExtraHTTPHeaders({ "Accept-Language": step.zh ? "zh-CN,zh;q=0.9" : "en" });
        await page.goto(step.url, { waitUntil: "load" });
        await page.waitForFunction(() => document.body.dataset.ready === "true", { timeout: 30000 });
        break;
      case "addCredential":
        await cdp.send("WebAuthn.addCredential", {
          authenticatorId,
          credential: {
            credentialId: step.credentialId,
            isResidentCredential: true,
            rpId: step.rpId || "localhost",
            privateKey: step.privateKey,
            userHandle: step.userHandle,
            signCount: 0,
          },
        });
        break;
      case "fill":
        await page.$eval(`#${step.id}`, (input) => (input.value = ""));
        await page.type(`#${step.id}`, step.value);
        break;
      case "check":
        await page.click(step.selector);
        break;
      case "click":
        await page.$eval("#status", (s) => (s.className = "", s.textContent = ""));
        await page.click(`#${step.id}`);
        await settle();
        break;
      case "submit":
        await page.$eval("#status", (s) => (s.className = "", s.textContent = ""));
        await page.$eval(`#${step.id} button[type=submit]`, (b) => b.click());
        await settle();
        break;
      case "waitFor":
        await page.waitForFunction(
          (id, pattern) => new RegExp(pattern).test(document.getElementById(id)?.textContent ?? ""),
          { timeout: 60000 },
          step.id,
          step.text,
        );
        break;
      case "read":
        readings.push(
          await page.evaluate(() => ({
            lang: document.documentElement.lang,
            title: document.querySelector("h1").textContent,
            status: document.getElementById("status").textContent,
            statusState: document.getElementById("status").className,
            signedIn: !document.getElementById("account").hidden,
            address: document.getElementById("address").textContent,
            balance: document.getElementById("balance").textContent,
            balanceUnits: document.getElementById("balance").dataset.units ?? null,
            tier: document.getElementById("tier").textContent,
            cards: [...document.querySelectorAll("#cards li")].map((li) => li.textContent),
            consents: [...document.querySelectorAll("#consents li")].map((li) => li.textContent),
            proposal: document.getElementById("proposal-info").textContent,
            scrollWidth: document.documentElement.scrollWidth,
            viewportWidth: window.innerWidth,
          })),
        );
        break;
      case "screenshot":
        await page.screenshot({ path: step.path, fullPage: true });
        break;
      default:
        throw new Error(`unknown step ${step.do}`);
    }
  }
  const credentials = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  console.log("RESULT " + JSON.stringify({ readings, external, errors, credentials: credentials.length }));
} finally {
  await browser.close();
}
