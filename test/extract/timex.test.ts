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

test('"last" and "next" before a month name say which side of this month it lies', () => {
  assert.equal(only('The congress, held last September, set the goals.', '1998-08-07').value, '1997-09');
  assert.equal(only('The fair opened last August.', '1998-08-07').value, '1997-08');
  assert.equal(only('The fair opens next August.', '1998-08-07').value, '1999-08');
  assert.equal(only('The vote is due next March.', '1998-08-07').value, '1999-03');
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

test('the British and Indian clock with a dot: "7.30pm", "11.30 a.m. on Thursday"; "30 p.m." is no time', () => {
  assert.deepEqual(only('The march started at 7.30 p.m. but police blocked it.', '2019-06-15'), { text: '7.30 p.m.', type: 'TIME', value: '2019-06-15T19:30' });
  assert.equal(only('Workers gathered at 8.30am on Thursday.', '2019-06-15').value, '2019-06-13T08:30');
  assert.deepEqual(timexes('The blast came at 30 pm.', '2019-06-15'), []);
});

test('a web page\'s stamp: "Tue Sep 04 2012, 06:45 hrs" is a date and a time', () => {
  assert.deepEqual(timexes('Surat, Tue Sep 04 2012, 06:45 hrs The police have arrested six.', '2012-09-04').map((t) => [t.text, t.value]), [['Tue Sep 04 2012', '2012-09-04'], ['06:45 hrs', '2012-09-04T06:45']]);
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
  assert.deepEqual(only('The meeting lasted half an hour.'), { text: 'half an hour', type: 'DURATION', value: 'PT30M' });
  assert.equal(only('She hosts a half-hour show.').value, 'PT30M');
  assert.equal(only('The feud ran for half a century.').value, 'P50Y');
});

test('a month, quarter or season of a named year: "January this year", "June last year", "the first quarter of last year"', () => {
  assert.deepEqual(only('In January this year, British officers were sent home.', '1998-02-19'), { text: 'January this year', type: 'DATE', value: '1998-01' });
  assert.equal(only('But in June last year, the leadership split.', '1998-02-19').value, '1997-06');
  assert.equal(only('Franchises will end after October of next year.', '2009-05-15').value, '2010-10');
  assert.equal(only('In the first quarter of last year, GM lost $381 million.', '2009-05-07').value, '2008-Q1');
  assert.equal(only('For the final quarter of 2009, Ford made a profit.', '2010-01-28').value, '2009-Q4');
  assert.equal(only('Oil fell to the level seen in the winter of 1994.', '1998-02-23').value, '1994-WI');
  assert.equal(only('A bomb went off in January nineteen ninety-seven.', '1998-02-27').value, '1997-01');
});

test('spoken years keep their units: "nineteen seventy-nine"', () => {
  assert.equal(only('The Soviet Union invaded in nineteen seventy-nine.', '1998-01-21').value, '1979');
});

test('decades and centuries: "the \'80s", "the nineties", "the 20th century"', () => {
  assert.equal(only("Sales were flat through the '80s.", '1989-10-26').value, '198');
  assert.equal(only('Numbers dropped through the nineties.', '1998-03-03').value, '199');
  assert.equal(only('She is a 20th century democrat.', '1998-02-13').value, '19');
  assert.equal(only('They visited the eleventh century temple.', '1998-02-19').value, '10');
  assert.deepEqual(timexes('She is in her forties.'), []);
});

test('counted spans with a word between: "six straight days", "two consecutive quarters", "20 more years", "several quarters of losses"', () => {
  assert.equal(only('The dollar rose after six straight days of losses.').value, 'P6D');
  assert.equal(only('Japan entered a recession after two consecutive quarters of decline.').value, 'P2Q');
  assert.equal(only('The navy may use the base for at least 20 more years.').value, 'P20Y');
  assert.equal(only('It turned a profit after several quarters of losses.').value, 'PXQ');
  assert.deepEqual(timexes('Three quarters of the voters agreed.'), []);
});

test('"three days later", "a day earlier": the span between two events; "a year earlier" still compares with last year', () => {
  assert.deepEqual(only('Three days later, the index had recovered.', '1989-10-30'), { text: 'Three days', type: 'DURATION', value: 'P3D' });
  assert.equal(only('A day earlier, trucks crossed the border.', '1990-08-16').value, 'P1D');
  assert.equal(only('Net income was $5 million a year earlier.', '1989-10-30').value, '1988');
});

test('GMT and UTC clock times end in Z, and a clock time takes the day its sentence names', () => {
  assert.deepEqual(only('The Dow was down 2.6% at 16:08 UTC.', '2008-09-17'), { text: '16:08 UTC', type: 'TIME', value: '2008-09-17T16:08Z' });
  assert.equal(only('At 0800 GMT, the central banks acted.', '2008-09-18').value, '2008-09-18T08:00Z');
  assert.deepEqual(only('GM filed for bankruptcy at 12:00 UTC Monday.', '2009-06-03'), { text: '12:00 UTC Monday', type: 'TIME', value: '2009-06-01T12:00Z' });
  const flight = timexes('The jet made its first flight Tuesday in Everett at 18:00 UTC.', '2009-12-16');
  assert.deepEqual(flight.map((t) => t.value), ['2009-12-15', '2009-12-15T18:00Z']);
});

test('anaphoric times count from the time last named: "the following year", "that day", "ended the day", "in the morning"', () => {
  const promoted = timexes('On May 22, 1995, Farkas was made a general, and the following year he was sent to Washington.', '1998-04-18');
  assert.deepEqual(promoted.map((t) => [t.text, t.value]), [['May 22, 1995', '1995-05-22'], ['the following year', '1996']]);
  const trading = timexes('Stocks fell on Monday. The Dow ended the day down 3%.', '2009-02-24');
  assert.deepEqual(trading.map((t) => t.value), ['2009-02-23', '2009-02-23']);
  const morning = timexes('Shares slid on Friday. Dealers placed buy orders in the morning.', '1989-10-30');
  assert.deepEqual(morning.map((t) => [t.type, t.value]), [['DATE', '1989-10-27'], ['TIME', '1989-10-27TMO']]);
  assert.equal(only('Markets ended the day lower.', '2009-08-21').value, '2009-08-21'); // nothing named before: the story's day
});

test('"the same period last year" is the period last named, a year back', () => {
  const compare = timexes('Sales rose 43% in February compared to the same period last year.', '2010-03-03');
  assert.deepEqual(compare.map((t) => t.value), ['2010-02', '2009-02']);
  assert.equal(only('Profit was $10 million in the same period a year earlier.', '2009-10-16').value, '2008');
});

test('sets of named times: "each July", "Tuesday nights", "on Sundays"', () => {
  assert.deepEqual(only('Orangemen march each July from the church.'), { text: 'each July', type: 'SET', value: 'XXXX-07' });
  assert.equal(only('Flights leave Bombay on Tuesday nights.').value, 'XXXX-WXX-2TNI');
  assert.equal(only('The market is closed on Sundays.').value, 'XXXX-WXX-7');
});

test('"over the past year" is last year; "the past decade" the decade ten years back; "recent years" the past', () => {
  assert.equal(only('Hate groups grew over the past year.', '1998-03-03').value, '1997');
  assert.equal(only('It was the third time in the past decade.', '2011-01-17').value, '200');
  assert.equal(only('The yen soared in recent years.', '1989-10-30').value, 'PAST_REF');
});

test('parts of a named day: "mid-afternoon yesterday", "early evening"', () => {
  assert.deepEqual(only('In London at mid-afternoon yesterday, shares were up.', '1989-11-02'), { text: 'mid-afternoon yesterday', type: 'TIME', value: '1989-11-01TAF' });
});

test('the tense cue knows irregular past verbs and passives: "brought", "should be completed"', () => {
  assert.equal(only('In January, the company brought in a new chief.', '1989-10-27').value, '1989-01');
  assert.equal(only('The transaction should be completed in October.', '2009-06-05').value, '2009-10');
});

test('a passive of an irregular verb looks ahead ("will be paid Dec. 14"); "-ed" words that are no verbs are no past', () => {
  assert.equal(only('The dividend will be paid Dec. 14 to holders.', '1989-10-26').value, '1989-12-14');
  assert.equal(only('Mr. Schwarz will succeed Mr. Davison Feb. 1.', '1989-10-26').value, '1990-02-01');
  assert.equal(only('The United States plans talks in March.', '2024-01-27').value, '2024-03');
});

test('names are not times: "this may" is a verb, "the Russell 2000 index" a name, "The 1991 agreement" a year', () => {
  assert.deepEqual(timexes('Jobs believes that this may change the film industry.', '2005-10-13'), []);
  assert.deepEqual(timexes('The Russell 2000 index of smaller companies fell.', '2009-02-24'), []);
  assert.equal(only('The 1991 agreement was that Apple would stay out of music.', '2006-05-08').value, '1991');
});

test('holidays are dated, the movable ones by their rule: Christmas, Thanksgiving, Easter, Memorial Day', () => {
  assert.deepEqual(only('Shoppers crowded the stores before Christmas.', '1998-12-20'), { text: 'Christmas', type: 'DATE', value: '1998-12-25' });
  assert.equal(only('He will return after Thanksgiving.', '1998-11-02').value, '1998-11-26');
  assert.equal(only('The attack came on Easter Sunday 1999.', '1999-06-01').value, '1999-04-04');
  assert.equal(only("Crowds gathered on New Year's Eve.", '2000-01-02').value, '1999-12-31');
  assert.equal(only('Parades were held on Memorial Day.', '2000-06-01').value, '2000-05-29');
});

test('both days of a range: "Aug. 7-8", "March 3 to 5, 1999" (the year written once serves both)', () => {
  assert.deepEqual(timexes('The summit will be held Aug. 7-8 in Geneva.', '1998-08-01').map((t) => [t.text, t.value]), [['Aug. 7', '1998-08-07'], ['8', '1998-08-08']]);
  assert.deepEqual(timexes('Talks ran from March 3 to 5, 1999, in Paris.', '1998-08-01').map((t) => t.value), ['1999-03-03', '1999-03-05']);
  assert.deepEqual(timexes('Police counted June 1 and 2,000 people came.', '1998-08-01').map((t) => t.value), ['1998-06-01']);
});

test('spoken compound numbers count: "twenty four hours", "forty-five minutes"', () => {
  assert.equal(only('In the last twenty four hours, stocks fell.').value, 'PT24H');
  assert.equal(only('He waited forty-five minutes.').value, 'PT45M');
});

test('numeric dates, and what only looks like a date: "4/4/2018"; "Marítimo", "1815/1815" kick-offs, "a quarter-mile"', () => {
  assert.equal(only('The report was dated 4/4/2018 by the ministry.', '2018-04-05').value, '2018-04-04');
  assert.equal(only('The ceasefire of 29/12/1999 held.', '2000-01-05').value, '1999-12-29');
  assert.deepEqual(timexes('Moreirense (2) 2 Marítimo (0) 1', '2018-01-03'), []);
  assert.deepEqual(timexes('Fixtures: Estoril (1815/1815) Porto v Braga.', '2018-01-03'), []);
  assert.deepEqual(timexes('The breach is a quarter-mile wide after an hours-long standoff.', '2016-01-04'), []);
});

test('a listing\'s last clock time does not take the next paragraph\'s day', () => {
  const found = timexes('Texas at Oakland, 10:05 p.m.\n\nWednesday\'s Games\n\nMiami at Philadelphia, 1:05 p.m.', '2016-05-17');
  assert.deepEqual(found.map((t) => t.text), ['10:05 p.m.', 'Wednesday', '1:05 p.m.']);
});

test('a clock time with no day in its sentence takes the day the story last named', () => {
  const found = timexes('The incident began at 6:29 a.m. Thursday. Around 6:40 a.m., guards spotted him.', '2020-07-03');
  assert.deepEqual(found.map((t) => t.value), ['2020-07-02T06:29', '2020-07-02T06:40']);
  assert.equal(only('Trading resumed at 3 p.m.', '2020-07-03').value, '2020-07-03T15:00'); // nothing named: the story's day
});

test('"an hour and 42 minutes" is one span; "minute-by-minute" and "China Daily" are not times', () => {
  assert.equal(only('The talks went on for an hour and 42 minutes.').value, 'PT1H42M');
  assert.deepEqual(timexes('He gave a minute-by-minute account.'), []);
  assert.deepEqual(timexes('According to the newspaper China Daily, output rose.'), []);
});

test('"from 14.58 pct a month earlier" compares with the month before; "year-on-year" is no span', () => {
  assert.deepEqual(only('Rates fell to 13.88 pct, from 14.58 pct a month earlier.', '1987-03-19'), { text: 'a month earlier', type: 'DATE', value: '1987-02' });
  assert.deepEqual(timexes('It was a year-on-year gain of 12.7 pct.', '1987-03-19'), []);
});

test('halves and quarters of a game are periods of play, not of the year', () => {
  assert.deepEqual(timexes('Miami led 48-39 before Atlanta closed the first half with a 13-4 run.', '2016-02-20'), []);
  assert.deepEqual(timexes('The Chiefs were whistled 10 times in the first quarter alone.', '2018-11-20'), []);
  assert.deepEqual(timexes('The Lakers outscored Boston 30-18 in the third quarter.', '1998-08-07'), []);
  assert.equal(only('Profit rose in the first quarter.', '2018-11-20').value, '2018-Q1');
});

test('"two weeks ago" is a day; "by Wednesday" after "had" was past; "will one day" is the future', () => {
  assert.equal(only('Sinn Fein was invited to rejoin two weeks ago.', '1998-03-22').value, '1998-03-08');
  assert.equal(only('Only two members had filed reports by Wednesday.', '1990-08-16').value, '1990-08-15');
  assert.equal(only('Islam will one day be the second largest religion there.', '1998-03-03').value, 'FUTURE_REF');
  assert.equal(only('They study so that they can one day get a job.', '2019-06-15').value, 'FUTURE_REF');
  assert.equal(only('She hopes to one day run the firm.', '2019-06-15').value, 'FUTURE_REF');
  assert.equal(only('The visit was cut to one day.', '2019-06-15').value, 'P1D');
  assert.deepEqual(timexes('He caused uproar in some quarters by backing the plan.', '2019-06-15'), []);
});

test('"since \'82", "in spring", "in just minutes", "for the time being", "the long term"', () => {
  assert.equal(only("The Nikkei closed at its lowest level since '82.", '2008-10-27').value, '1982');
  assert.equal(only('Sales should pick up in spring.', '2009-01-10').value, '2009-SP');
  assert.equal(only('The index lost 100 points in just minutes.').value, 'PTXM');
  assert.equal(only('The slowdown will go on for the time being.').value, 'PRESENT_REF');
  assert.equal(only('The plant is safe for the long term.').value, 'FUTURE_REF');
  assert.deepEqual(timexes('Shares slid after a fall in prices.'), []); // "fall" the noun is no season
});

test('"at a later date" and "as soon as possible" are times to come', () => {
  assert.equal(only('It will raise the money at a later date.').value, 'FUTURE_REF');
  assert.equal(only('It would liquidate the maker "as soon as possible," it said.').value, 'FUTURE_REF');
});

test('year spans give both years ("1996-2000"); a span in a name is no time ("Five-Year Plan")', () => {
  assert.deepEqual(timexes('The Ninth Five-Year Plan period (1996-2000) ended.', '1998-08-08').map((t) => t.value), ['1996', '2000']);
  assert.deepEqual(timexes('Call 555-1998 now.', '1999-02-10').map((t) => t.value), ['PRESENT_REF']);
});

test('a part of a named date: "the morning of Aug. 7"', () => {
  assert.deepEqual(only('On the morning of Aug. 7, the bombs went off.', '1998-08-10'), { text: 'the morning of Aug. 7', type: 'TIME', value: '1998-08-07TMO' });
});

test('sets with a period: "every two years", "every other week"', () => {
  assert.deepEqual(only('Elections are held every two years.'), { text: 'every two years', type: 'SET', value: 'P2Y' });
  assert.equal(only('They meet every other week.').value, 'P2W');
});

test('bare spans after a verb or preposition: "took weeks", "within hours of", "months of talks", "minutes later", "just months ago"', () => {
  assert.deepEqual(only('It took weeks to restore power.'), { text: 'weeks', type: 'DURATION', value: 'PXW' });
  assert.deepEqual(only('Within hours of the blast, police arrested two men.'), { text: 'hours', type: 'DURATION', value: 'PTXH' });
  assert.deepEqual(only('The merger follows months of talks.'), { text: 'months', type: 'DURATION', value: 'PXM' });
  assert.deepEqual(only('The police arrived minutes later.'), { text: 'minutes', type: 'DURATION', value: 'PTXM' });
  assert.deepEqual(only('Control Data, which just months ago was losing money, is profitable.'), { text: 'months ago', type: 'DURATION', value: 'PXM' });
  assert.deepEqual(timexes('The 10-year-old boy and his parents left.'), []);
  assert.deepEqual(timexes('Police summoned her for hours-long meetings.'), []);
});

test('"the end of the month", "the start of the year": a part of the story\'s period; "the start of the day" is the day last named', () => {
  assert.deepEqual(only('He will visit China at the end of the month.'), { text: 'the end of the month', type: 'DATE', value: '2024-01', mod: 'END' });
  assert.deepEqual(only('The reform was announced at the start of the year.'), { text: 'the start of the year', type: 'DATE', value: '2024', mod: 'START' });
  assert.deepEqual(only('Sales fell in the middle of the week.'), { text: 'the middle of the week', type: 'DATE', value: '2024-W04', mod: 'MID' });
  const day = timexes('Stocks fell on Tuesday. After a large fall at the start of the day, the index recovered.');
  assert.deepEqual(day.map((t) => [t.text, t.value]), [['Tuesday', '2024-01-23'], ['the start of the day', '2024-01-23']]);
});

test('"the year 2000" is one expression, that year; "is set for" looks ahead', () => {
  assert.deepEqual(only('The computers may fail in the year 2000.', '1998-08-12'), { text: 'the year 2000', type: 'DATE', value: '2000' });
  assert.equal(only('The vote is set for Friday.', '1998-08-12').value, '1998-08-14');
});

test('"January 1 this year" is one day; "the next century" and "the end of the century" count from the story\'s century', () => {
  assert.deepEqual(only('The new law took effect on January 1 this year.', '1998-08-12'), { text: 'January 1 this year', type: 'DATE', value: '1998-01-01' });
  assert.deepEqual(only('China will be a major power in the next century.', '1998-08-12'), { text: 'the next century', type: 'DATE', value: '20' });
  assert.deepEqual(only('The target should be reached by the end of the century.', '1998-08-12'), { text: 'the end of the century', type: 'DATE', value: '19', mod: 'END' });
});

test('the 24-hour clock: "at 10:00", "20:00 hours", "11:30 Beijing time", "8 o\'clock"; a deadline with "had" anywhere was past', () => {
  const d = '1998-08-08';
  assert.deepEqual(only('The curfew is 20:00 hours.', d), { text: '20:00 hours', type: 'TIME', value: '1998-08-08T20:00' });
  assert.deepEqual(only('The train left at 11:30 Beijing time.', d), { text: '11:30 Beijing time', type: 'TIME', value: '1998-08-08T11:30' });
  assert.deepEqual(only("The meeting began at 8 o'clock.", d), { text: "8 o'clock", type: 'TIME', value: '1998-08-08T08:00' });
  assert.deepEqual(timexes('The plane took off at 10:00 (0200 GMT).', d).map((t) => t.value), ['1998-08-08T10:00', '1998-08-08T02:00Z']);
  assert.deepEqual(timexes('See John 3:16 for details.', d), []);
  assert.equal(only('By 6 p.m. Thursday, 100 people had been rescued.', d).value, '1998-08-06T18:00');
});

test('a possessive after "by" is no deadline: "wrecked by Friday\'s bomb blast" was the Friday before', () => {
  assert.equal(only("Rescuers searched a building wrecked by Friday's bomb blast.", '1998-08-08').value, '1998-08-07');
});

test('"by year-end" is Dec. 31 of this year, "since year-end" of last; "by mid-year" is the middle of this year', () => {
  const d = '1989-11-02';
  assert.deepEqual(only('The deal should close by year-end.', d), { text: 'year-end', type: 'DATE', value: '1989-12-31' });
  assert.equal(only('The index is up 10 percent since year-end.', d).value, '1988-12-31');
  assert.deepEqual(only('The merger should be completed by mid-year.', d), { text: 'mid-year', type: 'DATE', value: '1989', mod: 'MID' });
  assert.equal(only('"We hope they will be concluded by the year end," he said.', d).value, '1989-12-31');
  assert.deepEqual(timexes('Funds are needed ahead of the financial year-end.', d), []);
});

test('a range of counts shares its unit ("two to three weeks"); "year-earlier profit" is last year; "by year end"', () => {
  const d = '1989-11-02';
  assert.deepEqual(only('Shipments will resume within two to three weeks.', d), { text: 'two to three weeks', type: 'DURATION', value: 'P2W' });
  assert.deepEqual(only('The process would take between 60 and 90 days.', d), { text: '60 and 90 days', type: 'DURATION', value: 'P60D' });
  assert.deepEqual(timexes('Sterling eased 1/16 point to 10-9/16 7/16 and three-months rates held.', d).map((t) => t.text), ['three-months']);
  assert.deepEqual(only('Sales rose, compared with year-earlier sales of $3 million.', d), { text: 'year-earlier', type: 'DATE', value: '1988' });
  assert.deepEqual(only('The company plans to cut 6,000 jobs by year end.', d), { text: 'year end', type: 'DATE', value: '1989-12-31' });
});

test('a paper or programme named by a time word is no time: "USA Today", "VOA Today", ABC\'s "This Week"', () => {
  assert.deepEqual(timexes('He read it in USA Today and watched "This Week" on ABC.'), []);
  assert.equal(only('This week, the talks resume.').value, '2024-W04');
});

test('not times: "about a quarter, of its dealers" is a share, "75 hours of video" what a device holds; "two days of music" is a span', () => {
  assert.deepEqual(timexes('The firm wants to cut 789, or about a quarter, of its dealers.'), []);
  assert.deepEqual(timexes('The player stores 75 hours of video.'), []);
  assert.equal(only('The festival brings two days of music and speeches.').value, 'P2D');
});

test('decades written with an apostrophe ("the 1940\'s", "the 60\'s"); "a fortnight"; "over" is "more than" only where it means it', () => {
  assert.deepEqual(only('He was born in the 1940\'s.'), { text: "the 1940's", type: 'DATE', value: '194' });
  assert.deepEqual(only('The band was popular in the 60\'s.'), { text: "the 60's", type: 'DATE', value: '196' });
  assert.deepEqual(only('The storm lasted a fortnight.'), { text: 'a fortnight', type: 'DURATION', value: 'P2W' });
  assert.deepEqual(only('The sum will be spread over three years.'), { text: 'three years', type: 'DURATION', value: 'P3Y' });
  assert.deepEqual(only('The index is at its lowest in over six years.'), { text: 'over six years', type: 'DURATION', value: 'P6Y', mod: 'MORE_THAN' });
});

test('"that fall", "the following January", "the previous March" count from the time last named', () => {
  const found = timexes('The war began in August 1990. That fall, troops poured in. The following January, the air war started. The previous March had been calm.');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['August 1990', '1990-08'], ['That fall', '1990-FA'], ['The following January', '1991-01'], ['The previous March', '1990-03']]);
});

