// Entities: the tagger's mentions, refined by the gazetteers and the alias knowledge base, with one canonical
// id per entity inside a document (alias KB, capital as government, surname → full name, acronym ↔ expansion).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/text/doc.ts';
import { extractEntities, canonicalId } from '../../src/extract/entities.ts';
import { extractTimexes } from '../../src/extract/timex.ts';

const mentions = (text: string) => {
  const doc = makeDoc(text, '2024-01-27');
  return extractEntities(doc, extractTimexes(doc)).map((m) => ({ text: m.text, type: m.type, id: m.id }));
};
const idsOf = (text: string, surface: string) => mentions(text).filter((m) => m.text === surface).map((m) => m.id);

test('Daesh, ISIS, IS and Islamic State are one entity in the alias KB', () => {
  const text = 'Islamic State fighters retreated. IS lost the town in 2017, and ISIS cells remain. Residents call the group Daesh.';
  const found = mentions(text);
  for (const name of ['Islamic State', 'IS', 'ISIS', 'Daesh']) {
    const m = found.find((x) => x.text === name);
    assert.ok(m, `${name} is found`);
    assert.equal(m.id, 'Islamic State');
    assert.equal(m.type, 'ORG');
  }
});

test('"an Arabic acronym for IS" ties a new name to IS', () => {
  const text = 'The statement mentioned the Global Coalition against Daesh, using an Arabic acronym for IS.';
  assert.deepEqual(idsOf(text, 'Daesh'), []); // inside the coalition's own name
  const found = mentions(text);
  assert.ok(found.some((m) => m.text === 'Global Coalition against Daesh' && m.type === 'ORG'), 'the multi-word name is one mention');
});

test('Washington acting (saying, dealing) is the United States; Washington as a place stays the city', () => {
  assert.deepEqual(idsOf('On Thursday, Washington had said it agreed to the plan.', 'Washington'), ['United States']);
  assert.deepEqual(idsOf('Officials agreed with Washington on a timetable.', 'Washington'), ['United States']);
  assert.deepEqual(idsOf('The delegation flew to Washington on Monday.', 'Washington'), ['Washington']);
});

test('a surname refers back to the full name mentioned before it', () => {
  const text = 'Prime Minister Mohamed Shia al-Sudani met the envoy. Sudani said little.';
  const people = mentions(text).filter((m) => m.type === 'PERSON');
  assert.deepEqual(people.map((p) => p.id), ['Mohamed Shia al-Sudani', 'Mohamed Shia al-Sudani']);
});

test('an acronym refers to its expansion, given in brackets or by initials', () => {
  const bracketed = 'The Kurdistan Workers Party (PKK) said its fighters would withdraw. The PKK later denied it.';
  assert.deepEqual([...new Set(mentions(bracketed).filter((m) => m.type === 'ORG').map((m) => m.id))], ['Kurdistan Workers Party']);
  const initials = 'The Kurdistan Workers Party said its fighters would withdraw. The KWP later denied it.';
  assert.deepEqual(idsOf(initials, 'KWP'), ['Kurdistan Workers Party']);
});

test('names inside compounds are the entities: US-led → US, Iran-aligned → Iran, BSS/AFP → two agencies', () => {
  const found = mentions('US-led forces faced attacks by Iran-aligned groups, BSS/AFP reported.');
  assert.deepEqual(
    found.map((m) => [m.text, m.id]),
    [
      ['US', 'United States'],
      ['Iran', 'Iran'],
      ['BSS', 'Bangladesh Sangbad Sangstha'],
      ['AFP', 'Agence France-Presse'],
    ],
  );
});

test('countries and cities are GPEs resolved in the gazetteer; nationalities are NORPs', () => {
  const found = mentions('Iraqi forces and American advisers met in Baghdad, Iraq.');
  assert.deepEqual(found.find((m) => m.text === 'Iraqi'), { text: 'Iraqi', type: 'NORP', id: 'Iraq' });
  assert.deepEqual(found.find((m) => m.text === 'Baghdad'), { text: 'Baghdad', type: 'GPE', id: 'Baghdad' });
  assert.equal(found.find((m) => m.text === 'Iraq')?.type, 'GPE');
});

test('a month in a date is not a name', () => {
  assert.deepEqual(mentions('BAGHDAD, Jan 27, 2024 - The talks began.').filter((m) => m.text === 'Jan'), []);
});

test('canonical ids drop titles, a leading "the" and possessives', () => {
  assert.equal(canonicalId('President Ana Torres', 'PERSON'), 'Ana Torres');
  assert.equal(canonicalId("the Pentagon's", 'ORG'), 'Pentagon');
  assert.equal(canonicalId('ISIL', 'ORG'), 'Islamic State');
});

// Mistakes an editor saw on the sample wire, each on a sentence written here.
import { extract } from '../../src/extract/pipeline.ts';
const read = (text: string) => extract(text, { dct: '2024-05-04' }).entities.map((m) => ({ text: m.text, type: m.type, id: m.id }));

