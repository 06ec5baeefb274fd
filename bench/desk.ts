// npm run bench:desk — first render of the wire in headless Chromium with 10,000 items in the store.
// Fills a temporary data folder with 10,000 Reuters-21578 items through the whole flow (parse, extract, store,
// stories), or with synthetic wire items when ../shared is absent, starts a real desk on it, and loads the wire
// RUNS times, each in a fresh browser context (nothing cached: a first visit). For each load it reads, from the
// browser's own clocks (ms since navigation start): first contentful paint, the /v1/items response, the first
// wire row in the DOM, and the frame that shows it painted. The same loads against a desk holding only
// the bundled sample wire are the baseline, interleaved so machine noise hits both alike. Target: < 1 s.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { startDesk, type RunningDesk } from '../src/server/desk.ts';
import { buildDesk, hasChromium, launchChromium, CHROMIUM } from '../test/web/browser.ts';

const ITEMS = Number(process.env.ITEMS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 7);
const SHARED = process.env.WIREDESK_SHARED ?? resolve(import.meta.dirname, '../../shared');
const REUTERS = join(SHARED, 'data/reuters21578');

if (!hasChromium()) {
  console.error(`bench:desk needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${Math.round(n)} ms`;

/** Wire-text items, one file each, for when Reuters-21578 is not beside the checkout. */
function syntheticWire(n: number): Array<{ name: string; bytes: Uint8Array }> {
  const places = ['LIMA', 'OSLO', 'NAIROBI', 'HAVANA', 'ROTTERDAM', 'RIGA', 'BOGOTA', 'PARIS'];
  return Array.from({ length: n }, (_, i) => {
    const place = places[i % places.length];
    const when = new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
    const text = [
      `Id: urn:bench:desk-${i}`,
      'Version: 1',
      `Date: ${when}`,
      `Slug: bench-${i}`,
      `Bench item ${i}: port talks resume in ${place.toLowerCase()}`,
      `${place}, Oct 6, 2026 (MP) - Talks between the port authority and the dockworkers' union resumed on Tuesday, officials said, after ${i % 90} ships queued offshore.`,
      '',
    ].join('\n');
    return { name: `synthetic-${i}.txt`, bytes: new TextEncoder().encode(text) };
  });
}

async function fill(desk: RunningDesk): Promise<{ source: string; items: number; seconds: number }> {
  const t = performance.now();
  let source: string;
  if (existsSync(REUTERS)) {
    source = 'Reuters-21578 (whole flow: parse, extract, store, stories)';
    for (const f of readdirSync(REUTERS).filter((f) => f.endsWith('.sgm')).sort()) {
      if (desk.ctx.store.count() >= ITEMS) break;
      desk.ctx.ingestor.ingestBytes(new Uint8Array(readFileSync(join(REUTERS, f))), f);
    }
  } else {
    source = `synthetic wire text (${REUTERS} not found)`;
    for (const f of syntheticWire(ITEMS)) desk.ctx.ingestor.ingestBytes(f.bytes, f.name);
  }
  return { source, items: desk.ctx.store.count(), seconds: (performance.now() - t) / 1000 };
}

interface Load {
  fcp: number;
  itemsResponse: number;
  itemsBytes: number;
  rowInserted: number;
  firstRow: number;
  rows: number;
}

/** Runs in the page before its own scripts: notes when the first wire row is inserted and when the frame that
 *  shows it has been painted (the second animation frame after insertion starts once that paint is done).
 *  Element Timing would say it directly, but headless Chromium reports no element entries. */
function watchFirstRow(): void {
  const w = window as unknown as { firstRow?: { inserted: number; painted?: number } };
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.wire .row')) return;
    seen.disconnect();
    w.firstRow = { inserted: performance.now() };
    requestAnimationFrame(() => requestAnimationFrame((t) => (w.firstRow!.painted = t)));
  });
  seen.observe(document, { childList: true, subtree: true });
}

