// Peer extractor for bench/extraction-speed.sh: Mozilla Readability.js on jsdom, one Node thread.
// Usage: node readability-js.mjs BENCH_DIR OUT_DIR
// Loads every BENCH_DIR/html/<id>.html.gz into memory first (so only extraction is timed), extracts a
// few pages untimed to let V8 compile the hot paths, then times one pass over all pages: jsdom's parse
// plus Readability's parse(), as a user of the pair would run them. Writes
//   OUT_DIR/predictions/readability-js.json  {"<id>": {"articleBody": text}}  (the benchmark's plain shape)
//   OUT_DIR/readability-js.json              {system, version, pages, failed, seconds, pages_per_s, cpu_seconds, pages_per_cpu_s, peak_rss_mb}
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { createRequire } from "node:module";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const WARMUP_PAGES = 5;
const [benchDir, outDir] = process.argv.slice(2);
if (!benchDir || !outDir) {
  console.error("usage: node readability-js.mjs BENCH_DIR OUT_DIR");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const version = `@mozilla/readability ${require("@mozilla/readability/package.json").version}, `
  + `jsdom ${require("jsdom/package.json").version}, node ${process.versions.node}`;

const truth = JSON.parse(readFileSync(join(benchDir, "ground-truth.json"), "utf8"));
const pages = readdirSync(join(benchDir, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((f) => {
    const id = f.slice(0, -".html.gz".length);
    return { id, url: truth[id]?.url, html: gunzipSync(readFileSync(join(benchDir, "html", f))).toString("utf8") };
  });

// CSS and script errors of saved pages are noise here; jsdom would print each one on the console.
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.textContent ?? "";
  } finally {
    dom.window.close(); // frees the document now rather than at some later GC
  }
}

for (const page of pages.slice(0, WARMUP_PAGES)) extract(page);

const predictions = {};
let failed = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const page of pages) {
  try {
    predictions[page.id] = { articleBody: extract(page) };
  } catch (e) {
    failed++;
    predictions[page.id] = { articleBody: "" };
    console.error(`readability-js: ${page.id}: ${e.message}`);
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpuUsed = process.cpuUsage(cpuStart);
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;

mkdirSync(join(outDir, "predictions"), { recursive: true });
writeFileSync(join(outDir, "predictions", "readability-js.json"), JSON.stringify(predictions));
const result = {
  system: "readability-js",
  version,
  pages: pages.length,
  failed,
  seconds,
  pages_per_s: pages.length / seconds,
  cpu_seconds: cpuSeconds,
  pages_per_cpu_s: pages.length / cpuSeconds,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
};
writeFileSync(join(outDir, "readability-js.json"), JSON.stringify(result, null, 2) + "\n");
console.log(`readability-js: ${pages.length} pages in ${seconds.toFixed(1)} s = ${result.pages_per_s.toFixed(2)} pages/s`
  + ` (${failed} failed, peak RSS ${result.peak_rss_mb.toFixed(0)} MB)`);