test('"two years later" moves the story on: "the end of that year" after it is two years on from the year last named', () => {
  const found = timexes('In 1994, the company moved to Texas. Two years later, it went public. By the end of that year, it had 500 workers.');
  assert.deepEqual(found.map((t) => [t.text, t.value, t.mod]), [['1994', '1994', undefined], ['Two years', 'P2Y', undefined], ['the end of that year', '1996', 'END']]);
  const days = timexes('The plant opened on May 3, 1996. It closed three days later. That day, workers protested.');
  assert.equal(days.at(-1)?.value, '1996-05-06');
});

test('"this past weekend" is the one before; "a week earlier" in a comparison counts from the day last named', () => {
  assert.deepEqual(only('Police were called this past weekend.', '1998-11-17'), { text: 'this past weekend', type: 'DATE', value: '1998-W46-WE' });
  const found = timexes('The shares closed at $12 on Friday, down from $14 a week earlier.', '1998-11-15');
  assert.deepEqual(found.map((t) => t.value), ['1998-11-13', '1998-11-06']);
});

test('a frequency is a set of its period: "twice a week", "four times a year", "once a month"', () => {
  assert.deepEqual(only('Ministers meet twice a week.'), { text: 'twice a week', type: 'SET', value: 'P1W' });
  assert.deepEqual(only('The board meets four times a year.'), { text: 'four times a year', type: 'SET', value: 'P1Y' });
});

