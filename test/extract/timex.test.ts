// TIMEX3 normalisation against the document date, one case per phenomenon the wire needs.
// Stories here are dated Saturday 2024-01-27 unless a case says otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/text/doc.ts';
import { extractTimexes } from '../../src/extract/timex.ts';

const DCT = '2024-01-27'; // a Saturday
const timexes = (text: string, dct = DCT) => extractTimexes(makeDoc(text, dct)).map((t) => ({ text: t.text, type: t.type, value: t.value, ...(t.mod ? { mod: t.mod } : {}) }));
const only = (text: string, dct = DCT) => {
  const found = timexes(text, dct);
  assert.equal(found.length, 1, `one timex in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0];
};

test('a weekday that is the story date is that day', () => {
  assert.deepEqual(only('The two delegations met on Saturday in the capital.'), { text: 'Saturday', type: 'DATE', value: '2024-01-27' });
});

test('a weekday in the past tense is the one before; the nearest verb decides, not a later "would"', () => {
  assert.equal(only('On Thursday, the ministry had said it would reopen the border.').value, '2024-01-25');
  assert.equal(only('The rebels attacked the town on Tuesday.').value, '2024-01-23');
});

test('a weekday in the future tense is the one after', () => {
  assert.equal(only('The envoy will travel to the region on Monday.').value, '2024-01-29');
});

test('"since mid-October" is October of the year before, mod MID', () => {
  assert.deepEqual(only('Prices have climbed since mid-October.'), { text: 'mid-October', type: 'DATE', value: '2023-10', mod: 'MID' });
});

test('"late 2017" is 2017 with mod END', () => {
  assert.deepEqual(only('The port was rebuilt in late 2017.'), { text: 'late 2017', type: 'DATE', value: '2017', mod: 'END' });
});

test('"a decade" is a duration of ten years', () => {
  assert.deepEqual(only('The mission ends a decade after it began.'), { text: 'a decade', type: 'DURATION', value: 'P10Y' });
});

test('"last month" and "next year" move from the story date', () => {
  assert.deepEqual(only('Exports fell last month.'), { text: 'last month', type: 'DATE', value: '2023-12' });
  assert.deepEqual(only('Elections are due next year.'), { text: 'next year', type: 'DATE', value: '2025' });
});

test('"earlier this week" is this ISO week, mod START', () => {
  assert.deepEqual(only('The minister resigned earlier this week.'), { text: 'earlier this week', type: 'DATE', value: '2024-W04', mod: 'START' });
});

test('a month without a year takes its year from the tense', () => {
  assert.equal(only('The strike began in October.').value, '2023-10'); // past: the October before January 2024
  assert.equal(only('The vote will take place in March.').value, '2024-03'); // future: the March ahead
});

test('full dates, abbreviated months and times of day', () => {
  assert.equal(only('The accord was signed on Jan. 12, 2023 in Geneva.').value, '2023-01-12');
  assert.deepEqual(only('The curfew starts at 10 p.m., police said.'), { text: '10 p.m.', type: 'TIME', value: '2024-01-27T22:00' });
  assert.equal(only('Voting closed at noon.').value, '2024-01-27T12:00');
});

test('without a document date, relative dates keep their shape with X placeholders', () => {
  const undated = extractTimexes(makeDoc('The rebels attacked on Tuesday.'));
  assert.deepEqual(undated.map((t) => t.value), ['XXXX-WXX-2']);
});

test('a date without a year almost a year away takes the other reading', () => {
  // Late October: "extended to Nov. 6" is this November even after a past-tense verb.
  assert.equal(only('The offer was extended to Nov. 6.', '1989-10-30').value, '1989-11-06');
  assert.equal(only('Prices peaked last April.', '1989-10-27').value, '1989-04');
});

test('"N units ago" and "a year earlier" are dates; ages, fractions and rates are not durations', () => {
  assert.deepEqual(only('The plant closed nearly four years ago.', '1998-02-27'), { text: 'nearly four years ago', type: 'DATE', value: '1994', mod: 'APPROX' });
  assert.deepEqual(timexes('Mr. Reyes, 52 years old, runs the unit.'), []);
  assert.deepEqual(timexes('Iraq imports about three-quarters of its food.'), []);
  assert.deepEqual(timexes('The cut saves $500 million a year.'), []);
});

test('the reporting periods of business news', () => {
  assert.equal(only('Profit fell 5% in the quarter.', '1989-10-30').value, '1989-Q3'); // the quarter just closed
  assert.equal(only('Revenue rose from the year-ago quarter.', '1989-10-30').value, '1988-Q3');
  assert.deepEqual(timexes('Sales were flat for the year ended March 31.', '1989-10-30')[0], { text: 'the year', type: 'DURATION', value: 'P1Y' });
});

test('times on a named day and years spoken in transcripts', () => {
  assert.equal(only('Talks broke off at noon Thursday.', '1998-02-13').value, '1998-02-12T12:00');
  assert.equal(only('In nineteen ninety-six a bomb went off.', '1998-02-27').value, '1996');
});

test('what a bank "signalled" for a month lies ahead, though the verb is past', () => {
  assert.deepEqual(only('The central bank raised rates and signalled another increase in December.', '2024-10-08'), { text: 'December', type: 'DATE', value: '2024-12' });
});

test('"at least" stays in the span; "a quarter-point" is a size, not a time', () => {
  assert.deepEqual(only('The dam will supply water for at least 10 years.'), { text: 'at least 10 years', type: 'DURATION', value: 'P10Y', mod: 'MORE_THAN' });
  assert.deepEqual(timexes('Economists expect a quarter-point increase.'), []);
});

test('in a story about a quarter, "a year ago" and a compared "last year" are that quarter a year before', () => {
  const story = 'Andes Mining said third-quarter profit rose 12% to $40 million. Sales climbed to $300 million from $250 million a year ago. It had a loss of $3 million last year in its copper unit, compared with $8 million last year.';
  assert.deepEqual(
    timexes(story, '2024-10-30').map((t) => [t.text, t.value]),
    [['third-quarter', '2024-Q3'], ['a year ago', '2023-Q3'], ['last year', '2023'], ['last year', '2023-Q3']],
  );
  // Without a quarter in view, a year ago is the year.
  assert.equal(only('Sales climbed to $300 million from $250 million a year ago.', '2024-10-30').value, '2023');
});

test('"by" a month or date is a deadline ahead, whatever the verbs say', () => {
  assert.equal(only('They expect the deal to be completed by Dec. 15.', '1989-10-31').value, '1989-12-15');
  assert.equal(only('The talks were supposed to conclude by May.', '1998-03-22').value, '1998-05');
});

test('a plan in the past perfect was past: "had been scheduled to expire at midnight Friday"', () => {
  assert.equal(only('The offer had been scheduled to expire Friday.', '1989-10-30').value, '1989-10-27');
  assert.equal(only('The offer is scheduled to expire Friday.', '1989-10-30').value, '1989-11-03');
});

test('a clock time runs on into the day the splitter cut off: "5 p.m. EST Nov. 9", "10 p.m. Wednesday"', () => {
  assert.deepEqual(only('It extended its offer until 5 p.m. EST Nov. 9.', '1989-11-02'), { text: '5 p.m. EST Nov. 9', type: 'TIME', value: '1989-11-09T17:00' });
  assert.equal(only('The store was robbed at 10 p.m. Wednesday, police said.', '1998-02-13').value, '1998-02-11T22:00');
});

test('halves of a year: "the first half of 1990", "the last half of 1989", "the second half" of the story\'s year', () => {
  assert.equal(only('Profit fell in the first half of 1990.', '1989-11-02').value, '1990-H1');
  assert.equal(only('Earnings will lag for the last half of 1989.', '1989-11-02').value, '1989-H2');
  assert.equal(only('Sales rose in the second half.', '1989-11-02').value, '1989-H2');
  assert.deepEqual(timexes('He sold half of the shares.', '1989-11-02'), []);
});

test('a whole and a half: "2 1/2 years", "a minute and a half", "three and a half hours"', () => {
  assert.deepEqual(only('They lived in the camps for 2 1/2 years.'), { text: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' });
  assert.equal(only('A minute and a half later, the pilot called.').value, 'PT1M30S');
  assert.equal(only('The talks lasted three and a half hours.').value, 'PT3H30M');
});
