// The desk in a real browser against a real desk on the sample wire: the live wire, keyboard navigation, an
// item's highlights, versions and ninjs, a FLASH posted through the API appearing live, a story's timeline,
// an entity page, the events view, an alert made from a search; every page on a phone, under axe-core's
// WCAG checks and by keyboard; no script errors anywhere. Screenshots go to test-output/screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startDesk, type RunningDesk } from '../../src/server/desk.ts';
import { SCREENSHOTS, axeViolations, buildDesk, hasChromium, launchChromium } from './browser.ts';

interface WireItem {
  uri: string;
  version?: string;
  urgency?: number;
  headlines?: Array<{ value: string }>;
  'x-wiredesk': {
    id: string;
    storyId?: string;
    versions?: unknown[];
    extraction?: { dateline?: { end: number }; timexes?: unknown[]; entities?: Array<{ id: string; start: number }>; quantities?: unknown[]; quotes?: unknown[] };
  };
}

const skip = hasChromium() ? false : 'needs Chromium at /usr/bin/chromium (apt-get install -y chromium) to run the desk in a browser';

describe('the desk in a browser', { skip }, () => {
  let desk: RunningDesk;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let items: WireItem[];
  /** Uncaught errors in any page the tests open: the last test asserts there were none. */
  const pageErrors: string[] = [];
  const watched = (p: Page) => {
    p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`));
    return p;
  };

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const api = async <T,>(path: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${desk.url}${path}`);
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  };

  before(async () => {
    buildDesk();
    mkdirSync(SCREENSHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'wd-web-'));
    desk = await startDesk({ dataDir, port: 0, loadSamples: true });
    items = (await api<{ items: WireItem[] }>('/v1/items?limit=500')).body.items;
    browser = await launchChromium();
    page = watched(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    page.setDefaultTimeout(8000);
  });

  after(async () => {
    await browser?.close();
    await desk?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('the wire lists the sample items newest first, flashes marked, and goes live', async () => {
    await page.goto(`${desk.url}/#/`);
    await page.locator('.wire .row').first().waitFor();
    const rows = await page.locator('.wire .row .headline').allTextContents();
    assert.equal(rows.length, Math.min(items.length, 100));
    assert.equal(rows[0], items[0].headlines?.[0]?.value, 'same order as the API: newest first');
    const flashes = items.filter((i) => i.urgency === 1).length;
    assert.equal(await page.locator('.wire .badge.flash').count(), flashes);
    await page.locator('.live').waitFor({ timeout: 5000 });
    await shot('wire');
  });

  test('j/k move the selection and Enter opens the item', async () => {
    await page.goto(`${desk.url}/#/`);
    await page.locator('.wire .row').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    assert.equal(await page.locator('.row.selected').getAttribute('data-index'), '1');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/#/item/${items[1]['x-wiredesk'].id}`);
    await page.locator('#item-title').waitFor();
    assert.equal(await page.locator('#item-title').textContent(), items[1].headlines?.[0]?.value);
  });

  test('an item shows its dates, names, quotes and counts highlighted, each with what it was read as', async () => {
    const rich = items.find((i) => {
      const x = i['x-wiredesk'].extraction;
      return x?.timexes?.length && x.entities?.length && x.quantities?.length;
    });
    assert.ok(rich, 'the sample wire has an item with dates, names and counts read');
    const x = rich['x-wiredesk'].extraction!;
    await page.goto(`${desk.url}/#/item/${rich['x-wiredesk'].id}`);
    await page.locator('.body .mark').first().waitFor();
    assert.ok((await page.locator('.body .mark.date').count()) >= 1, 'a date is highlighted');
    assert.ok((await page.locator('.body a.mark.entity').count()) >= 1, 'a name is highlighted');
    assert.ok((await page.locator('.body .mark.count').count()) >= 1, 'a count is highlighted');
    assert.match((await page.locator('.body .mark.date').first().getAttribute('title')) ?? '', /^(date|time|duration|set): /);
    assert.match((await page.locator('.body .mark.count').first().getAttribute('title')) ?? '', /^count: .*\d/);
    const entity = page.locator('.body a.mark.entity').first();
    assert.match((await entity.getAttribute('title')) ?? '', new RegExp(`: ${x.entities![0].id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await shot('item');
    if (x.quotes?.length) assert.ok((await page.locator('.body q.quote').count()) >= 1, 'a quote is marked');

    await page.getByRole('button', { name: 'ninjs JSON' }).click();
    const json = JSON.parse((await page.locator('pre.json').textContent()) ?? '{}') as { uri?: string };
    assert.equal(json.uri, rich.uri);
  });

  test('a corrected item shows a word diff between its versions', async () => {
    const revised = items.find((i) => Number(i.version) > 1);
    assert.ok(revised, 'the sample wire has a corrected item');
    await page.goto(`${desk.url}/#/item/${revised['x-wiredesk'].id}`);
    await page.getByRole('button', { name: /^Versions/ }).click();
    await page.locator('.diff').first().waitFor();
    assert.ok((await page.locator('.diff ins, .diff del').count()) >= 1, 'the change is marked');
    await shot('item-versions');
  });

  test('a FLASH posted through the API appears at the top of the open wire', async () => {
    assert.ok(desk.adminKey);
    await page.goto(`${desk.url}/#/`);
    await page.locator('.live').waitFor({ timeout: 5000 });
    const headline = `Test flash ${Date.now()}: dam gives way above river town`;
    const wire = [
      `Id: urn:test:flash-${Date.now()}`,
      'Version: 1',
      `Date: ${new Date().toISOString()}`,
      'Slug: test-flash',
      'News Flash',
      headline,
      'LIMA, Oct 6, 2026 (MP) - A dam gave way above a river town on Tuesday, officials said.',
      '',
    ].join('\n');
    const res = await fetch(`${desk.url}/v1/items`, { method: 'POST', headers: { Authorization: `Bearer ${desk.adminKey}`, 'Content-Type': 'text/plain' }, body: wire });
    assert.ok(res.ok, `ingest answered ${res.status}`);
    const top = page.locator('.wire .row').first();
    await top.locator('.headline', { hasText: headline }).waitFor({ timeout: 5000 });
    assert.equal(await top.locator('.badge.flash').textContent(), 'FLASH');
    await shot('wire-live-flash');
  });

  test('a story shows its items, sources, quoted people and a timeline linking to evidence', async () => {
    const stories = await api<{ stories: Array<{ id: string; title?: string; itemCount: number }> }>('/v1/stories?limit=100');
    assert.equal(stories.status, 200);
    assert.ok(stories.body.stories.length >= 1, 'the sample wire forms stories');
    await page.goto(`${desk.url}/#/stories`);
    await page.locator('.card').first().waitFor();
    assert.equal(await page.locator('.card').count(), stories.body.stories.length, 'one card per story');
    await shot('stories');

    const biggest = [...stories.body.stories].sort((a, b) => b.itemCount - a.itemCount)[0];
    const id = encodeURIComponent(biggest.id);
    const story = (await api<{ items: unknown[]; quotes: Array<{ speaker: string }> }>(`/v1/stories/${id}`)).body;
    const timeline = (await api<{ entries: Array<{ date: string; mod?: string; label: string }> }>(`/v1/stories/${id}/timeline`)).body;
    // The same words on the same date read as two types are one row (web/src/lib/story.ts mergeTimeline).
    const rows = new Set(timeline.entries.map((e) => `${e.date} ${e.mod ?? ''} ${e.label}`)).size;
    assert.ok(timeline.entries.length >= 1, 'the biggest sample story has a timeline');
    await page.locator('.card a', { hasText: biggest.title ?? biggest.id }).first().click();
    await page.locator('#story-title').waitFor();
    await page.locator('.timeline-entry').first().waitFor();
    assert.equal(await page.locator('.timeline-entry').count(), rows, 'one row per timeline entry');
    assert.ok((await page.locator('svg.timeline-axis a').count()) >= 1, 'dated entries are placed on the axis');
    assert.equal(await page.locator('#items-title + ol li').count(), story.items.length, 'the story lists its items');
    const speakers = new Set(story.quotes.map((q) => q.speaker));
    assert.equal(await page.locator('#quoted-title + table tbody tr').count(), speakers.size, 'one row per person quoted');
    await shot('story');
    const evidence = page.locator('.timeline-entry .evidence a').first();
    assert.match((await evidence.getAttribute('href')) ?? '', /^#\/item\//);
    await evidence.click();
    await page.locator('#item-title').waitFor();
  });

  test('an entity page charts its mentions and lists its aliases and company', async () => {
    // The name the most sample items mention in their text (the dateline's agency and place are not mentions):
    // a page with a chart and neighbours to show.
    const byItems = new Map<string, number>();
    for (const i of items) {
      const x = i['x-wiredesk'].extraction;
      const named = (x?.entities ?? []).filter((e) => e.start >= (x?.dateline?.end ?? 0)).map((e) => e.id);
      for (const id of new Set(named)) byItems.set(id, (byItems.get(id) ?? 0) + 1);
    }
    const entityId = [...byItems].sort((a, b) => b[1] - a[1])[0][0];
    const entity = await api<{ name: string; aliases: string[]; mentions: unknown[]; related: unknown[]; stories: unknown[] }>(`/v1/entities/${encodeURIComponent(entityId)}`);
    assert.equal(entity.status, 200);
    await page.goto(`${desk.url}/#/entity/${encodeURIComponent(entityId)}`);
    await page.locator('#entity-title').waitFor();
    assert.match((await page.locator('#entity-title').textContent()) ?? '', new RegExp(`^${entity.body.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.ok(entity.body.mentions.length >= 1, 'the name is mentioned on dated items');
    await page.locator('.chart canvas').waitFor();
    assert.equal(await page.locator('#stories-title + ul li').count(), entity.body.stories.length, 'the stories that name it');
    const aliases = entity.body.aliases.filter((a) => a !== entity.body.name);
    assert.equal(await page.locator('#aliases-title + .chips .chip').count(), aliases.length, 'every other name it goes by');
    assert.equal(await page.locator('#related-title + ul li').count(), Math.min(20, entity.body.related.length), 'the names it appears with');
    await shot('entity');
  });

  test('the events view counts events per week and a bar drills down to its items', async () => {
    const real = await api<{ events: Array<{ type: string; date?: string }> }>('/v1/events?bucket=week&limit=5000');
    assert.equal(real.status, 200);
    const types = new Set(real.body.events.filter((e) => e.date).map((e) => e.type));
    assert.ok(types.size >= 1, 'the sample wire has dated events');
    await page.goto(`${desk.url}/#/events`);
    await page.locator('#events-title').waitFor();
    await page.locator('.multiple canvas').first().waitFor();
    assert.equal(await page.locator('.multiple').count(), Math.min(8, types.size), 'one chart per event type (the eight most frequent)');
    const first = page.locator('.multiple').first();
    await first.locator('details summary').click();
    const cell = first.locator('button.link').first();
    const n = Number(((await cell.textContent()) ?? '').match(/\d+/)?.[0]);
    await cell.click();
    await page.locator('.drill li a').first().waitFor();
    assert.equal(await page.locator('.drill li').count(), n, 'the drill-down lists the events behind the count');
    assert.match((await page.locator('.drill li a').first().getAttribute('href')) ?? '', /^#\/item\//);
    await shot('events');
    await page.getByRole('button', { name: 'by actor' }).click();
    await page.locator('.multiple canvas').first().waitFor();
    await shot('events-by-actor');
  });

  test('a search becomes an alert: the desk asks for the key once, then creates the subscription', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${desk.url}/#/search?q=earthquake&urgency=3`);
    await page.locator('#wire-title', { hasText: 'Search' }).waitFor();
    await page.getByRole('button', { name: /Make this an alert/ }).click();
    const rule = await page.getByLabel('Rule').inputValue();
    assert.equal(rule, 'text ~ "earthquake" AND urgency <= 3');
    await page.getByRole('button', { name: 'Create alert' }).click();
    await page.locator('dialog[open]').waitFor();
    await page.locator('dialog[open]').getByRole('textbox', { name: 'Key', exact: true }).fill(desk.adminKey!);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Create alert' }).click();
    await page.getByRole('status').waitFor({ timeout: 5000 });
    assert.match((await page.getByRole('status').textContent()) ?? '', /Alert created/);
    const subs = (await (await fetch(`${desk.url}/v1/subscriptions`, { headers: { Authorization: `Bearer ${desk.adminKey}` } })).json()) as { subscriptions: Array<{ id: string; name: string; rule: unknown; links: { sse: string } }> };
    const made = subs.subscriptions.find((s) => s.name === '“earthquake”, urgency ≤ 3');
    assert.ok(made, 'the server keeps the new subscription under the name the desk gave it');
    assert.equal(await page.getByRole('status').getByRole('link', { name: /live/ }).getAttribute('href'), made.links.sse, 'the desk links to its live stream');
    await shot('alert');
  });

  /** Every page of the desk on the sample wire: its route and what shows it has rendered. */
  const pages = async () => {
    const story = (await api<{ stories: Array<{ id: string; itemCount: number }> }>('/v1/stories?limit=100')).body.stories.sort((a, b) => b.itemCount - a.itemCount)[0];
    const rich = items.find((i) => i['x-wiredesk'].extraction?.quotes?.length) ?? items[0];
    const entity = rich['x-wiredesk'].extraction?.entities?.[0]?.id ?? 'Colombia';
    return [
      { name: 'wire', hash: '#/', ready: '.wire .row' },
      { name: 'item', hash: `#/item/${rich['x-wiredesk'].id}`, ready: '.body .mark' },
      { name: 'stories', hash: '#/stories', ready: '.card' },
      { name: 'story', hash: `#/story/${encodeURIComponent(story.id)}`, ready: '.timeline-entry' },
      { name: 'entity', hash: `#/entity/${encodeURIComponent(entity)}`, ready: '#entity-title' },
      { name: 'events', hash: '#/events', ready: '.multiple canvas' },
      { name: 'search', hash: '#/search?q=quake', ready: '.wire .row' },
    ];
  };

  test('every page is readable on a phone: no sideways scrolling', async () => {
    const phone = watched(await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true }));
    try {
      for (const p of await pages()) {
        await phone.goto(`${desk.url}/${p.hash}`);
        await phone.locator(p.ready).first().waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 1, `${p.name}: no sideways scrolling (overflow ${overflow}px)`);
        await phone.screenshot({ path: join(SCREENSHOTS, `${p.name}-phone.png`), fullPage: p.name !== 'wire' });
      }
    } finally {
      await phone.close();
    }
  });

  test('every page passes axe-core WCAG 2.1 A and AA checks (contrast, names, labels) on a laptop and a phone', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const tab = watched(await browser.newPage({ viewport }));
      try {
        for (const p of await pages()) {
          await tab.goto(`${desk.url}/${p.hash}`);
          await tab.locator(p.ready).first().waitFor();
          const found = await axeViolations(tab);
          assert.deepEqual(found, [], `${p.name} at ${viewport.width}px`);
        }
      } finally {
        await tab.close();
      }
    }
  });

  test('the keyboard reaches everything: a skip link first, focus always visible, / to search, focus follows pages', async () => {
    const tab = watched(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    const focused = () =>
      tab.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, id: el.id, name: (el as HTMLInputElement).name, text: el.textContent, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1, row: el.closest('.row')?.getAttribute('data-index') };
      });
    try {
      await tab.goto(`${desk.url}/#/`);
      await tab.locator('.wire .row').first().waitFor();
      await tab.keyboard.press('Tab');
      assert.equal((await focused()).text, 'Skip to content');
      await tab.keyboard.press('Enter');
      assert.equal((await focused()).id, 'main');
      // The filters, then the rows: every stop shows a focus ring; a row takes the selection with the focus.
      let f = await focused();
      for (let stops = 0; !f.row && stops < 12; stops++) {
        await tab.keyboard.press('Tab');
        f = await focused();
        assert.ok(f.ring, `a focused ${f.tag} ${f.name || f.text} shows where focus is`);
      }
      assert.equal(f.row, '0', 'Tab reaches the first row after the filters');
      await tab.keyboard.press('Tab');
      // The selection follows the focus on the next render: wait for it (a slow machine read the row before it came).
      await tab.locator('.row.selected[data-index="1"]').waitFor({ timeout: 3000 }).catch(() => {});
      assert.equal(await tab.locator('.row.selected').getAttribute('data-index'), '1', 'the focused row is the selected row');
      const href = await tab.evaluate(() => document.activeElement?.getAttribute('href'));
      assert.match(href ?? '', /^#\/item\//);
      await tab.keyboard.press('Enter');
      await tab.waitForURL(`**/${href}`);
      await tab.locator('#item-title').waitFor();
      assert.equal((await focused()).id, 'main', 'a new page takes the focus to its start');
      await tab.goto(`${desk.url}/#/`);
      await tab.locator('.wire .row').first().waitFor();
      await tab.keyboard.press('/');
      assert.equal((await focused()).name, 'q', '/ jumps to the search field');
    } finally {
      await tab.close();
    }
  });

  test('no page threw an error', () => {
    assert.deepEqual(pageErrors, []);
  });
});