test('the dateline place is a place with its gazetteer id and the agency an ORG with its own id, however the tagger read them', () => {
  assert.deepEqual(read('Kaunas (KRN) - Kaunas opened a new bus station on Friday.'), [
    { text: 'Kaunas', type: 'GPE', id: 'Kaunas' },
    { text: 'KRN', type: 'ORG', id: 'KRN' },
    { text: 'Kaunas', type: 'GPE', id: 'Kaunas' },
  ]);
  const chain = read('KAUNAS, Lithuania, May 4 (XYZ/BND) - Farmers blocked roads.');
  assert.deepEqual(chain, [
    { text: 'KAUNAS', type: 'GPE', id: 'Kaunas' },
    { text: 'Lithuania', type: 'GPE', id: 'Lithuania' },
    { text: 'XYZ', type: 'ORG', id: 'XYZ' },
    { text: 'BND', type: 'ORG', id: 'Baltic News Desk' },
  ]);
  // an agency of two words is one organisation too, not a person
  assert.deepEqual(read('KOLKATA, Aug 7 (Desk Wire) - Police said the strike ended.').slice(0, 2), [
    { text: 'KOLKATA', type: 'GPE', id: 'Kolkata' },
    { text: 'Desk Wire', type: 'ORG', id: 'Desk Wire' },
  ]);
});

test('a headline before " - " that no gazetteer knows is no dateline place', () => {
  assert.ok(!read('TENNIS - SELES WINS IN THREE SETS .\nMartina Hingis lost.').some((m) => m.text === 'TENNIS'));
});

test('a surname the tagger does not know stays with the first name: no first name alone', () => {
  assert.deepEqual(read('Søren Åsheim, a farmer near Oslo, said the harvest was late.')[0], { text: 'Søren Åsheim', type: 'PERSON', id: 'Søren Åsheim' });
});

test('an adjective of a continent is a NORP with the continent as id, not an entity of its own kind', () => {
  assert.deepEqual(read('Two European weather balloons drifted north.'), [{ text: 'European', type: 'NORP', id: 'Europe' }]);
});

test('a surname with a particle resolves to the full name whatever its capital: "Van Dijk" → Jan van Dijk', () => {
  const found = read('Union negotiator Jan van Dijk spoke first. Van Dijk said the strike would go on.');
  assert.deepEqual(found.filter((m) => m.type === 'PERSON').map((m) => m.id), ['Jan van Dijk', 'Jan van Dijk']);
});

test('a name ending in an organisation word is an organisation; an indefinite article is no part of a name', () => {
  assert.ok(read("The case went to Ghana's Supreme Court on Monday.").some((m) => m.text === 'Supreme Court' && m.type === 'ORG'));
  assert.ok(!read('An Airbus A350 landed in Lagos on Monday.').some((m) => /^An /.test(m.text ?? '')));
});

test('a name before a landform is a place: "under the Reykjanes peninsula"', () => {
  assert.deepEqual(read('Seismologists counted 300 tremors under the Reykjanes peninsula on Tuesday.'), [{ text: 'Reykjanes', type: 'LOC', id: 'Reykjanes' }]);
});

test('a dateline place the gazetteer does not know carries the dateline\'s name as its id', () => {
  assert.deepEqual(read('TOMBUCTU, Mali, May 4 (KRN) - Traders reopened the market.').slice(0, 2), [
    { text: 'TOMBUCTU', type: 'LOC', id: 'Tombuctu' },
    { text: 'Mali', type: 'GPE', id: 'Mali' },
  ]);
});

test('"the Seismological Institute of Chile" is one name; a shorter name of an organisation named in full before takes its id', () => {
  const found = read('The Seismological Institute of Chile measured the tremor. The Chilean Navy Office said the Navy Office was ready.');
  assert.ok(found.some((m) => m.text === 'Seismological Institute of Chile' && m.type === 'ORG'));
  assert.deepEqual(found.filter((m) => /Navy Office/.test(m.text ?? '')).map((m) => m.id), ['Chilean Navy Office', 'Chilean Navy Office']);
  assert.ok(read('Shares of Acme Pharmaceuticals Inc of St. Petersburg fell.').some((m) => m.text === 'St. Petersburg'), 'a company of a place is two names');
});

test('a capitalised common noun opening a sentence is no name when the story also writes it in lower case', () => {
  const found = read("The central bank raised rates, and the bank's governor spoke. Bank shares rose: Fjord Bank gained 1.5 percent.");
  assert.deepEqual(found.map((m) => m.text), ['Fjord Bank']);
});