test('a bare weekday in the present tense is a plan ("meet separately Monday"); "Friday\'s purchases" and "that is," are not', () => {
  assert.equal(only('He and Arafat meet separately Monday with the envoy.', '1998-05-01').value, '1998-05-04');
  assert.equal(only("Nestle's share before Friday's purchases is far below its rivals'.", '1989-10-30').value, '1989-10-27');
  assert.equal(only('On Sunday, the countries -- that is, those which use the euro -- had agreed on a plan.', '2008-10-13').value, '2008-10-12');
});

test('"may" and "might" look ahead ("on Monday it may raise them again"), but "may have" looks back; the month May is no modal', () => {
  assert.equal(timexes('On Friday the bank raised rates; on Monday it may raise them again.')[1].value, '2024-01-29');
  assert.equal(only('The company said Monday it may cut 500 jobs.').value, '2024-01-22');
  assert.equal(only('The rebels may have crossed the border Tuesday.').value, '2024-01-23');
  assert.equal(timexes('Prices fell in May. The bank raised rates on Monday.')[1].value, '2024-01-22');
});

test('"the end of this century" is the century with its mod; "the whole year" and "the entire year" are the story\'s year', () => {
  assert.deepEqual(only('By the end of this century, the country aims to double its output.', '1998-08-09'), { text: 'the end of this century', type: 'DATE', value: '19', mod: 'END' });
  assert.deepEqual(only('The figure for the whole year is expected to exceed 100 million.'), { text: 'the whole year', type: 'DATE', value: '2024' });
});

