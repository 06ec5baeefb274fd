// Plain wire text: the seed story in ../shared/corpus/seed (AFP copy redistributed by BSS, hard-wrapped at
// ~80 columns, a new paragraph only where a line ends a sentence) and small inputs for the header rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseBytes } from '../../src/formats/index.ts';
import type { Item } from '../../src/item/types.ts';
import { shared } from '../shared.ts';

const SEED = shared('corpus/seed/afp-baghdad-2024-01-27.txt');
const skip = existsSync(SEED) ? false : `${SEED} not found (set WIREDESK_SHARED to the shared folder)`;

const paragraphsOf = (item: Item) => item.bodies?.[0]?.value.split('\n\n') ?? [];

function parseOne(text: string): Item {
  const result = parseBytes(new TextEncoder().encode(text), 'test.txt');
  assert.deepEqual(result.failures.map((f) => f.code), []);
  assert.equal(result.items.length, 1);
  return result.items[0];
}

test('the seed: "News Flash" is urgency 1, the dateline is Baghdad, 2024-01-27, BSS distributing AFP', { skip }, () => {
  const result = parseBytes(readFileSync(SEED), SEED);
  assert.equal(result.format, 'wire-text');
  assert.equal(result.items.length, 1);
  const [item] = result.items;
  assert.equal(item.urgency, 1);
  assert.deepEqual(item['x-wiredesk'].dateline, { text: 'BAGHDAD, Jan 27, 2024 (BSS/AFP)', place: 'Baghdad', date: '2024-01-27', sources: ['BSS', 'AFP'] });
  assert.deepEqual(item.infoSources, [
    { name: 'AFP', role: 'originator' },
    { name: 'BSS', role: 'distributor' },
  ]);
  assert.equal(item.located, 'Baghdad');
  assert.equal(item.versionCreated, '2024-01-27T00:00:00Z');
  // No headline line: the lead sentence stands in, cut at a word.
  assert.match(item.headlines?.[0]?.value ?? '', /^Iraq and the United States on Saturday held a first round of talks .*…$/);
});

test('the seed: wrapped lines joined into 18 paragraphs, the subhead alone, "--" dashes kept', { skip }, () => {
  const [item] = parseBytes(readFileSync(SEED), SEED).items;
  const paragraphs = paragraphsOf(item);
  assert.equal(paragraphs.length, 18);
  assert.ok(paragraphs[0].startsWith('BAGHDAD, Jan 27, 2024 (BSS/AFP) - Iraq and the United States on Saturday held a first round'), 'the dateline heads the lead, lines joined with one space');
  assert.ok(paragraphs[0].endsWith('to lead to a timeline for reducing their presence.'));
  for (const p of paragraphs) assert.ok(!/\n| {2}/.test(p), 'no line break or double space left inside a paragraph');
  // A line ending a sentence ends its paragraph; one ending mid-sentence does not.
  assert.ok(paragraphs[1].startsWith('Roughly 2,500 US troops') && paragraphs[1].endsWith('neighbouring Syria.'));
  assert.ok(paragraphs[2].endsWith('against its territory.'));
  // "--" dashes are punctuation, not paragraph marks.
  assert.ok(paragraphs[1].includes('formed in 2014 -- the year the jihadist group'));
  assert.ok(paragraphs[3].includes("Iraq's prime minister -- whose government relies on the support of Iran-aligned parties -- to call"));
  // A quote running on into the next paragraph (no closing mark) still breaks where the sentence ends.
  assert.ok(paragraphs[7].endsWith('will determine the length of these negotiations.'));
  assert.ok(paragraphs[8].startsWith('"Iraq is engaging the other countries'));
  // AFP's subhead is a paragraph of its own, as written.
  assert.equal(paragraphs[9], "- 'Clear timeline' -");
  assert.ok(paragraphs[10].startsWith('The US-led coalition said in a statement'));
  // Closing quote then full stop ends a paragraph; "timeline..." mid-line does not.
  assert.ok(paragraphs[15].startsWith("Iraq's foreign ministry") && paragraphs[15].endsWith('advisers on Iraqi soil".'));
  assert.ok(paragraphs[17].endsWith('stage sporadic attacks on the army and police.'));
  // Extraction reads x-wiredesk.text: the same paragraphs, their spans exact.
  const { text, paragraphs: spans = [] } = item['x-wiredesk'];
  assert.deepEqual(spans.map(([a, b]) => text.slice(a, b)), paragraphs);
});