/** One first visit: a fresh context, the wire loaded, figures read from the page's own clocks. */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchFirstRow);
  const page = await context.newPage();
  try {
    await page.goto(`${url}/#/`);
    await page.waitForFunction(() => (window as unknown as { firstRow?: { painted?: number } }).firstRow?.painted !== undefined, null, { timeout: 10_000 });
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/v1/items?')) as PerformanceResourceTiming | undefined;
      const row = (window as unknown as { firstRow: { inserted: number; painted: number } }).firstRow;
      return {
        fcp,
        itemsResponse: api?.responseEnd ?? NaN,
        itemsBytes: api?.encodedBodySize ?? NaN,
        rowInserted: row.inserted,
        firstRow: row.painted,
        rows: document.querySelectorAll('.wire .row').length,
      };
    });
  } finally {
    await context.close();
  }
}

buildDesk();
const DIST = join(import.meta.dirname, '../web/dist');
const kib = (paths: string[]) => `${(paths.reduce((n, p) => n + statSync(join(DIST, p)).size, 0) / 1024).toFixed(0)} KiB`;
const allAssets = readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`);
// What the first visit loads: the script and style index.html names (chart pages load later, when opened).
const firstLoad = [...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
const dirs = { big: mkdtempSync(join(tmpdir(), 'wd-bench-desk-')), sample: mkdtempSync(join(tmpdir(), 'wd-bench-desk-')) };
const big = await startDesk({ dataDir: dirs.big, port: 0 });
const sample = await startDesk({ dataDir: dirs.sample, port: 0, loadSamples: true });
const filled = await fill(big); // before the browser starts: filling holds the event loop for a minute
const browser = await launchChromium();
try {
  console.log(`store: ${filled.items.toLocaleString('en-US')} items from ${filled.source}, filled in ${filled.seconds.toFixed(1)} s`);
  console.log(`baseline: the bundled sample wire, ${sample.ctx.store.count()} items`);
  console.log(`desk assets: ${kib(firstLoad)} on the first visit (${firstLoad.length} files), ${kib(allAssets)} in all (${allAssets.length} files), uncompressed`);

  await load(browser, big.url); // warm-up: the server's first queries and Chromium's first process
  const runs: Record<'big' | 'sample', Load[]> = { big: [], sample: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.big.push(await load(browser, big.url));
    runs.sample.push(await load(browser, sample.url));
  }

  console.log(`first visit to the wire at 1280x900, median of ${RUNS} loads (ms since navigation start):`);
  const row = (name: string, pick: (l: Load) => number) => {
    const b = runs.big.map(pick);
    const s = runs.sample.map(pick);
    console.log(
      `  ${name.padEnd(26)} ${ms(median(b)).padStart(8)} with ${filled.items} items   ${ms(median(s)).padStart(8)} with ${sample.ctx.store.count()}   ratio ${(median(b) / median(s)).toFixed(2)}   runs: ${b.map(Math.round).join(', ')}`,
    );
  };
  row('first contentful paint', (l) => l.fcp);
  row('/v1/items response end', (l) => l.itemsResponse);
  row('first wire row in the DOM', (l) => l.rowInserted);
  row('first wire row painted', (l) => l.firstRow);
  console.log(`  rows rendered: ${runs.big[0].rows}; the first page of /v1/items: ${(runs.big[0].itemsBytes / 1024).toFixed(0)} KiB with ${filled.items} items, ${(runs.sample[0].itemsBytes / 1024).toFixed(0)} KiB with ${sample.ctx.store.count()}`);
  const firstRow = median(runs.big.map((l) => l.firstRow));
  console.log(`target: first row < 1000 ms with ${ITEMS.toLocaleString('en-US')} items — ${firstRow < 1000 ? 'met' : 'NOT met'} (${ms(firstRow)})`);
} finally {
  await browser.close();
  await big.close();
  await sample.close();
  for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
}