test('one company under its short and long names shares one id, in either order; "Apple Corps" stays another company', () => {
  const text = 'Apple Inc. reported record sales. Apple said demand was strong. Apple Corps, the Beatles\' company, sued Apple Computer in London. Shares in IBM rose. International Business Machines said profit rose.';
  const found = mentions(text);
  const id = (surface: string) => found.find((m) => m.text === surface)?.id;
  assert.equal(id('Apple Inc.'), id('Apple'));
  assert.equal(id('Apple Computer'), id('Apple'));
  assert.notEqual(id('Apple Corps'), id('Apple'));
  assert.equal(id('IBM'), id('International Business Machines')); // the acronym came first
});

test('a company\'s legal form ends its name: "Chrysler LLC Jim Press" is the company and its chairman', () => {
  const found = extractEntities(makeDoc('The vice president and chairman of Chrysler LLC Jim Press spoke.')).map((e) => [e.text, e.type]);
  assert.deepEqual(found, [['Chrysler LLC', 'ORG'], ['Jim Press', 'PERSON']]);
});

test('"General Assembly" is an organisation, not a general named Assembly', () => {
  const found = extractEntities(makeDoc("She heads the United Nations' 193-member General Assembly.")).find((e) => /Assembly/.test(e.text ?? ''));
  assert.equal(found?.type, 'ORG');
});

test('a company named for its country is the company: "Kenya Airways said"', () => {
  const found = mentions('Rescuers searched the rubble of the embassy.\n\nKenya Airways said it had cancelled two flights.\n').filter((e) => /Kenya/.test(e.text ?? ''));
  assert.deepEqual(found.map((e) => [e.text, e.type]), [['Kenya Airways', 'ORG']]);
});

test('a middle initial has its first name before it, though the tagger left it out: "Laurence A. Tisch"; a title is no first name', () => {
  const doc = makeDoc('DALLAS, March 31 - Laurence A. Tisch said CBS Inc is stronger now.\nChairman J. Hugh Liedtke spoke later.');
  const people = extractEntities(doc).filter((e) => e.type === 'PERSON').map((e) => e.text);
  assert.ok(people.includes('Laurence A. Tisch'), JSON.stringify(people));
  assert.ok(!people.some((p) => p?.startsWith('Chairman')), JSON.stringify(people));
});

test('a body\'s two subjects joined by "and" are one name: "the Environment and Public Works Committee"; a country and a body stay two', () => {
  const orgs = (text: string) => extractEntities(makeDoc(text)).filter((e) => e.type === 'ORG').map((e) => e.text);
  assert.deepEqual(orgs('Senators on the Environment and Public Works Committee voted.'), ['Environment and Public Works Committee']);
  assert.deepEqual(orgs('Britain and European Commission officials met.'), ['European Commission']);
});

test('a rating agency keeps its "\'s" and is one entity by every name: "Moody\'s said", "Standard and Poor\'s Corp", "S&P"', () => {
  const found = extractEntities(makeDoc("Moody's said it may cut the rating. Moody's Investors Service Inc said later the review was over. Standard and Poor's Corp agreed, and S&P kept its outlook."));
  assert.deepEqual(found.map((e) => [e.text, e.id]), [
    ["Moody's", "Moody's"],
    ["Moody's Investors Service Inc", "Moody's"],
    ["Standard and Poor's Corp", "Standard & Poor's"],
    ['S&P', "Standard & Poor's"],
  ]);
});

test('a state or province the tagger took for a person is a place where the words say so: "officials in Zhejiang"; a person of the same name stays one', () => {
  const typed = (text: string) => extractEntities(makeDoc(text)).map((e) => [e.text, e.type]);
  assert.deepEqual(typed('Officials in Zhejiang said exports rose.'), [['Zhejiang', 'GPE']]);
  assert.deepEqual(typed('Lower Saxony said it would sell its stake.'), [['Lower Saxony', 'GPE']]);
  assert.deepEqual(typed('Poni said the residents were on their way.'), [['Poni', 'PERSON']]);
});

test('a minister named after the portfolio is the person, not the portfolio: "Minister of Agriculture Chen Yaobang"', () => {
  const found = mentions('Minister of Foreign Trade and Economic Cooperation Shi Guangsheng said exports would grow.');
  assert.deepEqual(found.map((m) => [m.text, m.type]), [['Shi Guangsheng', 'PERSON']]);
  assert.ok(mentions('The Ministry of Foreign Trade and Economic Cooperation said exports rose.').some((m) => m.type === 'ORG' && /Ministry of Foreign Trade/.test(m.text ?? '')));
});

test('a name that ends in a landform or a street is a place, whatever the tagger thought: "Dongting Lake", "Gatwick Airport"', () => {
  const found = mentions('The farmer stands on a levee on the edge of Dongting Lake, far from Gatwick Airport.');
  assert.deepEqual(found.filter((m) => /Lake|Airport/.test(m.text ?? '')).map((m) => [m.text, m.type === 'PERSON']), [['Dongting Lake', false], ['Gatwick Airport', false]]);
});
