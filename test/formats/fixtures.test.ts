// Every wire fixture in ../shared read through parseBytes, as any door reads it. The fields asserted are what
// each file says (expectations.ts, written from the files); a file wiredesk cannot read must come back
// quarantined with its code, a reason and the file it came from. A new fixture without an expectation fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item } from '../../src/item/types.ts';
import { shared } from '../shared.ts';
import { EXPECTED, type ItemExpectation } from './expectations.ts';
import { SKIP_FIXTURES, fixtureFiles, parseFixture } from './corpus.ts';

const skip = SKIP_FIXTURES;

/** Paragraphs of the item's plain-text body (buildItem joins them with blank lines). */
function plainParagraphs(item: Item): string[] {
  const body = item.bodies?.find((b) => b.contentType === 'text/plain')?.value;
  return body ? body.split('\n\n') : [];
}

function paragraph(items: Item[], index: number, n: number): string {
  return plainParagraphs(items[index])[n] ?? '';
}

function assertItem(item: Item, e: ItemExpectation, where: string): void {
  assert.equal(item.headlines?.[0]?.value ?? null, e.headline, `${where}: headline`);
  assert.equal(item.version, e.version, `${where}: version`);
  assert.equal(item.pubStatus, e.pubStatus, `${where}: pubStatus`);
  assert.equal(item.urgency ?? null, e.urgency, `${where}: urgency`);
  const dl = item['x-wiredesk'].dateline;
  const parts = dl && Object.fromEntries(Object.entries({ place: dl.place, date: dl.date, sources: dl.sources }).filter(([, v]) => v !== undefined));
  assert.deepEqual(parts ?? null, e.dateline, `${where}: dateline ${JSON.stringify(dl)}`);
  const paragraphs = plainParagraphs(item);
  assert.equal(paragraphs.length, e.paragraphs, `${where}: body paragraphs`);
  if (e.first !== undefined) assert.ok(paragraphs[0]?.startsWith(e.first), `${where}: first paragraph starts ${JSON.stringify(paragraphs[0]?.slice(0, 60))}`);
  for (const p of paragraphs) assert.ok(p.length > 0 && !p.includes('\n'), `${where}: a paragraph is one non-empty line`);
  // The spans extraction reads mark the same paragraphs in x-wiredesk.text, after a dateline block when the body lacks one.
  const { text, paragraphs: spans = [] } = item['x-wiredesk'];
  const spanned = spans.map(([start, end]) => text.slice(start, end));
  assert.deepEqual(spanned.slice(spanned.length - paragraphs.length), paragraphs, `${where}: paragraph spans`);
}