test('wire text header lines: Flash, Bulletin, Urgent; key lines; a kill', () => {
  const body = 'PARIS, Oct 5, 2026 (AFP) - The harbour reopened on Monday.\n';
  assert.equal(parseOne(`Flash\n${body}`).urgency, 1);
  assert.equal(parseOne(`Bulletin\n${body}`).urgency, 2);
  assert.equal(parseOne(`Urgent\nHarbour reopens\n${body}`).urgency, 3);
  const keyed = parseOne(`Slug: harbour\nVersion: 2\nId: urn:test:harbour\nHeadline: Harbour reopens after storm\n${body}`);
  assert.deepEqual([keyed.uri, keyed.version, keyed.slugline, keyed.headlines?.[0]?.value], ['urn:test:harbour', '2', 'harbour', 'Harbour reopens after storm']);
  assert.equal(keyed.urgency, undefined, 'no header line, no urgency');
  assert.equal(parseOne(`Kill\nId: urn:test:harbour\nVersion: 3\n${body}`).pubStatus, 'canceled');
});

test('wire text unwrapping: an abbreviation at a line end does not end the paragraph; CRLF lines read the same', () => {
  const text = [
    'WASHINGTON, Oct 6, 2026 (AP) - The talks were led by the U.S.',
    'envoy and lasted three hours.',
    'A second round is planned for Friday.',
  ].join('\r\n');
  const paragraphs = paragraphsOf(parseOne(text));
  assert.deepEqual(paragraphs, [
    'WASHINGTON, Oct 6, 2026 (AP) - The talks were led by the U.S. envoy and lasted three hours.',
    'A second round is planned for Friday.',
  ]);
});

test('plain text with no dateline is not wire text: quarantined as UNKNOWN_FORMAT, with file and line', () => {
  const result = parseBytes(new TextEncoder().encode('Some notes\nPARIS (AFP) was mentioned here.\n'), 'notes.txt');
  assert.equal(result.items.length, 0);
  assert.deepEqual(result.failures.map((f) => [f.code, f.position]), [['UNKNOWN_FORMAT', { file: 'notes.txt', line: 1 }]]);
  assert.match(result.failures[0].message, /wire text with a dateline/);
});

test('a lead sentence used as the headline runs past abbreviations: "the U.S. embassy", "Gen. Smith"', () => {
  const [item] = parseBytes(Buffer.from('NAIROBI, Kenya (AP) - A bomb exploded at the U.S. embassy on Friday, Gen. Ali Hassan said. Rescuers dug through the night.'), 'lead.txt').items;
  assert.equal(item.headlines?.[0]?.value, 'A bomb exploded at the U.S. embassy on Friday, Gen. Ali Hassan said');
});

test('a dateline with a day but no year or agency still makes wire text: "CHENNAI, Aug 7: ", "NAIROBI, March 3 - "', () => {
  const chennai = parseOne('CHENNAI, Aug 7: The strike entered its second day.\n');
  assert.deepEqual(chennai['x-wiredesk'].dateline, { text: 'CHENNAI, Aug 7', place: 'Chennai' });
  assert.equal(parseOne('NAIROBI, March 3 - The central bank held rates.\n').located, 'Nairobi');
  assert.deepEqual(parseBytes(new TextEncoder().encode('Some notes about the strike.\n'), 'test.txt').failures.map((f) => f.code), ['UNKNOWN_FORMAT']);
});
