// PLOVER 2.0 events through the whole reading pipeline, on sentences written for these tests.
// Stories are dated Saturday 2024-01-27 unless a case says otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract, extractRecord } from '../../src/extract/pipeline.ts';
import { lookupAlias } from '../../src/knowledge/aliases.ts';
import type { EventRecord } from '../../src/extract/types.ts';
import { needsShared, shared } from '../shared.ts';

const DCT = '2024-01-27';
const events = (text: string) => extract(text, { dct: DCT }).events;
/** Type, source and target of every event of a text. */
const coded = (text: string) => events(text).map((e) => [e.type, e.source, e.target]);
const first = (text: string): EventRecord => {
  const found = events(text);
  assert.ok(found.length, `an event in ${JSON.stringify(text)}`);
  return found[0];
};

test('one sentence per type: type, source and target', () => {
  const cases: Array<[string, [string, string | undefined, string | undefined]]> = [
    ['Russian forces attacked Ukrainian positions near Bakhmut on Tuesday.', ['ASSAULT', 'Russia', 'Ukraine']],
    ['French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.', ['CONSULT', 'Emmanuel Macron', 'Olaf Scholz']],
    ['Egypt and Qatar agreed on Thursday to resume direct flights.', ['AGREE', 'Egypt', 'Qatar']],
    ['Venezuela accused Colombia of harbouring armed groups.', ['ACCUSE', 'Venezuela', 'Colombia']],
    ['North Korea threatened to strike South Korea if the drills went ahead.', ['THREATEN', 'North Korea', 'South Korea']],
    ['Thousands of Kenyan teachers protested in Nairobi on Wednesday against unpaid wages.', ['PROTEST', 'Kenya', undefined]],
    ['The European Union imposed sanctions on Belarus over the disputed election.', ['SANCTION', 'European Union', 'Belarus']],
    ['Norway sent humanitarian aid to Sudan.', ['AID', 'Norway', 'Sudan']],
    ['Hamas rejected an Israeli proposal for a truce.', ['REJECT', 'Hamas', 'Israel']],
    ['Canada expelled two Chinese diplomats on Thursday.', ['SANCTION', 'Canada', 'China']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(coded(text)[0], expected, text);
});

test('the trigger span, the date from the timex tagger and the place after "near"', () => {
  const text = 'Russian forces attacked Ukrainian positions near Bakhmut on Tuesday.';
  const e = first(text);
  assert.equal(text.slice(e.start!, e.end!), 'attacked');
  assert.equal(e.trigger, 'attacked');
  assert.equal(e.date, '2024-01-23');
  assert.equal(e.place, 'Bakhmut');
});

test('without a date in the sentence, the document date; without a place, the dateline place', () => {
  const e = first('BOGOTA, Jan 26, 2024 (NW) - Colombia accused Ecuador of closing the border.\n\nThe talks collapsed.');
  assert.deepEqual([e.type, e.source, e.target, e.date, e.place], ['ACCUSE', 'Colombia', 'Ecuador', '2024-01-26', 'Bogota']);
});

test('counted attacks: "more than 150 attacks against coalition troops since mid-October"', () => {
  const e = first('The US-led coalition said Iran-backed militias had carried out more than 150 attacks against coalition troops since mid-October.');
  assert.equal(e.type, 'ASSAULT');
  assert.deepEqual(e.count, { value: 150, bound: '>' });
  assert.equal(e.target, lookupAlias('US-led coalition')!.id, '"coalition troops" are the document\'s named coalition');
  assert.equal(e.date, '2023-10');
});

test('roles: passive, coordination, nominal with its actor in front, title, appositive, "by X"', () => {
  assert.deepEqual(coded('A Red Cross convoy was attacked by Sudanese militiamen near El Fasher on Tuesday.')[0], ['ASSAULT', 'Sudan', 'Red Cross']);
  assert.deepEqual(coded('Iraq and the United States on Saturday held a second round of talks in Baghdad.')[0], ['CONSULT', 'Iraq', 'United States']);
  assert.deepEqual(coded('Iraqi complaints of American interference grew louder.')[0], ['ACCUSE', 'Iraq', 'United States']);
  assert.deepEqual(coded('Prime Minister Ana Souza flew to Rome on Friday. The prime minister called for the European Union to lift the tariffs.')[0], ['REQUEST', 'Ana Souza', 'European Union']);
  assert.deepEqual(coded('Pakistan, a key ally of the United States, refused to send troops.')[0], ['REJECT', 'Pakistan', undefined]);
  // A capital acting for its government, on either side.
  assert.deepEqual(coded('On Thursday, Washington said it had agreed with Baghdad on a timetable.')[0], ['AGREE', 'United States', 'Iraq']);
});

test('what an earlier trigger governs is not an event of its own; negated agreement is a rejection', () => {
  assert.deepEqual(coded('North Korea threatened to impose sanctions on South Korea.'), [['THREATEN', 'North Korea', 'South Korea']]);
  assert.deepEqual(coded('Germany condemned the attack on the embassy.'), [['ACCUSE', 'Germany', undefined]]);
  assert.deepEqual(coded('Syria said it will not accept the plan put forward by Turkey.').map((e) => e[0]), ['REJECT']);
});

test('what an actor says it will do: a promise (AGREE) or a threat (THREATEN)', () => {
  assert.deepEqual(coded('Japan will provide food to Turkey.'), [['AGREE', 'Japan', 'Turkey']]);
  assert.deepEqual(coded('Norway would impose sanctions on Russia if the talks failed.'), [['THREATEN', 'Norway', 'Russia']]);
  assert.deepEqual(coded('Russia imposed sanctions on Norway.'), [['SANCTION', 'Russia', 'Norway']]);
});

test('no event from a sentence without a trigger, nor from a trigger with nobody in it', () => {
  assert.deepEqual(events('The weather in Lima was mild and sunny on Sunday.'), []);
  assert.deepEqual(events('Prices of coffee rose sharply in London trading.'), []);
  assert.deepEqual(events('The committee met to review the budget.'), []);
  assert.deepEqual(events('Support for the March 4 motion grew in Paris.'), [], 'capitalised words are names, not triggers');
});

test('seed gold: its events, with the 2.0 names of its older types and its actors as the alias KB names them', { skip: needsShared('eval/gold/seed.jsonl') }, () => {
  const doc = JSON.parse(readFileSync(shared('eval/gold/seed.jsonl'), 'utf8').split('\n')[0]);
  const predicted = extractRecord({ id: doc.id, text: doc.text, dct: doc.dct }).events!;
  const older: Record<string, string> = { ATTACK: 'ASSAULT', DEMAND: 'REQUEST' };
  const canonical = (name?: string) => (name ? (lookupAlias(name)?.id ?? name) : name);
  for (const g of doc.events as EventRecord[]) {
    const type = older[g.type] ?? g.type;
    const candidates = predicted.filter((p) => p.type === type && p.target === canonical(g.target));
    assert.ok(candidates.length, `${type} → ${g.target} in ${JSON.stringify(predicted.map((p) => [p.type, p.source, p.target]))}`);
    // The source of the attacks is "Islamic Resistance in Iraq", a name the entity tagger may cut short.
    if (type !== 'ASSAULT') assert.ok(candidates.some((p) => p.source === canonical(g.source)), `${type} source ${g.source}`);
    else assert.ok(candidates.some((p) => p.source && g.source!.startsWith(p.source)), `${type} source ${g.source}`);
    if (g.date) assert.ok(candidates.some((p) => p.date === g.date), `${type} dated ${g.date}`);
    if (g.place) assert.ok(candidates.some((p) => p.place === g.place), `${type} placed in ${g.place}`);
  }
  const counted = predicted.find((p) => p.count);
  assert.deepEqual([counted?.type, counted?.count], ['ASSAULT', { value: 150, bound: '>' }]);
});

test('a name inside a hyphenated compound ("the Iran-Iraq war") is no actor and does not stall the coder', { timeout: 30_000 }, () => {
  // Such a mention covers no whole token; it once sent the object search back to an earlier token forever.
  const text = 'On efforts for a ceasefire in the Iran-Iraq war, the president said: "Talks with the aggressor are pointless."';
  const found = events(text);
  for (const e of found) assert.notEqual(e.target, 'Iraq', 'Iraq inside "Iran-Iraq" is not a target of its own');
});

// Mistakes an editor saw on the sample wire, each on a sentence written here.
test('a strike by workers, a union, or one that stops ships is a PROTEST; a strike with weapons stays an ASSAULT', () => {
  assert.deepEqual(coded('The Transport Workers Union began a 48-hour strike at the port of Antwerp on Monday.')[0]?.[0], 'PROTEST');
  assert.deepEqual(coded('The Havenbond union extended its strike by three days.')[0], ['PROTEST', 'Havenbond', undefined]);
  assert.equal(coded('A strike at Antwerp left 40 ships waiting.')[0]?.[0], 'PROTEST');
  assert.equal(coded('US forces carried out a strike on a militia base.')[0]?.[0], 'ASSAULT');
});

test('an earthquake, a storm or a landslide attacks and blocks no one', () => {
  for (const text of ['A magnitude 6.8 earthquake struck Nepal on Monday.', 'At least 14 people were killed in Nepal when an earthquake shook the region.', 'Roads into Kathmandu were blocked by landslides.']) {
    assert.deepEqual(coded(text), [], text);
  }
  assert.deepEqual(coded('Israeli forces killed three men in Jenin.'), [['ASSAULT', 'Israel', undefined]]);
});

test('one attack told twice in a sentence is one event, placed in the town named after its kind, beside talks elsewhere', () => {
  const found = events('Nine Nigerian soldiers were killed when their convoy was ambushed near the river port of Baga, as Nigeria and Chad met for talks in Abuja.');
  assert.deepEqual(found.map((e) => [e.type, e.target, e.place]), [
    ['ASSAULT', 'Nigeria', 'Baga'],
    ['CONSULT', 'Chad', 'Abuja'],
  ]);
});

test('words with another sense: weather close to freezing, paintings back on display, suspending one\'s own offensive', () => {
  assert.deepEqual(coded('Temperatures in Kabul were close to freezing, the Red Cross said.'), []);
  assert.deepEqual(coded('The paintings were back on display at the Prado on Friday.'), []);
  assert.deepEqual(coded('The European Union froze the assets of three banks.'), [['SANCTION', 'European Union', undefined]]);
  assert.deepEqual(coded('The Kenyan army will suspend offensive operations against al-Shabaab.')[0]?.[0], 'AGREE'); // a promised concession
});

test('what no one does is no event: "no port in Asia can promise"; a named attack nobody claimed still is one', () => {
  assert.deepEqual(coded('"No port in Asia can promise that," Lars Berg of the Nordic Union said.'), []);
  assert.deepEqual(coded('Nobody has claimed the attack on the Kenyan convoy.').map((e) => e[0]), ['ASSAULT']);
});
