// The dateline fact: place resolved in the gazetteer, date with the year inferred, agency chain as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/text/doc.ts';
import { extractDateline } from '../../src/extract/dateline.ts';
import { extract, extractItem } from '../../src/extract/pipeline.ts';
import { readDocumentDate } from '../../src/extract/timex.ts';
import { parseBytes } from '../../src/formats/index.ts';

test('place, date and agency chain (distributor first), the place resolved to its country and coordinates', () => {
  const d = extractDateline(makeDoc('BAGHDAD, Jan 27, 2024 (BSS/AFP) - Talks began on Saturday.'))!;
  assert.equal(d.place, 'Baghdad');
  assert.equal(d.date, '2024-01-27');
  assert.deepEqual(d.sources, ['BSS', 'AFP']);
  assert.equal(d.country, 'IQ');
  assert.ok(Math.abs(d.lat! - 33.3) < 0.5 && Math.abs(d.lon! - 44.4) < 0.5);
});

test('a dateline without a year takes it from the document date', () => {
  const d = extractDateline(makeDoc('NAIROBI, March 3 (Reuters) - The central bank held rates.', '2025-03-04'))!;
  assert.equal(d.place, 'Nairobi');
  assert.equal(d.date, '2025-03-03');
  assert.deepEqual(d.sources, ['Reuters']);
  assert.equal(d.country, 'KE');
});

test('the colon of Indian papers ends a dateline: "KOLKATA:", "CHENNAI, June 17:", "NEW DELHI (PTI):"; "UPDATE:" and "Note:" are none', () => {
  const kolkata = extractDateline(makeDoc('KOLKATA: Processions were taken out on Friday.', '2008-03-15'))!;
  assert.deepEqual([kolkata.start, kolkata.end, kolkata.place, kolkata.country], [0, 7, 'Kolkata', 'IN']);
  const chennai = extractDateline(makeDoc('CHENNAI, June 17: The strike entered its second day.', '2014-06-18'))!;
  assert.deepEqual([chennai.place, chennai.date], ['Chennai', '2014-06-17']);
  assert.deepEqual(extractDateline(makeDoc('NEW DELHI (PTI): The strike ended.'))!.sources, ['PTI']);
  assert.equal(extractDateline(makeDoc('UPDATE: The strike ended.')), undefined);
  assert.equal(extractDateline(makeDoc('Note: The strike ended.')), undefined);
});

test('a header line before the dateline is skipped', () => {
  const d = extractDateline(makeDoc('News Flash\nBAGHDAD, Jan 27, 2024 (AFP) - Talks began.'))!;
  assert.equal(d.place, 'Baghdad');
});

test('no dateline, no fact', () => {
  assert.equal(extractDateline(makeDoc('The central bank held rates on Tuesday.')), undefined);
});

test('a place alone on the first line (a format that keeps its dateline apart) is the dateline place', () => {
  const d = extractDateline(makeDoc('Quito\n\nThe government raised fuel prices on Monday.'))!;
  assert.deepEqual([d.place, d.country, d.start, d.end], ['Quito', 'EC', 0, 5]);
  assert.equal(extractDateline(makeDoc('Fuel prices\n\nThe government raised them on Monday.')), undefined);
});

test('a document date given wins (FORMAT.md); without one the dateline\'s day beats the later sending time', () => {
  const text = 'NAIROBI, Kenya, Aug. 7 (AP) - Rescuers searched the rubble on Tuesday as the death toll rose.';
  const given = extract(text, { dct: '1998-08-12' });
  assert.equal(given.dateline?.date, '1998-08-07');
  assert.deepEqual(given.timexes.map((t) => [t.text, t.value]), [['Aug. 7', '1998-08-07'], ['Tuesday', '1998-08-11']]);
  const sent = extract(text, { sentAt: '1998-08-12T02:10:00Z' });
  assert.deepEqual(sent.timexes.map((t) => [t.text, t.value]), [['Aug. 7', '1998-08-07'], ['Tuesday', '1998-08-04']]);
});

test('an item with no time of its own is read against the day it arrived', () => {
  const [item] = parseBytes(Buffer.from('NAIROBI, Kenya, Aug. 7 (AP) - A bomb exploded at the embassy on Friday, officials said.'), 'posted.txt').items;
  item['x-wiredesk'].receivedAt = '1998-08-08T01:15:00Z';
  const x = extractItem(item);
  assert.equal(x.dateline?.date, '1998-08-07');
  assert.deepEqual(x.timexes.map((t) => t.value), ['1998-08-07', '1998-08-07']);
});

test('a document date in another common form is read; one that is no date gives an error and the dateline serves', () => {
  for (const [given, day] of [['2009-02-03T10:00:00Z', '2009-02-03'], ['20090203', '2009-02-03'], ['03-02-2009', '2009-02-03'], ['02/03/2009', '2009-02-03'], ['25/12/2009', '2009-12-25'], ['Tue, 03 Feb 2009 10:00:00 GMT', '2009-02-03']]) {
    assert.equal(readDocumentDate(given), day, given);
  }
  assert.equal(readDocumentDate('2009-02-30'), undefined);
  const x = extract('NAIROBI, Kenya, Aug. 7, 1998 (AP) - Rescuers searched the rubble on Tuesday.', { dct: 'soon' });
  assert.match(x.errors?.[0] ?? '', /dct: "soon" is not a date/);
  assert.deepEqual(x.timexes.map((t) => t.value), ['1998-08-07', '1998-08-04']);
});

test('a dateline a day or three before the document date is the day the story was written: its "today" is that day', () => {
  const text = 'MACAO, December 20 (Xinhua) -- President Jiang Zemin today inspected the garrison, which entered the city at noon.';
  assert.deepEqual(extract(text, { dct: '1999-12-21' }).timexes.map((t) => [t.text, t.value]), [['December 20', '1999-12-20'], ['today', '1999-12-20'], ['noon', '1999-12-20T12:00']]);
  // a week apart, the date given stands
  assert.equal(extract(text, { dct: '1999-12-28' }).timexes[1].value, '1999-12-28');
});