/** What the table cannot say in one line: fields particular to a format or a file. */
const DETAILS: Record<string, (items: Item[]) => void> = {
  'corpus/formats/anpa-1312/anpa-1.tst': ([item]) => {
    // Priority "f" in the header line "f l BC-LT--Argentina-CancerB" is ANPA's flash.
    assert.deepEqual(item['x-wiredesk'].wire, { priority: 'f', category: 'l', keyword: 'BC-LT--Argentina-CancerB', words: 1049 });
    assert.equal(item.by, 'By PAUL BYRNE and ALMUDENA CALATRAVA');
    assert.match(item.edNote ?? '', /Eds: With AP Photos\./);
    assert.equal(item.versionCreated, '2013-11-13T15:09:00Z', 'from the transmission stamp AP-WF-11-13-13 1509GMT');
  },
  'corpus/formats/anpa-1312/ap_anpa-1.tst': ([item]) => {
    assert.equal(item['x-wiredesk'].wire?.take, '1stLd-Writethru', 'a first lead is version 2');
    assert.ok(plainParagraphs(item).includes('TIP-INS'), 'a run-in heading is its own paragraph');
    assert.ok(!plainParagraphs(item).includes('___'), 'the rule line is dropped');
  },
  'corpus/formats/anpa-1312/ap_anpa-4.tst': ([item]) => assert.equal(item['x-wiredesk'].wire?.take, '3rdLd-Writethru'),
  'corpus/formats/anpa-1312/ap_anpa-5.tst': ([item]) => assert.equal(item['x-wiredesk'].wire?.priority, 'b', 'a bulletin is urgency 2'),
  'corpus/formats/anpa-1312/anpa-4.tst': ([item]) => {
    // A headline digest: its ten "^" lines are the text.
    assert.equal(plainParagraphs(item).at(-1), 'Martin Shkreli sued by artist over Wu-Tang Clan album');
  },
  'corpus/formats/anpa-1312/ap_anpa-2.tst': ([item]) => {
    const paragraphs = plainParagraphs(item);
    assert.equal(paragraphs[1], 'Boston;24;14;.632;_;_;7-3;W-2;14-8;10-6', 'each table row stands alone');
    assert.ok(paragraphs.includes('NATIONAL LEAGUE'), 'an in-body heading stands alone, without its "="');
  },
  'corpus/formats/iptc-7901/IPTC7901.txt': ([item]) => {
    assert.deepEqual(item['x-wiredesk'].wire, { service: 'eca', number: '062', priority: '4', category: 'i', words: 211, sentAt: '--11-13T11:37Z' }, 'the ETX stamp "131137 GMT Nov 13" kept without a year');
    assert.equal(item.slugline, 'Germany-politics');
    assert.ok(!item['x-wiredesk'].text.includes('NOTEBOOK'), 'the dpa notebook is for editors, not the body');
    assert.match(item.edNote ?? '', /NOTEBOOK/);
  },
  'corpus/formats/iptc-7901/IPTC7901_odd_charset.txt': ([item]) => {
    assert.equal(item['x-wiredesk'].wire?.sentAt, '--10-15T13:41Z', 'dpa stamps in German: "071341 GMT Okt 15"');
    assert.ok(item['x-wiredesk'].text.includes('Thomas Müller'), 'the one Latin-1 byte (0xFC) read as ü');
    assert.equal(item.edNote?.split('\n')[0], '1ST LEAD', 'the lead marker, then the notes for editors');
    assert.ok(!item['x-wiredesk'].text.includes('not intended for publication'));
    assert.equal(item.by, 'By Manuel Schwarz, dpa');
  },
  'corpus/formats/iptc-7901/dpa_two_line.txt': ([item]) => assert.equal(item.edNote?.split('\n')[0], 'EXTRA'),
  'corpus/formats/iptc-7901/dpa_two_by_line.txt': ([item]) => {
    assert.deepEqual(item.infoSources, [{ name: 'dpa-tns', role: 'originator' }], 'the header names dpa-tns; the dateline tca/dpa');
    assert.equal(item.by, 'By Tom Krasovic, The San Diego Union-Tribune');
  },
  'corpus/formats/newsml-1.2/afp.xml': ([item]) => {
    assert.equal(item.uri, 'urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1');
    assert.equal(item.versionCreated, '2014-08-29T13:49:51+00:00');
  },
  'corpus/formats/newsml-g2/ap.xml': (items) => {
    assert.deepEqual(items.map((i) => i.uri.replace(/^tag:ap\.org,2011:/, '').slice(0, 8)), ['5e565888', 'b6d5d4eb', '4db5f9c3']);
    assert.ok(!plainParagraphs(items[0]).includes(items[0].headlines![0].value), 'the NITF hedline is not a body paragraph');
  },
  'corpus/formats/newsml-g2/tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232': (items) => {
    // One <p> holds the whole hard-wrapped story; its indented lines open the paragraphs.
    assert.equal(paragraph(items, 0, 4), 'By Arpan Varghese');
    assert.ok(paragraph(items, 0, 5).startsWith('Jan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand'));
  },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5': (items) => {
    assert.equal(paragraph(items, 0, 0), 'By Marwan Makdisi');
    assert.ok(paragraph(items, 0, 1).startsWith('DAMASCUS (Reuters) - Bashar al-Assad was sworn in'), 'the dateline follows the byline');
    assert.equal(items[0].edNote, 'This is editorial note.');
  },
  'corpus/formats/newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538': ([item]) => {
    assert.equal(item.uri, 'tag:reuters.com,0000:newsml_L1N14N0FF', 'the same story as the usable version');
  },
  'corpus/formats/newsml-g2/ansa-newsmlg2-text.xml': (items) => {
    assert.ok(paragraph(items, 0, 1).startsWith('"Unacceptable Catalan unilateral independence declaration,"'));
  },
  'corpus/formats/newsml-g2/dpa.xml': ([item]) => assert.equal(item.language, 'de'),
  'corpus/formats/ninjs/ninjs_embargoed.json': ([item]) => {
    assert.equal(item.embargoedUntil, '2022-06-29T02:30:00+00:00', 'the embargo is kept');
    assert.equal(item.slugline, 'Climate-smart food');
  },
  'corpus/formats/ninjs/ap_media_picture.json': ([item]) => assert.equal(item.type, 'picture'),
  'corpus/formats/nitf/aap-1.xml': ([item]) => {
    // The doc-id is no URI, so it is kept whole inside one; aap.xml carries the same id: the same story.
    assert.equal(item.uri, 'urn:wiredesk:id:AAP.115314987.5417374');
    assert.equal(item.uri, parseFixture('corpus/formats/nitf/aap.xml').items[0].uri);
  },
  'corpus/formats/nitf/mapping_test.xml': ([item]) => assert.equal(item.uri, 'urn:wiredesk:id:20160512%3ARTZ%3A8883%3A0'),
  'corpus/formats/ninjs/ninjs4.json': ([item]) => {
    assert.deepEqual(item.subjects?.[1], { name: '#Biologie', literal: '#Biologie' }, "Superdesk's code is a literal, not a uri");
  },
  'corpus/formats/nitf/ap-nitf.xml': ([item]) => assert.equal(item.by, 'By BERNARD CONDON', 'the byline without its <byttl>'),
  'corpus/formats/nitf/handle_invalid_fields.xml': ([item]) => assert.equal(item.by, 'Mia Rabson and Jordan Press'),
  'corpus/formats/nitf/nitf-fishing.xml': ([item]) => assert.equal(item.by, 'By Alan Karben'),
  'corpus/formats/nitf/aap-finance.xml': ([item]) => assert.equal(item['x-wiredesk'].dateline?.text, 'SEOUL, Nov 26 AFP'),
  'corpus/formats/nitf/efe_nitf.xml': ([item]) => assert.equal(item.headlines?.[1]?.value, 'HONDURAS GOVERNMENT'),
  'corpus/formats/nitf/scoop.xml': (items) => assert.ok(paragraph(items, 0, 1).startsWith('Jan. 12 (BusinessDesk) - The receivers of Dick Smith')),
  'formats/ninjs/examples/3.0_tt_text_image_3.json': (items) => assert.equal(paragraph(items, 0, 1), 'Försvar TT', 'one paragraph a line'),
  'formats/ninjs/examples/3.0_ntb_text.json': ([item]) => {
    assert.match(item.descriptions?.[0]?.value ?? '', /^IT-giganten Google har kjøpt en tomt/);
    assert.equal(item.edNote, 'Noe utvidet.');
  },
  'formats/ninjs/examples/3.0_collection_20231016-event-timeline-sample.json': (items) => {
    assert.equal(items.at(-1)?.headlines?.[0]?.value, 'Athlete Start the 18 month suspension');
    assert.ok(items.every((i) => i.descriptions?.length), 'each event of the timeline keeps its description');
  },
  'formats/ninjs/examples/NewsML_businesswire-newsml-20130605006126.xml': ([item]) => {
    assert.ok(!item['x-wiredesk'].text.includes('bwalignc'), 'the style sheet component is not the body');
    assert.equal(item.language, 'zh');
  },
};