test('"every spring", "each January" are sets of that season or month; "The night of Aug. 7" opening a sentence is a time', () => {
  assert.deepEqual(only('Each spring, the river floods the valley.'), { text: 'Each spring', type: 'SET', value: 'XXXX-SP' });
  assert.deepEqual(only('Every January, the town holds a festival.'), { text: 'Every January', type: 'SET', value: 'XXXX-01' });
  assert.deepEqual(only('The night of Aug. 7, the embassy was full.', '1998-08-13'), { text: 'The night of Aug. 7', type: 'TIME', value: '1998-08-07TNI' });
});

test('a clock time on a bare weekday in the present tense is a plan too ("the polls open at 7 a.m. Tuesday")', () => {
  assert.equal(only('The polls open at 7 a.m. Tuesday.').value, '2024-01-30T07:00');
  assert.equal(only('The polls opened at 7 a.m. Tuesday.').value, '2024-01-23T07:00');
});

test('a tense marker in another clause counts for less ("nominated him on Wednesday, but he may not be confirmed"); "each may" is no month', () => {
  assert.equal(only('President Reagan nominated the law professor as chairman on Wednesday, but he may not be confirmed by the Senate.').value, '2024-01-24');
  assert.equal(only('The government would consider its options at a cabinet meeting on Thursday, but added that nothing was decided.').value, '2024-02-01');
  assert.deepEqual(timexes('Under the agreement each may practice the other\'s technology.'), []);
});

test('a participle after an article or a possessive is an adjective, no past: "will consider an increased dividend at its June meeting"', () => {
  assert.equal(only('The board approved a stock split and will consider an increased cash dividend at its June meeting.', '1987-03-09').value, '1987-06');
  assert.equal(only('The board approved a stock split, and it raised the dividend in June.', '1987-03-09').value, '1986-06');
});

test('the attribution after a report is not its tense: "NYNEX will file its comments on Friday, he said"', () => {
  assert.equal(only('NYNEX will file its comments with the court on Friday, he said.').value, '2024-02-02');
  assert.equal(only('The minister said on Friday that the plan had failed.').value, '2024-01-26');
  assert.equal(only('The rebels shelled the town on Friday, the army said.').value, '2024-01-26');
});

test('with no tense of its own, a report takes its attribution\'s: "Shares hit a record on Friday, he said"', () => {
  assert.equal(only('Shares hit a record on Friday, he said.').value, '2024-01-26');
});

test('the ends of a range lie in order: "from September 30, 1987, to December 31" ends in 1987; a dateline and its story are no range', () => {
  assert.equal(timexes('The export period was extended from September 30, 1987, to December 31.', '1987-03-09')[1].value, '1987-12-31');
  assert.equal(timexes('OPEC cut output from July to December, ministers said.', '1987-06-29')[1].value, '1987-12');
  assert.equal(timexes('TOWSON, Md., March 11 - Jan 31 end Shr 51 cts vs 38 cts', '1987-03-11')[1].value, '1987-01-31');
  assert.deepEqual(timexes('The debt was rescheduled over 15-1/2 years.'), []);
});

test('"a year before" closing a comparison is last year, like "a year earlier"; "semi-annually" and "fortnightly" are sets', () => {
  assert.deepEqual(only('Net income rose to 53 mln dlrs from 27 mln dlrs a year before.', '1987-03-30'), { text: 'a year before', type: 'DATE', value: '1986' });
  assert.deepEqual(only('He left a year before the election.'), { text: 'a year', type: 'DURATION', value: 'P1Y' });
  assert.deepEqual(only('Interest is compounded semi-annually.'), { text: 'semi-annually', type: 'SET', value: 'P6M' });
});

test('days named by history or the calendar: "Black Monday" is Oct. 19, 1987; "Black Friday" follows Thanksgiving; "Palm Sunday" precedes Easter; "Super Tuesday" is no day of this week', () => {
  assert.deepEqual(only('Markets recalled Black Monday on its anniversary.', '2007-10-20'), { text: 'Black Monday', type: 'DATE', value: '1987-10-19' });
  assert.deepEqual(only('Shoppers crowded the malls on Black Friday.', '2008-03-10'), { text: 'Black Friday', type: 'DATE', value: '2007-11-23' });
  assert.deepEqual(only('Crowds gathered on Palm Sunday.', '2008-03-17'), { text: 'Palm Sunday', type: 'DATE', value: '2008-03-16' });
  assert.deepEqual(timexes('Candidates campaigned hard before Super Tuesday.', '2008-03-10'), []);
  assert.deepEqual(only('Security tightened after the September 11 attacks.', '2024-01-27'), { text: 'September 11', type: 'DATE', value: '2001-09-11' });
  assert.equal(only('Airports changed after 9/11.', '2011-05-02').value, '2001-09-11');
  assert.equal(only('The vote is on Sept. 11.', '2024-08-01').value, '2024-09-11');
});

test('a verb before the day in its own phrase beats a nearer one past a comma or "and"', () => {
  assert.deepEqual(timexes('The ship, which left port Tuesday, is expected to arrive Sunday.', '1998-08-07').map((t) => t.value), ['1998-08-04', '1998-08-09']);
  assert.deepEqual(timexes('The storm moved inland Thursday and is expected to reach Ohio by Saturday.', '1998-08-07').map((t) => t.value), ['1998-08-06', '1998-08-08']);
  assert.equal(only('The hearing, originally scheduled for Wednesday, was postponed.', '1998-08-07').value, '1998-08-05');
});

test('"the Women\'s March" and "the March for Justice" are walks, not the month; "from March to May" is two months', () => {
  assert.deepEqual(timexes('Activists joined the Million March in Hyderabad.', '2019-06-15'), []);
  assert.deepEqual(timexes('They will lead the March for Justice at Jantar Mantar.', '2019-06-15'), []);
  assert.equal(only('The plant closed in March to protest the tariffs.', '2019-06-15').value, '2019-03');
  assert.equal(only('Ended March one: profit rose.', '2019-06-15').value, '2019-03');
  assert.deepEqual(timexes('Sales rose from March to May.', '2019-06-15').map((t) => t.value), ['2019-03', '2019-05']);
  assert.deepEqual(timexes('He said he may go.', '2019-06-15'), []);
});

test('"the third Monday in January" and "the last Thursday of November 2025" are days; "the morning of 10th Nov" is that day\'s morning', () => {
  assert.deepEqual(only('The holiday falls on the third Monday in January.', '2025-08-07'), { text: 'the third Monday in January', type: 'DATE', value: '2026-01-19' });
  assert.equal(only('The vote was held on the last Thursday of November 2025.', '2026-02-01').value, '2025-11-27');
  assert.equal(only('The last Saturday of August 2024 was hot.', '2025-08-07').value, '2024-08-31');
  assert.deepEqual(only('She saw them in the morning of 10th Nov, near the coast.', '2011-11-11'), { text: 'the morning of 10th Nov', type: 'TIME', value: '2011-11-10TMO' });
});

test('a paper or a programme named by a day is no day: "the Sunday Times", "Monday Night Football"', () => {
  assert.deepEqual(timexes('The Sunday Times reported the story.', '1998-08-07'), []);
  assert.deepEqual(timexes('Fans gathered for Monday Night Football.', '1998-08-07'), []);
  assert.equal(only('The bomb went off on Monday night.', '1998-08-07').value, '1998-08-03TNI');
  assert.equal(only('The paper reported on Sunday.', '1998-08-07').value, '1998-08-02');
});

test('a plan told in the past still looks ahead: "the talks were to resume Thursday", "the measures to be voted on Thursday"; "was to blame" is no plan', () => {
  assert.equal(only('Officials said the talks were to resume Thursday.', '2010-05-05').value, '2010-05-06');
  assert.equal(only('The government was preparing for the measures to be voted on Thursday.', '2010-05-05').value, '2010-05-06');
  assert.equal(only('He was to blame for the crash on Friday.', '2010-05-05').value, '2010-04-30');
});

