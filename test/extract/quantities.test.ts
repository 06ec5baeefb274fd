// Quantities: value, approximation, bound, what is counted; number words, separators, money and percentages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/text/doc.ts';
import { extractQuantities } from '../../src/extract/quantities.ts';
import { extractTimexes } from '../../src/extract/timex.ts';

const quantities = (text: string) => {
  const doc = makeDoc(text, '2024-01-27');
  return extractQuantities(doc, extractTimexes(doc)).map((q) => ({ text: q.text, value: q.value, unit: q.unit, approx: q.approx, bound: q.bound }));
};
const only = (text: string) => {
  const found = quantities(text);
  assert.equal(found.length, 1, `one quantity in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0];
};

test('"roughly" makes an approximate count; proper-noun modifiers are skipped for what is counted', () => {
  assert.deepEqual(only('Roughly 2,500 US troops remain in the country.'), { text: 'Roughly 2,500 US troops', value: 2500, unit: 'troops', approx: true, bound: '=' });
});

test('"more than" and "at least" are bounds', () => {
  assert.deepEqual(only('There have been more than 150 attacks on the base.'), { text: 'more than 150 attacks', value: 150, unit: 'attacks', approx: false, bound: '>' });
  assert.equal(only('At least 12 people died in the flood.').bound, '>=');
});

test('number words count', () => {
  assert.deepEqual(only('The three working groups would meet weekly.'), { text: 'three working groups', value: 3, unit: 'working groups', approx: false, bound: '=' });
});

test('thousands separators and scale words give the full value', () => {
  assert.equal(only('The camp holds 1,250,000 refugees.').value, 1250000);
  assert.equal(only('Officials counted 4.5 million voters.').value, 4500000);
});

test('money takes its ISO 4217 code and its full value: $3.9 million is 3900000 USD', () => {
  assert.deepEqual(only('The fund lost $3.9 million in the quarter.'), { text: '$3.9 million', value: 3900000, unit: 'USD', approx: false, bound: '=' });
  assert.equal(only('The port fee rose to 40 euros a tonne.').unit, 'EUR');
});

test('a percentage takes unit percent', () => {
  assert.deepEqual(only('Inflation rose 4.1 percent in December.'), { text: '4.1 percent', value: 4.1, unit: 'percent', approx: false, bound: '=' });
  assert.equal(only('Turnout fell to 38%.').unit, 'percent');
});

test('not counts: the two sides, parts of dates, durations, names with numbers', () => {
  assert.deepEqual(quantities('Talks between the two sides had been planned since August.'), []);
  assert.deepEqual(quantities('The accord was signed on Jan. 12, 2023.'), []);
  assert.deepEqual(quantities('The war lasted five years.'), []);
  assert.deepEqual(quantities('The Ariane 6 rocket lifted off.'), []);
});

// Mistakes an editor saw on the sample wire, each on a sentence written here.
test('a number word is a whole word: "Nineteen" is 19, "tents" holds no ten', () => {
  assert.deepEqual(quantities('Nineteen of 24 economists polled expect a rise.').map((q) => [q.text, q.value, q.unit]), [['24 economists', 24, 'economists']]);
  assert.deepEqual(quantities('Volunteers handed out tents and blankets.'), []);
});

test('what is counted is a noun: not an adverb, a pronoun, a verb of a poll, nor a leading participle', () => {
  assert.deepEqual(quantities('Four people were still missing; four people still wait.').map((q) => q.unit), ['people', 'people']);
  assert.deepEqual(quantities('More than 120 injured when the roof fell.').map((q) => q.unit), ['injured']);
  assert.deepEqual(quantities('About 1,800 objects came back, 300 of them for the first time.').map((q) => q.unit), ['objects']);
  assert.deepEqual(quantities('The other five see no change and eight expect a cut.'), []);
  assert.deepEqual(only('Results from 64 disputed polling stations were challenged.'), { text: '64 disputed polling stations', value: 64, unit: 'polling stations', approx: false, bound: '=' });
});

test('"tens of thousands of people" is at least ten thousand, roughly; "tens of millions of dollars" is money', () => {
  assert.deepEqual(only('Tens of thousands of people marched in the capital.'), { text: 'Tens of thousands of people', value: 10000, unit: 'people', approx: true, bound: '=' });
  assert.deepEqual(only('The project cost tens of millions of dollars.'), { text: 'tens of millions of dollars', value: 10000000, unit: 'USD', approx: true, bound: '=' });
});

test('people named by their nation are what is counted: "20 Palestinians were killed", "millions of Chinese travelled"; "Swiss francs" counts francs', () => {
  assert.deepEqual(only('Soldiers killed 20 Palestinians on the border.'), { text: '20 Palestinians', value: 20, unit: 'Palestinians', approx: false, bound: '=' });
  assert.equal(only('Millions of Chinese travelled home for the holiday.').unit, 'Chinese');
  assert.equal(only('Some 300 Americans live there.').unit, 'Americans');
  assert.equal(only('The bank lent 12 mln Swiss francs.').unit, 'francs');
  assert.equal(only('Some 300 Chinese workers struck.').unit, 'workers');
});

test('"£1.7m", "2m euros" and "40m shares" are millions; "a 5m wall" is five metres; "3M" is a name', () => {
  assert.deepEqual(only('Jewellery worth £1.7m was stolen.'), { text: '£1.7m', value: 1700000, unit: 'GBP', approx: false, bound: '=' });
  assert.deepEqual(only('Thieves took 2m euros in cash.'), { text: '2m euros', value: 2000000, unit: 'EUR', approx: false, bound: '=' });
  assert.equal(only('The firm sold 40m shares.').value, 40000000);
  assert.deepEqual(only('They built a 5m wall.'), { text: '5m', value: 5, unit: 'metres', approx: false, bound: '=' });
  assert.deepEqual(quantities('The 3M products sold well.'), []);
});

test('"200 billion U.S. dollars" is money', () => {
  assert.deepEqual(only('China has attracted more than 200 billion U.S. dollars.'), { text: 'more than 200 billion U.S. dollars', value: 200000000000, unit: 'USD', approx: false, bound: '>' });
});

test('a compound is counted whole: "125 bus operators", "35 security force personnel"; "350 km south" counts km; a group in capitals before its verb is counted: "200 Maoists attacked"', () => {
  assert.equal(only('About 125 bus operators stopped work.').unit, 'bus operators');
  assert.equal(only('Some 35 security force personnel were hurt.').unit, 'security force personnel');
  assert.equal(only('The village is about 350 km south of Raipur.').unit, 'km');
  assert.equal(only('A group of 200 Maoists attacked the station.').unit, 'Maoists');
  assert.equal(only('Roughly 2,500 US troops remain.').unit, 'troops');
});

test('Reuters\' "300 mln dlr credit" and "100 mln stg bond" are money; a table\'s next row is not what is counted', () => {
  assert.deepEqual(only('It arranged a 300 mln dlr credit.'), { text: '300 mln dlr', value: 300000000, unit: 'USD', approx: false, bound: '=' });
  assert.equal(only('It launched a 100 mln stg bond.').unit, 'GBP');
  assert.deepEqual(quantities('Net profit 43.9 mln\n\nProfits rose.'), []);
});

test('Indian copy counts in lakhs and crores of rupees: "2 lakh people", "Rs 500 crore", "Rs 2,200 cr", "₹2,000 crore"', () => {
  assert.deepEqual(only('Over 2 lakh people joined the rally.'), { text: 'Over 2 lakh people', value: 200000, unit: 'people', approx: false, bound: '>' });
  assert.deepEqual(only('The state lost Rs 500 crore in the strike.'), { text: 'Rs 500 crore', value: 5000000000, unit: 'INR', approx: false, bound: '=' });
  assert.equal(only('Banks lost Rs 2,200 cr in transactions.').value, 22000000000);
  assert.deepEqual(only('The fund holds ₹2,000 crore.'), { text: '₹2,000 crore', value: 20000000000, unit: 'INR', approx: false, bound: '=' });
  assert.equal(only('Wages rose by Rs.40 a day.').unit, 'INR');
});

test('"four more gold medals", "280 extra flights", "2,000 additional troops", "32,000 new jobs" count medals, flights, troops and jobs', () => {
  assert.equal(only('China won four more gold medals today.').unit, 'gold medals');
  assert.equal(only('Airlines will operate 280 extra flights.').unit, 'flights');
  assert.equal(only('The army sent 2,000 additional troops.').unit, 'troops');
  assert.equal(only('The plan creates 32,000 new jobs.').unit, 'jobs');
});

test('a verb ends what is counted ("About 200 people met", "people would"), and one straight after the number leaves nothing counted ("Thousands marched"), unless it names casualties ("206 dead", "dozens wounded")', () => {
  assert.equal(only('About 200 people met at a church hall.').unit, 'people');
  assert.equal(only('Aid to hundreds of thousands of people would be disrupted.').unit, 'people');
  assert.deepEqual(quantities('Thousands marched in Peshawar.'), []);
  assert.deepEqual(quantities('Hundreds remain in hospital.'), []);
  assert.equal(only('The toll stood at 206 dead.').unit, 'dead');
  assert.equal(only('The strikes left dozens wounded.').unit, 'wounded');
  assert.equal(only('It sold 1,600,000 restricted preferred shares.').unit, 'preferred shares');
  assert.equal(only('They bought five privately held companies.').unit, 'privately held companies');
});

test('a preposition ends what is counted: "Thousands marched through the city" counts nothing, "1.85 mln ha against 1.6 mln" counts hectares', () => {
  assert.deepEqual(quantities('Thousands marched through the city.'), []);
  assert.equal(quantities('Plantings rose to 1.85 mln ha against 1.6 mln ha.')[0].unit, 'ha');
});