test('every fixture file has an expectation, and every expectation a file', { skip }, () => {
  const files = fixtureFiles();
  assert.ok(files.length >= 100, `${files.length} fixture files`);
  const unexpected = files.filter((f) => !(f in EXPECTED));
  assert.deepEqual(unexpected, [], 'new fixtures: read each one and add what it says to test/formats/expectations.ts');
  const gone = Object.keys(EXPECTED).filter((f) => !files.includes(f));
  assert.deepEqual(gone, [], 'expectations for files no longer in ../shared');
  for (const file of Object.keys(DETAILS)) assert.ok(file in EXPECTED, `${file}: details for a file without an expectation`);
});

for (const [file, e] of Object.entries(EXPECTED)) {
  test(file, { skip }, () => {
    const result = parseFixture(file);
    if ('quarantined' in e) {
      assert.equal(result.items.length, 0, 'nothing stored');
      assert.equal(result.failures.length, 1, 'one quarantine entry');
      const [failure] = result.failures;
      assert.equal(failure.code, e.quarantined);
      assert.match(failure.message, e.because, 'the message says why');
      assert.equal(failure.position?.file, shared(file), 'and where');
      assert.ok(failure.raw.length > 0, 'the bytes are kept');
      return;
    }
    assert.deepEqual(result.failures.map((f) => `${f.code}: ${f.message}`), [], 'no failures');
    assert.equal(result.format, e.format);
    assert.equal(result.items.length, e.count, 'items');
    e.items.forEach((expected, i) => assertItem(result.items[i], expected, `item ${i}`));
    for (const item of result.items) {
      assert.equal(item['x-wiredesk'].format, e.format);
      assert.equal(item['x-wiredesk'].source, shared(file));
      assert.ok(item.uri, 'a uri');
    }
    DETAILS[file]?.(result.items);
  });
}