test('"by Saturday" is a deadline ahead unless the sentence tells it was met: "restored some services by Saturday"', () => {
  assert.equal(only('SEACOM restored some services by Saturday.', '2011-10-11').value, '2011-10-08');
  assert.equal(only('He said the troops must leave by Friday.', '2011-10-11').value, '2011-10-14');
  assert.equal(only('He promised to provide the definition by Friday.', '2011-10-11').value, '2011-10-14');
  assert.equal(timexes('Crews restored most services by Saturday, and soon traffic returned to normal.', '2026-03-10')[0].value, '2026-03-07');
});

test('a verb inside a quotation is someone else\'s tense: \'defended the government Sunday, saying, "We are ..."\'', () => {
  assert.equal(only('The spokesman defended the government Sunday, saying, "We are only securing our borders."', '2011-11-14').value, '2011-11-13');
});

test('a day qualifying a noun after "the" is the nearer one when no verb says which way; "Patch Tuesday" is no day; "Saturday, 8 October 2011" is one date', () => {
  assert.equal(only('Orozco is the main suspect in the Friday afternoon slaying.', '2005-06-26').value, '2005-06-24TAF');
  assert.equal(only('Leaders are preparing for the Friday meeting.', '2005-06-22').value, '2005-06-24');
  assert.deepEqual(timexes('Users wait for the next Patch Tuesday.', '2013-09-17'), []);
  assert.deepEqual(only('Problems began on Saturday, 8 October 2011, officials said.', '2011-10-20'), { text: 'Saturday, 8 October 2011', type: 'DATE', value: '2011-10-08' });
});

test('"soon" told of the past is no future: "Soon battles erupted"; "predicted a big move soon" still looks ahead; "soon-to-open" is an adjective', () => {
  assert.deepEqual(timexes('Soon battles erupted around the parliament.', '2010-05-05'), []);
  assert.deepEqual(timexes('The firemen who arrived soon thereafter saved the walls.', '2012-08-07'), []);
  assert.deepEqual(only('Analysts predicted a big move soon.', '1987-03-11'), { text: 'soon', type: 'DATE', value: 'FUTURE_REF' });
  assert.deepEqual(timexes('He opened the soon-to-open terminal.', '2007-10-17'), []);
});

test('a clock time just before a part of a named day takes that day: "at about 6am on Sunday morning", "midnight tonight"', () => {
  assert.equal(timexes('The alarm was raised at about 6am on Sunday morning.', '2013-07-22')[0].value, '2013-07-21T06:00');
  assert.equal(timexes('The name was to have disappeared at midnight last night.', '1987-04-01')[0].value, '1987-03-31T24:00');
});

test('"a quake hit the town" is past though "hit" is also a present; "will hit" and "was hit by" are not read so; a quarter of a point is a size', () => {
  assert.equal(only('In February, a quake measuring 6.4 on the Richter scale hit the island, killing 10 people.', '2005-11-28').value, '2005-02');
  assert.equal(only('The storm will hit the coast on Friday.', '2005-11-28').value, '2005-12-02');
  assert.deepEqual(timexes('Rates fell a quarter point, and the servers use one quarter the power.', '2012-02-29'), []);
});

test('a rate is no span of time: "2 million passengers a day", "150 billion dlrs a year"; "a day later" still is', () => {
  assert.deepEqual(timexes('Railways carried 2 million passengers a day.', '1998-02-10'), []);
  assert.deepEqual(timexes('Cross border shipments of about 150 billion dlrs a year began.', '1987-03-09'), []);
  assert.deepEqual(only('He left a day later.', '1998-02-10'), { text: 'a day', type: 'DURATION', value: 'P1D' });
});

test('"over the years" is some years, as "for years" is; "the years of war" names particular ones', () => {
  assert.deepEqual(only('We thank our employees for their dedication over the years.', '2006-05-29'), { text: 'the years', type: 'DURATION', value: 'PXY' });
  assert.deepEqual(timexes('The years of war ended.', '2006-05-29'), []);
});

test('a figure with its unit compared with "a month earlier" is last month: "vs a revised 250.4 mln lbs a month earlier"', () => {
  assert.deepEqual(only('Stocks were 238.3 mln lbs, vs a revised 250.4 mln lbs a month earlier.', '1987-04-01'), { text: 'a month earlier', type: 'DATE', value: '1987-03' });
});

test('"the 25th of June" is a day; "for a while" is some time of no stated length (PXX); "a while loop" is no time; "a month from today" is next month', () => {
  assert.deepEqual(only('The vote is on the 25th of June.', '1987-03-20'), { text: 'the 25th of June', type: 'DATE', value: '1987-06-25' });
  assert.deepEqual(only('A fibre cut hit the link on 16th August.', '2011-08-18').value, '2011-08-16');
  assert.deepEqual(only('Published 09th October 2009.', '2009-10-09'), { text: '09th October 2009', type: 'DATE', value: '2009-10-09' });
  assert.deepEqual(only('They will have to live without power for a while.', '1998-01-11'), { text: 'a while', type: 'DURATION', value: 'PXX' });
  assert.deepEqual(timexes('The worth of a while loop is nil.', '1998-01-11'), []);
  assert.deepEqual(only('A month from today, the law takes effect.', '1998-08-12'), { text: 'A month from today', type: 'DATE', value: '1998-09' });
});

test('the Chinese new year ("the Spring Festival", "the Lunar New Year") is a day of the lunar calendar, never a spring', () => {
  assert.deepEqual(only('Millions of people travelled home for the Spring Festival.', '1998-02-10'), { text: 'Spring Festival', type: 'DATE', value: '1998-01-28' });
  assert.deepEqual(only('Shops will close for the Lunar New Year.', '1999-01-20'), { text: 'Lunar New Year', type: 'DATE', value: '1999-02-16' });
  assert.deepEqual(only('The festival marks the Chinese New Year.', '2024-01-27'), { text: 'Chinese New Year', type: 'DATE', value: '2024-02-10' });
});

test('a holiday is the one the tense points to, by the day: "celebrated the Spring Festival" on March 10, 2026 is the one gone; "will celebrate" on Feb. 10 the one a week ahead', () => {
  assert.equal(only('Millions celebrated the Spring Festival.', '2026-03-10').value, '2026-02-17');
  assert.equal(only('Millions will celebrate the Spring Festival.', '2026-02-10').value, '2026-02-17');
  assert.equal(only('Shoppers crowded the stores at Christmas.', '2026-12-01').value, '2026-12-25');
});

test('a part of a month of a named year is one expression: "by the end of June this year"', () => {
  assert.deepEqual(only('By the end of June this year the province had 2,300 joint ventures.', '1998-08-12'), { text: 'the end of June this year', type: 'DATE', value: '1998-06', mod: 'END' });
});

test('a passive in the present looks from today: "the plant is sold out through September"', () => {
  assert.equal(only('The plant is sold out through September.', '1987-06-29').value, '1987-09');
  assert.equal(only('The plant sold out its output in September.', '1987-06-29').value, '1986-09');
});

test('a clock time keeps its US time zone in the extent ("4:15 p.m. EDT"); "midday" is noon', () => {
  assert.deepEqual(timexes('The plane landed at 4:15 p.m. EDT (2015 GMT).', '1998-08-08'), [
    { text: '4:15 p.m. EDT', type: 'TIME', value: '1998-08-08T16:15' },
    { text: '2015 GMT', type: 'TIME', value: '1998-08-08T20:15Z' },
  ]);
  assert.deepEqual(only('The vote is expected around midday.', '1998-08-08'), { text: 'midday', type: 'TIME', value: '1998-08-08T12:00' });
});

test('"on a Tuesday" and "one Sunday" are no particular day; "That Friday" is the Friday nearest the day last named; "Next Wednesday" opening a sentence', () => {
  assert.deepEqual(timexes('It happened on a Tuesday in March 1997.')[0], { text: 'a Tuesday', type: 'DATE', value: 'XXXX-WXX-2' });
  assert.deepEqual(only('In a Wednesday media event, Apple released new laptops.', '2010-10-23'), { text: 'Wednesday', type: 'DATE', value: '2010-10-20' });
  assert.deepEqual(timexes('On May 3, 1995, the army attacked. That Friday, the town fell.')[1], { text: 'That Friday', type: 'DATE', value: '1995-05-05' });
  assert.deepEqual(only('Next Wednesday, 14.9 billion marks leave the system.', '1987-04-01'), { text: 'Next Wednesday', type: 'DATE', value: '1987-04-08' });
});

