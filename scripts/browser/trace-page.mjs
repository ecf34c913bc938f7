// Opens a trace page in headless chromium (Debian's, through puppeteer-core), waits for the page's
// own proof check to finish, and prints what a person would read as one JSON line after "RESULT ":
// the steps, the proof line and its state, the recall banner. Takes a screenshot.
// Usage: node trace-page.mjs URL SCREENSHOT.png [phone] [zh]
import puppeteer from "puppeteer-core";

const [url, screenshot, ...flags] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  const external = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(url).origin)) external.push(request.url());
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  if (flags.includes("phone")) {
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  } else {
    await page.setViewport({ width: 1280, height: 900 });
  }
  if (flags.includes("zh")) await page.setExtraHTTPHeaders({ "Accept-Language": "zh-CN,zh;q=0.9" });
  const response = await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => !document.getElementById("proof-status")?.classList.contains("checking"), { timeout: 60000 });
  const result = await page.evaluate(() => ({
    title: document.querySelector("h1")?.textContent,
    steps: [...document.querySelectorAll("li.step")].map((li) => ({
      bizStep: li.dataset.bizstep,
      text: li.innerText.replace(/\s+/g, " ").trim(),
    })),
    proof: document.getElementById("proof-status").textContent,
    proofState: document.getElementById("proof-status").className,
    recall: document.getElementById("recall")?.textContent ?? null,
    qr: !!document.querySelector("#qr svg"),
    scrollWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  }));
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log("RESULT " + JSON.stringify({ status: response.status(), external, errors, ...result }));
} finally {
  await browser.close();
}