test('"that" before a weekday is a determiner only after a preposition or opening a sentence: "said in a statement that Saturday\'s meeting"', () => {
  assert.deepEqual(only("The coalition said in a statement that Saturday's meeting was useful."), { text: 'Saturday', type: 'DATE', value: '2024-01-27' });
  assert.deepEqual(timexes('On May 3, 1995, the army attacked. On that Friday, the town fell.')[1], { text: 'that Friday', type: 'DATE', value: '1995-05-05' });
});

test('"late last night", "early this morning" keep their "late"/"early"; "the summit ends Friday afternoon" is a plan', () => {
  assert.deepEqual(only('The attack happened late last night.', '1998-08-13'), { text: 'late last night', type: 'TIME', value: '1998-08-12TNI', mod: 'END' });
  assert.deepEqual(only('The summit ends Friday afternoon.', '1998-08-13'), { text: 'Friday afternoon', type: 'TIME', value: '1998-08-14TAF' });
  assert.deepEqual(only('The summit ended Friday afternoon.', '1998-08-13'), { text: 'Friday afternoon', type: 'TIME', value: '1998-08-07TAF' });
});

test('a period named by its months is that quarter or half: "the January-March quarter", "the January-June period"; "the January-May period" is five months', () => {
  assert.deepEqual(only('Japan\'s economy shrank 1.3 percent in the January-March quarter.', '1998-07-14'), { text: 'the January-March quarter', type: 'DATE', value: '1998-Q1' });
  assert.equal(only('Investment rose 23 percent in the January-June period.', '1999-07-22').value, '1999-H1');
  assert.equal(only('Sales fell in the January-March quarter.', '1999-01-12').value, '1998-Q1');
  assert.deepEqual(only('Exports rose in the January-May period.', '1999-06-20'), { text: 'the January-May period', type: 'DURATION', value: 'P5M' });
});

test('a fiscal year or season across two years is one expression: a fiscal year by the year it ends, a season by the year it opens', () => {
  assert.deepEqual(only('Inflows fell in the 1997-98 fiscal year.', '1999-01-12'), { text: 'the 1997-98 fiscal year', type: 'DATE', value: '1998' });
  assert.equal(only('GDP should grow 5.8 percent in fiscal 1998-99.', '1999-01-12').value, '1999');
  assert.equal(only('United lost three games in the 1998-99 season.', '1999-05-27').value, '1998');
  assert.equal(timexes('The 1996-2000 plan was approved.').length, 2); // two years four apart are two ends
});

test('"every night" and "every morning" are sets of parts of days', () => {
  assert.deepEqual(only('Demonstrators have gathered every night since the vote.'), { text: 'every night', type: 'SET', value: 'XXXX-XX-XXTNI' });
});

test('a local time restated in GMT: the local day is the GMT day moved by the offset, and a GMT time with no day takes the local one', () => {
  assert.deepEqual(timexes('The quake struck at 1:47 a.m. (1747 GMT Monday), centered near the town.', '1999-09-21').map((t) => t.value), ['1999-09-21T01:47', '1999-09-20T17:47Z']);
  const polls = timexes('Polls in the Far East opened at 8 a.m. local time (2000 GMT Saturday). Voting in Moscow ends at 10 p.m. (1800 GMT).', '2000-03-26');
  assert.deepEqual(polls.map((t) => t.value), ['2000-03-26T08:00', '2000-03-25T20:00Z', '2000-03-26T22:00', '2000-03-26T18:00Z']);
});

test('a clock time with no day in its sentence is the story\'s day, not one a clause named in passing; a day earlier in its sentence is its day', () => {
  const kosovo = timexes('Police launched an offensive three weeks ago, killing 80 people. The crowd dispersed peacefully by 3 p.m.', '1998-03-21');
  assert.equal(kosovo[1].value, '1998-03-21T15:00');
  const sequence = timexes('The first blast came at 6:29 a.m. Thursday. Around 6:40 a.m., a second one hit.', '1998-03-21');
  assert.equal(sequence[1].value, '1998-03-19T06:40'); // the day of the clock time before it
  assert.equal(timexes('Rehearsals took place on Saturday, when the avenue was closed from midnight to 6 a.m. The city was founded on October 1, 1949.', '1999-09-27')[2].value, '1999-09-25T06:00');
});

test('a tense marker after the expression, past a comma and "and", belongs to another clause: "is scheduled to deliver his State of the Union address on Tuesday, and aides insisted"', () => {
  assert.equal(only('Clinton is scheduled to deliver his State of the Union address on Tuesday, and aides insisted he would not change a word of it.', '1998-01-23').value, '1998-01-27');
});

test('a morning hour after a night gone by is the next morning; after "tonight" it is this one', () => {
  assert.equal(timexes('Shares rose to 286p last night, but they then eased back to 283p by 0830 GMT.', '1987-03-11')[1].value, '1987-03-11T08:30Z');
  assert.equal(timexes('Soldiers were racing to seal the gap tonight. The water level stood at 23 meters at 8 a.m.', '1998-08-07')[1].value, '1998-08-07T08:00');
});

test('Orthodox Easter and Christmas are the Julian churches\' days; the US federal Mondays and Election Day move by the calendar', () => {
  assert.equal(only('Serbs marked Orthodox Easter under the threat of bombs.', '1999-04-12').value, '1999-04-11');
  assert.equal(only('The pause had been ordered for Orthodox Christmas.', '2000-01-10').value, '2000-01-07');
  assert.equal(only("The Senate would turn to Social Security after the Presidents' Day recess.", '1999-02-12').value, '1999-02-15');
  assert.equal(only('Voters go to the polls on Election Day.', '1998-10-20').value, '1998-11-03');
});

test('names are not times: "the Good Friday agreement", "Black September", "the May 4th Movement", "the 21st Century Fund", "60 Minutes", "no tomorrow", "New Year\'s resolutions"', () => {
  for (const text of ['Many here already call it the Good Friday agreement.', 'Palestinians call the fighting Black September.', 'Students from the cradle of the May 4th Movement joined them.', 'Analysts at the 21st Century Fund found flaws.', 'He appeared on "60 Minutes" with his wife.', '"People are spending like there is no tomorrow," she said.', "Few bother with New Year's resolutions."])
    assert.deepEqual(timexes(text), [], text);
  assert.deepEqual(timexes('As recently as 1992, the deficit stood at a record.').map((t) => t.text), ['1992']);
});

test('"overnight" told in the past is the night gone; the money market\'s "overnight rate" is no time', () => {
  assert.equal(only('The military said 26 servicemen were killed overnight.', '2000-01-10').value, '2000-01-09TNI');
  assert.deepEqual(timexes('The overnight rate fell to 3-1/2 pct.', '1987-04-01'), []);
});

test('"that night", "the next morning": a part of the day last named or the one after; "said that evening would" is no time', () => {
  assert.deepEqual(timexes('The House voted on Saturday. Earlier that morning, Livingston resigned. The next morning, leaders appeared on television.', '1998-12-21').map((t) => t.value), ['1998-12-19', '1998-12-19TMO', '1998-12-20TMO']);
  assert.deepEqual(timexes('He said that evening would be busy.'), []);
});

test('some weeks of unstated length after "to" or "be": "bowing to weeks of protests", "it could be weeks before"; "every afternoon" is a set', () => {
  assert.deepEqual(only('Suharto resigned, bowing to weeks of student protests.'), { text: 'weeks', type: 'DURATION', value: 'PXW' });
  assert.equal(only('Officials said it could be weeks before the toll is known.').value, 'PXW');
  assert.equal(only('She dictated poems every afternoon.').value, 'XXXX-XX-XXTAF');
});

test('"the three months to May": May after a period it ends is the month', () => {
  assert.deepEqual(timexes('The jobless rate fell to 6.2 percent in the three months to May, the first fall.', '1999-06-29').map((t) => t.value), ['P3M', '1999-05']);
});

test('"a year earlier" compares with the month or year its sentence named before it, unless one of a list of comparisons', () => {
  assert.deepEqual(timexes('Retail prices in November were 2.9 percent lower than a year earlier.', '1998-12-30').map((t) => t.value), ['1998-11', '1997-11']);
  assert.deepEqual(timexes('Exports last year totaled 2.1 billion dollars, a sharp drop from a year earlier.', '1999-01-12').map((t) => t.value), ['1998', '1997']);
  assert.deepEqual(timexes('Unemployment totalled 1.86 mln, up from 1.82 mln in January and 1.64 mln a year earlier.', '1987-03-30').map((t) => t.value), ['1987-01', '1986']);
});

test('"the same month of 1996" is the month last named, in 1996; "the Christmas season" is December', () => {
  assert.deepEqual(timexes('Exports in December alone rose 18 percent from the same month of 1996.', '1998-01-15').map((t) => t.value), ['1997-12', '1996-12']);
  assert.equal(only('Shoppers crowded into malls, opening the Christmas season.', '1998-11-27').value, '1998-12');
});

test('"today" between a subject and a verb of a state is these days (PRESENT_REF): "Few Americans today know"; "Officials today are meeting" is this day', () => {
  assert.equal(only('Few Americans today know much about the trial.').value, 'PRESENT_REF');
  assert.equal(only('Almost every appliance sold today contains a microchip.').value, 'PRESENT_REF');
  assert.equal(only('Officials today are meeting in Geneva.').value, DCT);
  assert.equal(only('The minister said today he would resign.').value, DCT);
});

test('"at the time" is the past, not a clause opening; "the past" and "the present" as nouns; "someday"; "this decade", "over the next decade"', () => {
  assert.deepEqual(only('At the time, he appeared on television.'), { text: 'the time', type: 'DATE', value: 'PAST_REF' });
  assert.deepEqual(timexes('At the time Howes was captured, the group was weak.'), []);
  assert.deepEqual(timexes('The past is always harder to read than the present, he said.').map((t) => [t.text, t.value]), [['The past', 'PAST_REF'], ['the present', 'PRESENT_REF']]);
  assert.equal(only('Recessions may be a thing of the past.').value, 'PAST_REF');
  assert.deepEqual(timexes('The past president spoke.'), []);
  assert.equal(only('He hopes to coach someday.').value, 'FUTURE_REF');
  assert.equal(only('This decade has given us more information.', '1999-08-30').value, '199');
  assert.deepEqual(only('The plan will not add to the deficit over the next decade.', '2009-07-13'), { text: 'the next decade', type: 'DURATION', value: 'P10Y' });
});

test('the present of a calendar\'s event is a schedule: "takes office Dec. 10", "the festival falls on Tuesday", "the accord expires in October"', () => {
  assert.equal(timexes('De la Rua takes office Dec. 10 for a four-year term, succeeding Menem, who has governed since 1989.', '1999-10-25')[0].value, '1999-12-10');
  assert.equal(only('The most important holiday for the Chinese falls on Tuesday.', '1999-02-12').value, '1999-02-16');
  assert.equal(only('It had to be the last pact before the accord expires in October.', '1987-03-09').value, '1987-10');
  assert.equal(only('Qtr ends Jan 31 Shr four cts vs 12 cts', '1987-03-11').value, '1987-01-31'); // an earnings table's quarter is past
});

test('"Today" opening a sentence in the present, after one about long ago, is these days; "last Memorial Day" is the one gone; "the same week last year"', () => {
  assert.equal(timexes('"Years ago, you could rent a cottage here for $200 a week. Today the same cottage goes for $1,400."', '1999-05-27')[0].value, 'PRESENT_REF');
  assert.equal(only('The bank used to lose money. Today it announced a profit.', '1999-05-27').value, '1999-05-27');
  assert.equal(only('"Years ago, buildings here were made of wood. Today the towers are steel," said engineer Lin Wei.', '1999-09-21').value, 'PRESENT_REF');
  assert.equal(only('Gasoline prices are up 20 cents since last Memorial Day.', '1999-05-27').value, '1998-05-25');
  assert.deepEqual(only('In the same week last year, rates averaged 7.52 percent.', '1998-07-09'), { text: 'the same week last year', type: 'DATE', value: '1997-W28' });
});

test('months counted from January are a span ("exports in January-September"), and "the same period last year" after one is that span', () => {
  assert.deepEqual(timexes('Exports in January-September rose 6.6 percent over the same period last year.', '1999-10-14').map((t) => [t.text, t.type, t.value]), [['January-September', 'DURATION', 'P9M'], ['the same period last year', 'DURATION', 'P9M']]);
  assert.equal(timexes('Sales rose in March from the same period last year.', '1999-10-14')[1].value, '1998-03');
});

test('"that afternoon" after a noun is the day last named; "the night before" its eve; "every weekend"; a clock time on a dated day keeps its year', () => {
  assert.deepEqual(timexes('Cleveland followed on Wednesday. Teachers rallied on the Capitol steps that afternoon.', '1999-04-29').map((t) => t.value), ['1999-04-28', '1999-04-28TAF']);
  assert.deepEqual(timexes('He was shot at 1:15 a.m. on Aug. 11, 1996. The two men had argued over a fare the night before.', '1998-03-30').map((t) => t.value), ['1996-08-11T01:15', '1996-08-10TNI']);
  assert.deepEqual(timexes('They met the night before the election.'), []);
  assert.equal(only('We have tested our systems every weekend.').value, 'XXXX-WXX-WE');
});

test('a clock time does not take the day a figure is compared with: "125.70 yen at 5 p.m., up from 125.10 yen late Friday"', () => {
  assert.equal(timexes('The dollar was trading at 125.70 yen at 5 p.m., up from 125.10 yen late Friday in New York.', '1998-02-23')[0].value, '1998-02-23T17:00');
  assert.equal(timexes('The company filed for protection from its creditors at 12:00 UTC Monday.', '2009-06-01')[0].value, '2009-06-01T12:00Z');
});

test('an opening phrase\'s day takes the verb after its comma ("At a news conference Monday, Chavez said he would"); a relative clause after a day is another clause; a quarter named by its months is this year\'s once over', () => {
  assert.equal(only('At a news conference Monday, Chavez said he would call a referendum.', '1998-12-08').value, '1998-12-07');
  assert.equal(timexes('President Lee declared a state of emergency Saturday that will remain in effect for six months.', '1999-09-26')[0].value, '1999-09-25');
  assert.equal(only('NYNEX will file its comments on Friday, he said.', '1999-12-08').value, '1999-12-10');
  assert.equal(timexes('Figures on Thursday are expected to show that the economy shrank again in the January-March quarter.', '1999-06-03')[1].value, '1999-Q1');
});

test('the Chinese festivals of the lunar calendar; "July that year" is the year last named; "the first three quarters"; "over the past decade" is ten years\' span', () => {
  assert.equal(only('Millions of Chinese celebrated the Dragon Boat Festival with boat races.', '1999-06-18').value, '1999-06-18');
  assert.equal(only('Airlines will add flights until the Lantern Festival.', '1999-02-12').value, '1999-03-02');
  assert.equal(only('Sales for the Mid-Autumn Festival were strong.', '1999-10-14').value, '1999-09-24');
  assert.equal(only('Travel peaks before the lunar New Year.', '1999-02-10').value, '1999-02-16');
  assert.deepEqual(timexes('The summit set for 1994 was canceled after Kim Il Sung died in July that year.', '2000-06-14').map((t) => t.value), ['1994', '1994-07']);
  assert.deepEqual(only('GDP grew 7.4 percent in the first three quarters.', '1999-10-14'), { text: 'the first three quarters', type: 'DURATION', value: 'P9M' });
  assert.deepEqual(only('The economy grew strongly over the past decade.', '1998-01-13'), { text: 'the past decade', type: 'DURATION', value: 'P10Y' });
  assert.equal(only('Inflation eroded the gains of the last decade.', '1998-02-06').value, '198');
});

test('"voters cast their ballots on Monday" is past; "will cast" looks ahead', () => {
  assert.equal(only("About 65 percent of the country's voters cast their ballots in the first phase on Monday.", '1999-05-06').value, '1999-05-03');
  assert.equal(only('Voters will cast their ballots on Monday.', '1999-05-06').value, '1999-05-10');
});

test('a holiday\'s weekend is the weekend it falls in or ends, its morning that day\'s; what is forecast lies ahead, what begins on a day begins from today on', () => {
  assert.deepEqual(only('Farmers said they feared more violence over the Easter weekend.', '2000-04-20'), { text: 'the Easter weekend', type: 'DATE', value: '2000-W16-WE' });
  assert.equal(only('The vacation season begins in earnest this Memorial Day weekend.', '1999-05-27').value, '1999-W21-WE'); // Monday May 31: the weekend before
  assert.equal(only('Shoppers crowded the malls over Thanksgiving weekend.', '1998-12-01').value, '1998-W48-WE'); // Thursday Nov. 26: the weekend after
  assert.deepEqual(only('Skies should clear by Thanksgiving morning.', '1998-11-24'), { text: 'Thanksgiving morning', type: 'TIME', value: '1998-11-26TMO' });
  assert.equal(only('Forecasters predicted rain along the East Coast Wednesday night.', '1998-11-24').value, '1998-11-25TNI');
  assert.equal(only('Meteorologists forecast more rainstorms for the region over the weekend.', '1998-07-23').value, '1998-W30-WE');
  assert.equal(only('The IMF predicted Monday that growth would slow.', '1999-07-22').value, '1999-07-19'); // the day it was said
  assert.equal(only('It stood by its April forecast of a loss.', '1987-06-19').value, '1987-04');
  assert.equal(only('The truce, which ends Sept. 30, has held so far.', '1999-07-22').value, '1999-09-30');
  const mourning = (dct: string) => timexes('Chavez declared three days of national mourning beginning Monday.', dct)[1].value;
  assert.equal(mourning('1999-12-20'), '1999-12-20');
  assert.equal(mourning('1999-12-16'), '1999-12-20');
});

test('tense: a passive with its adverb, "are to", a birthday, a meeting put off to a day, a hearing scheduled for one look ahead; "an effective devaluation" and "the family released" do not', () => {
  const values = (text: string, dct: string) => timexes(text, dct).map((t) => t.value);
  assert.deepEqual(values('Florida is expected to be closely contested in November.', '2000-04-28'), ['2000-11']);
  assert.deepEqual(values('Hungarian officers are to take up posts in Brussels in the spring.', '1998-11-02'), ['1999-SP']);
  assert.deepEqual(values('Yeltsin, who turns 68 in February, has rarely been seen in public.', '1998-10-27'), ['1999-02']);
  assert.deepEqual(values('The company postponed its annual meeting to May 21.', '1987-03-11'), ['1987-05-21']);
  assert.deepEqual(values('A judge granted custody to his great-uncle late Monday afternoon, and scheduled a hearing for March 6.', '2000-01-11'), ['2000-01-10TAF', '2000-03-06']);
  assert.deepEqual(values('Brazil widened the band for its currency on Wednesday, an effective devaluation of 8 percent.', '1999-01-14'), ['1999-01-13']);
  assert.deepEqual(values('The family released a videotape Thursday night.', '2000-04-14'), ['2000-04-13TNI']);
  assert.deepEqual(values('The industry is now worried about the high season, which runs from December to March.', '1998-08-17'), ['PRESENT_REF', '1998-12', '1999-03']);
});

test('"recent days" is the past and "the coming weeks" a span, as TimeBank marks them; "the coming months" is the future; "decades" are decades', () => {
  const read = (text: string) => timexes(text, '1998-08-18').map((t) => [t.text, t.type, t.value]);
  assert.deepEqual(read('Many Kenyans have complained in recent days.'), [['recent days', 'DATE', 'PAST_REF']]);
  assert.deepEqual(read('Americans should avoid demonstrations in the coming weeks.'), [['the coming weeks', 'DURATION', 'PXW']]);
  assert.deepEqual(read('More arrests are likely in the coming months.'), [['the coming months', 'DATE', 'FUTURE_REF']]);
  assert.deepEqual(read('It was the worst flood in decades.'), [['decades', 'DURATION', 'PXE']]);
});

test('clock times: the day after a clock and its GMT is both\'s, the day at a span\'s far end is its start\'s too, but not the end of a span that follows; a GMT weekday sits beside tonight; "5 in the morning"', () => {
  const values = (text: string, dct: string) => timexes(text, dct).map((t) => t.value);
  assert.deepEqual(values('The deadline of Saturday was extended to 3 p.m. (1400 GMT) Tuesday.', '1999-02-24'), ['1999-02-20', '1999-02-23T15:00', '1999-02-23T14:00Z', '1999-02-23']);
  assert.deepEqual(values('Polls open at 7 a.m. and close at 5 p.m. Monday.', '1999-02-24'), ['1999-03-01T07:00', '1999-03-01T17:00']);
  assert.deepEqual(values('The session opened at 9 a.m. and will run until March 15.', '1999-03-05'), ['1999-03-05T09:00', '1999-03-15']);
  assert.deepEqual(values('They held a vigil tonight, with a moment of silence at 10:31 p.m. (0131 GMT Friday).', '1999-09-02'), ['1999-09-02TNI', '1999-09-02T22:31', '1999-09-03T01:31Z']);
  assert.deepEqual(values('"They came to our house Tuesday at 5 in the morning," she said.', '1999-04-02'), ['1999-03-30', '1999-03-30T05:00']);
  assert.deepEqual(values('The shop stays open until 10 o\'clock at night.', '1999-04-02'), ['1999-04-02T22:00']);
});

test('a quarter or a half named by its months is that quarter or half: "GDP shrank again in April-June", "a July-December output ceiling"', () => {
  assert.deepEqual(only('Gross domestic product shrank again in April-June.', '1998-10-08'), { text: 'April-June', type: 'DATE', value: '1998-Q2' });
  assert.equal(only('OPEC agreed to fix a July-December output ceiling.', '1987-06-29').value, '1987-H2');
  assert.equal(only('Exports in January-September rose.', '1998-10-08').value, 'P9M');
});

test('the attribution after a quotation is no tense of the words quoted', () => {
  assert.deepEqual(timexes('"This child belongs with his father now, not in May or in June," said a senior official.', '2000-04-20').map((t) => t.value), ['PRESENT_REF', '2000-05', '2000-06']);
  assert.equal(only('"We met them in March," he said.', '2000-04-20').value, '2000-03');
});

test('"until" a day told wholly in the past is past; a parade scheduled for a day, testimony postponed until one, a deadline still to be enforced lie ahead; "the New Year\'s address" names no day', () => {
  const values = (text: string, dct: string) => timexes(text, dct).map((t) => t.value);
  assert.deepEqual(values('Officials met with the lawyers until late Thursday night but failed to agree.', '2000-03-31'), ['2000-03-30TNI']);
  assert.deepEqual(values('The government has kept all stock markets closed until Friday.', '2008-09-18'), ['2008-09-19']);
  assert.deepEqual(values('It decided in September to keep the cuts in place until March.', '1999-11-19'), ['1999-09', '2000-03']);
  assert.deepEqual(values('City officials scheduled a ticker-tape parade up lower Broadway for Friday.', '1998-10-22'), ['1998-10-23']);
  assert.deepEqual(values('The judge spoke before postponing the man\'s testimony until Monday.', '2013-04-12'), ['2013-04-15']);
  assert.deepEqual(values('Officials said Friday\'s deadline for the boy\'s return would not be enforced.', '2000-01-12'), ['2000-01-14']);
  assert.deepEqual(values('The relatives ignored Friday\'s deadline.', '2000-01-12'), ['2000-01-07']);
  assert.deepEqual(values('He was expected to deliver the traditional New Year\'s address at midnight.', '1999-12-31'), ['1999-12-31T24:00']);
});

test('"hours later" is a span of unstated length whatever comes before it; "for the week" and "the week\'s" are the week reported, the week just ended when told in the past on a Monday', () => {
  const read = (text: string, dct: string) => timexes(text, dct).map((t) => [t.text, t.value]);
  assert.deepEqual(read('A strong aftershock hit hours later.', '1999-01-26'), [['hours', 'PTXH']]);
  assert.deepEqual(read('In the first days after the vote, he left.', '1999-01-26'), []);
  assert.deepEqual(read('The Nasdaq closed down 25 percent for the week.', '2000-04-15'), [['the week', '2000-W15']]);
  assert.deepEqual(read('The total number of working rigs was 83 for the week.', '1987-03-09'), [['the week', '1987-W10']]);
  assert.deepEqual(read('Compensatory amounts will be unchanged for the week starting April 6.', '1987-04-01'), [['April 6', '1987-04-06']]);
});

test('Bastille Day, Canada Day, St. Patrick\'s Day and Armistice Day are their days', () => {
  assert.equal(only('Guerini won the 10th stage on Bastille Day.', '1999-07-14').value, '1999-07-14');
  assert.equal(only("Parades marked St. Patrick's Day.", '1999-03-20').value, '1999-03-17');
  assert.equal(only('Veterans gathered on Armistice Day.', '1998-11-12').value, '1998-11-11');
});

test('"over the holidays" is December, the year by tense; "the holidays for the Mid-Autumn Festival" are not', () => {
  assert.deepEqual(timexes('Officials urged Americans not to hoard cash over the holidays.', '1999-11-22').map((t) => t.value), ['1999-12']);
  assert.deepEqual(timexes('The outbreak began just before the holidays.', '2000-01-20').map((t) => t.value), ['1999-12']);
  assert.deepEqual(timexes('Travel during the holidays for the Mid-Autumn Festival was heavy.', '1999-10-14').map((t) => t.text), ['Mid-Autumn Festival']);
});
