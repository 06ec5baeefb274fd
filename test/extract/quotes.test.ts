// Quotes: who said what. Speakers resolve to entities, pronouns and descriptions go back to the named speaker,
// a paragraph that continues a quote keeps its speaker, scare quotes are not speech.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/pipeline.ts';

const HEAD = 'LIMA, March 3, 2025 (NW) - Talks on the water dispute resumed on Monday.\n';
const quotes = (body: string) => extract(HEAD + body).quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue }));

test('a direct quote with "X said" takes the named speaker, surname back to the full name', () => {
  const found = quotes('Energy Minister Rosa Elena Huaman spoke first.\n"We will share the river fairly," Huaman said.\n');
  assert.deepEqual(found, [{ text: '"We will share the river fairly,"', kind: 'direct', speaker: 'Rosa Elena Huaman', cue: 'said' }]);
});

test('a pronoun goes back to the person last named', () => {
  const found = quotes('Negotiator Carlos Mendoza arrived late.\n"Nobody here wants a long fight over water," he said.\n');
  assert.equal(found[0].speaker, 'Carlos Mendoza');
});

test('"the adviser" goes back to the named adviser', () => {
  const found = quotes(
    'The minister\'s adviser, Julia Paredes, spoke to reporters.\n"The talks have started well," Paredes said.\n"We expect a text by the end of the month," the adviser said.\n',
  );
  assert.deepEqual(found.map((q) => q.speaker), ['Julia Paredes', 'Julia Paredes']);
});

test('a paragraph that continues a quote without a speech verb keeps its speaker', () => {
  const found = quotes('"We will not sign a deal that leaves farmers without water," said Carlos Mendoza, the chief negotiator.\n"The valley has waited long enough for a fair share of the river."\n');
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((q) => q.speaker), ['Carlos Mendoza', 'Carlos Mendoza']);
  assert.equal(found[1].cue, undefined);
});

test('scare quotes are not speech', () => {
  const found = quotes('The opposition called the plan a "betrayal" and denounced the "aggression" against farmers.\n');
  assert.deepEqual(found, []);
});

test('"Sudani\'s office said" is the office of the person, with the full name', () => {
  const found = extract(
    'BAGHDAD, Jan 27, 2024 (AFP) - Prime Minister Mohamed Shia al-Sudani met the delegation.\n"The commission started its work today," Sudani\'s office said in a statement.\n',
  ).quotes;
  assert.equal(found.length, 1);
  assert.equal(found[0].speaker, 'office of Mohamed Shia al-Sudani');
  assert.equal(found[0].kind, 'direct');
});

test('an organisation speaks; a name that only modifies a compound does not', () => {
  const found = quotes('The US-led coalition said in a statement that the meeting would "assess progress in the mission".\n');
  assert.deepEqual(found.map((q) => [q.kind, q.speaker]), [['mixed', 'US-led coalition']]);
});

test('a quote runs across hard line breaks and its span keeps the marks', () => {
  const body = '"We will keep talking until\nthere is an agreement," Huaman told reporters.\n';
  const text = HEAD + body;
  const [q] = extract(text).quotes;
  assert.equal(q.text, '"We will keep talking until\nthere is an agreement,"');
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.cue, 'told');
});

test('the dateline is nobody\'s subject: reported speech in the first sentence takes the body\'s subject', () => {
  const found = extract('BERGEN (KRN) - The Fjord Shipping Company cut 200 jobs and said more cuts would follow.\n').quotes;
  assert.deepEqual(found.map((q) => [q.speaker, q.text]), [['Fjord Shipping Company', 'more cuts would follow.']]);
});

test('"Name, a description in Place, said": the person speaks, not the place', () => {
  const found = extract(HEAD + 'Søren Åsheim, a farmer near Oslo, said the harvest was late.\n"Every week of rain costs us," he said.\n').quotes;
  assert.deepEqual(found.map((q) => q.speaker), ['Søren Åsheim', 'Søren Åsheim']);
  assert.equal(extract(HEAD + 'Marta Ruiz, a nurse in Bergen, said the clinic was full.\n').quotes[0].speaker, 'Marta Ruiz');
});

test('a city is no speaker; a capital standing for its government is', () => {
  assert.ok(!extract(HEAD + 'A doctor in Bergen said the clinic was full.\n').quotes.some((q) => q.speaker === 'Bergen'));
  assert.equal(extract(HEAD + 'Washington said it would send more aid.\n').quotes[0]?.speaker, 'United States');
});

test('a verb joined on after the quote ("but warned") keeps the quote\'s speaker; "..., and the operator said" drops the "and"', () => {
  const found = quotes('Ana Rojas, an analyst at Andes Capital in Lima, said the bank had "finally shown it means business" but warned that rates could rise.\n\nTrains were to resume at dawn, and the rail operator said it would add extra services.\n');
  assert.deepEqual(found.map((q) => [q.kind, q.speaker]), [['mixed', 'Ana Rojas'], ['indirect', 'rail operator']]);
});

test('"X added 14" and "Brent added 6 cents" are a score and a price, not speech', () => {
  assert.deepEqual(quotes('Dennis Schroder had 16 points, and Al Horford added 14.\nBrent crude futures added 6 cents to $48.83 per barrel.\n'), []);
});

test('a speaker after what was said: "..., the same rule applies to them, Saarikko said on Friday."', () => {
  const found = quotes('Minister Annika Saarikko spoke after the vote.\nIf sales are limited, the same rule applies to foreign sellers, Saarikko said on Friday.\n');
  assert.deepEqual(found, [{ text: 'If sales are limited, the same rule applies to foreign sellers', kind: 'indirect', speaker: 'Annika Saarikko', cue: 'said' }]);
});

test('the speaker is the subject, not a clause before the verb: "Jeff Lautt, CEO of Poet, ..., including in Peru, said"', () => {
  const found = quotes('Jeff Lautt, chief of Poet, which runs plants across the region, including in Peru, said it is up to farmers.\n');
  assert.equal(found[0]?.speaker, 'Jeff Lautt');
  assert.equal(quotes('The survey left out small plots, which experts said were outliers.\n')[0]?.speaker, 'experts');
});

test('"..., but added that" keeps the speaker of the verb before it', () => {
  const found = quotes('"Rig counts fell for the first time in 23 weeks," ANZ Bank said on Monday, but added that "this may be tempered by news from Libya."\n');
  assert.deepEqual(found.map((q) => q.speaker), ['ANZ Bank', 'ANZ Bank']);
});

test("AP copy quotes ``like this'' and the speaker after it is read past the marks", () => {
  const found = quotes("Patient Mariela Steinberg joined the class.\n``All of a sudden I begin to recognize myself,'' she said.\n");
  assert.deepEqual(found, [{ text: "``All of a sudden I begin to recognize myself,''", kind: 'direct', speaker: 'Mariela Steinberg', cue: 'said' }]);
});

test('reported speech with more verbs and clause openers: "X has confirmed that", "although experts say"', () => {
  assert.deepEqual(quotes('Airbus, the European planemaker, has confirmed that a software glitch delayed the flight.\n').map((q) => [q.speaker, q.text]), [['Airbus', 'a software glitch delayed the flight.']]);
  assert.equal(quotes('Lawmakers rejected the plan in October, although industry experts say the deal was killed by the Pentagon.\n')[0]?.speaker, 'industry experts');
  assert.equal(quotes('Nutrisystem Inc. (NTRI) on Monday reported quarterly net income of $10.9 million.\n')[0]?.speaker, 'Nutrisystem Inc.');
});

test('not speech: a passive, a noun, a phrasal verb, a participle before the real verb', () => {
  assert.deepEqual(quotes('Revenue was reported as $697 million.\n'), []);
  assert.deepEqual(quotes('More than 150 attacks were recorded, many of them claimed by a loose alliance of armed groups.\n'), []);
  assert.deepEqual(quotes('It takes net income and adds back items such as depreciation.\n'), []);
  assert.deepEqual(quotes('The sell-off announced on Wednesday indicates a desire to streamline the group.\n'), []);
  assert.deepEqual(quotes('The deal was killed because of reports stating that it favoured Boeing.\n'), []);
});

test('"..., officials said." closes a sentence of reported speech; speech in a paragraph that also quotes is read', () => {
  const found = quotes('A bomb exploded at the embassy on Friday, officials said. "We will rebuild," Ambassador Ana Ruiz said. The interior ministry, which oversees the police, has confirmed that 12 people were detained.\n');
  assert.deepEqual(found.map((q) => [q.kind, q.speaker, q.text]), [
    ['indirect', 'officials', 'A bomb exploded at the embassy on Friday'],
    ['direct', 'Ana Ruiz', '"We will rebuild,"'],
    ['indirect', 'interior ministry', '12 people were detained.'],
  ]);
});

test('the head of the subject speaks: "United States airframer Boeing", "Scott Carson, president and CEO of X", "Detik.com quoted Djamal as saying"', () => {
  assert.equal(quotes('United States airframer Boeing announced that the new jet will be delayed.\n')[0]?.speaker, 'Boeing');
  assert.equal(quotes('Scott Carson, president and CEO of Boeing Commercial Airplanes, said, "This has been a wonderful day."\n')[0]?.speaker, 'Scott Carson');
  assert.equal(quotes('"We do not need to buy aircraft from Europe," Detik.com quoted Jusman Djamal as saying.\n')[0]?.speaker, 'Jusman Djamal');
});

test('a semicolon ends the clause before the speaker: "Apple Inc. pledged aid; Apple said ..."', () => {
  assert.deepEqual(quotes('Apple Inc. pledged aid; Apple said its staff were safe.\n').map((q) => [q.speaker, q.text]), [['Apple', 'its staff were safe.']]);
});

test('"The White House says" speaks for its government; a name ending a long description is its head', () => {
  assert.equal(quotes('The White House says that the collapse of the automakers would be a setback.\n')[0]?.speaker, 'White House');
  assert.equal(quotes('The US automobile manufacturer Ford has said that it posted a net profit.\n')[0]?.speaker, 'Ford');
});

test('"said" then a name after an abbreviation\'s point ("said Apple Inc. CEO Steve Jobs"), or after a company\'s legal form', () => {
  assert.equal(quotes('"We love the river," said Apple Inc. CEO Steve Jobs.\n')[0].speaker, 'Steve Jobs');
  assert.equal(quotes('"Sales show signs of life," said the chairman of Chrysler LLC Jim Press.\n')[0].speaker, 'Jim Press');
  assert.equal(quotes('"We will win," said Smith. He left the room.\n')[0].speaker, 'Smith');
});

test('a sentence with only a scare quote may still report speech: \'Ford has said that it posted a profit ... ``solidly profitable\'\'\'', () => {
  const found = quotes("Ford has said that it posted a net profit, and predicted that it would be ``solidly profitable'' by 2011.\n");
  assert.deepEqual(found.map((q) => [q.kind, q.speaker]), [['indirect', 'Ford']]);
  assert.match(found[0].text ?? '', /^it posted a net profit/);
});

test('a quote of two sentences takes the verb after it; the next quote in the paragraph keeps the speaker', () => {
  const found = quotes('Patient Mariela Steinberg spoke.\n"You see a face. But now I adapt," she said. "All of a sudden I recognize myself."\n');
  assert.deepEqual(found.map((q) => [q.text, q.speaker]), [['"You see a face. But now I adapt,"', 'Mariela Steinberg'], ['"All of a sudden I recognize myself."', 'Mariela Steinberg']]);
});

test('"..., said Salem Zahran, an analyst." is his reported speech, and a paragraph of pure quote after it is his', () => {
  const found = quotes('Officials feel the threat will force talks, said Salem Zahran, a Lebanese analyst.\n"The leadership truly feels that the time of isolation is over."\n');
  assert.deepEqual(found.map((q) => [q.kind, q.speaker]), [['indirect', 'Salem Zahran'], ['direct', 'Salem Zahran']]);
});

test('"states" and "reports" after a group or a quantity are nouns: "Sunni Muslim states including", "many reports that"', () => {
  assert.deepEqual(quotes('The war pits groups backed by Gulf Arab states including Qatar against Iran.\nThere were many reports that the dam had failed.\n'), []);
  assert.equal(quotes('Boeing claims that the new jet is more efficient.\n')[0]?.speaker, 'Boeing');
});

test('"..., she said." with nobody named near goes to the last speaker; a participle or relative clause is not the speaker\'s head', () => {
  const filler = 'The talks ran late into the night and covered water, power and roads. '.repeat(6);
  const found = quotes(`Envoy Maria Espinosa said she was hopeful.\n${filler}\nMigration is a "transboundary phenomenon" that must be managed, she said.\n`);
  assert.equal(found.at(-1)?.speaker, 'Maria Espinosa');
  assert.equal(quotes('But prominent campaigners pushing for a "soft" exit that would keep Britain in the market said the papers showed damage.\n')[0]?.speaker, 'prominent campaigners');
  assert.equal(quotes('Rebel groups who oppose the government said the talks had failed.\n')[0]?.speaker, 'Rebel groups');
});

test('not speech: "was not reported when", "the recently announced", "claims were upheld", "added software to its tools"', () => {
  assert.deepEqual(quotes('The glitch was not reported when the plane made its first flight.\n'), []);
  assert.deepEqual(quotes('Pre-orders of the recently announced phone began Tuesday.\n'), []);
  assert.deepEqual(quotes('The court upheld the protest, though not all of their individual claims were upheld.\n'), []);
  assert.deepEqual(quotes('The suite, which has added publishing software to its tools, sells well.\n'), []);
  assert.equal(quotes('Minister Ana Ruiz added that the talks would go on.\n')[0]?.speaker, 'Ana Ruiz');
});

test('a short quote that is a sentence of its own after a quote keeps the speaker: \'... said Niu Maosheng. "The worst is over."\'', () => {
  const found = quotes('"We have worked for weeks," said Water Minister Niu Maosheng. "The worst is over."\n');
  assert.deepEqual(found.map((q) => [q.text, q.speaker]), [['"We have worked for weeks,"', 'Niu Maosheng'], ['"The worst is over."', 'Niu Maosheng']]);
  assert.deepEqual(quotes('Officials met at "Camp David" on Friday.\n'), []);
});

test('the speaker past a sentence adverb ("X, however, said"), a negated verb ("He didn\'t say") and a fronted clause', () => {
  assert.equal(quotes('Executives from several auto firms, however, said that there was some hope.\n')[0]?.speaker, 'Executives from several auto firms');
  assert.equal(quotes("Opel chief John Smith spoke. He didn't say where the cuts would fall.\n").at(-1)?.speaker, 'John Smith');
  assert.equal(quotes('After the plan failed to pass the Senate this week, the White House has said that it is weighing other options.\n')[0]?.speaker, 'White House');
});

test('"saying" and "stating" speak for the clause\'s subject; a short quote before "announced that" is a scare quote', () => {
  assert.equal(quotes('Jobs started by hinting at the incident, saying, "Stop me if you have already seen this."\n')[0]?.speaker, 'Jobs');
  assert.equal(quotes('Ryanair CEO, Michael Oleary, justified his choice by saying, "The 737 has the best reliability in Europe."\n')[0]?.speaker, 'Michael Oleary');
  const found = quotes('Citing "a precautionary measure", Airbus announced that two engines would be replaced.\n');
  assert.deepEqual(found.map((q) => [q.kind, q.speaker, q.text]), [['indirect', 'Airbus', 'two engines would be replaced.']]);
});

test('speech told to someone ("told reporters", "told the BBC", "told a news conference") and said "in a statement" reports its clause', () => {
  assert.deepEqual(quotes('Farmer leader Ana Quispe told reporters the canal would open in May.\n'), [
    { text: 'the canal would open in May.', kind: 'indirect', speaker: 'Ana Quispe', cue: 'told' },
  ]);
  assert.deepEqual(quotes('Ana Quispe told the BBC that the canal would open in May.\n')[0].text, 'the canal would open in May.');
  assert.deepEqual(quotes('Ana Quispe said in a statement on Friday that the canal would open in May.\n')[0].text, 'the canal would open in May.');
  assert.deepEqual(quotes('Her lawyer, Ana Quispe, told reporters that, as expected, the judge had postponed the hearing.\n')[0].text, 'as expected, the judge had postponed the hearing.');
  // "in a statement released on Wednesday" after the speaker is still an afterthought: what was said comes first.
  assert.deepEqual(quotes('Exports grew in March, the trade ministry said in a report released on Wednesday.\n')[0].text, 'Exports grew in March');
});

test('an unnamed speaker is kept as the story gives it ("the official", "trade sources"); a spokesman after a company spoke is the company\'s', () => {
  assert.deepEqual(
    quotes('The official, who knows the budget, said the plan would pass. "It is easier to review a book than to write one," he said.\n').map((q) => q.speaker),
    ['official', 'official'],
  );
  assert.deepEqual(quotes('Trade sources said the ministry would buy wheat in April.\n').map((q) => q.speaker), ['Trade sources']);
  assert.deepEqual(quotes('Andes Water Co said it postponed its annual meeting. A spokesman said the change was made because of the tender offer.\n').map((q) => q.speaker), ['Andes Water Co', 'Andes Water Co']);
  assert.deepEqual(quotes('The ministry statement said the talks would go on.\n'), []);
});

test('"a port official", "an aide" are someone new, not the last speaker; a clock time\'s zone does not cut the sentence', () => {
  assert.deepEqual(
    quotes('Union leader Ana Quispe said the strike would go on.\n"Unloading started normally," a port official told Reuters. "The strike has caused no dislocation," he said.\n').map((q) => q.speaker),
    ['Ana Quispe', 'port official', 'port official'],
  );
  assert.deepEqual(quotes('Andes Air Co said it cancelled two flights. A spokesman said the airline would resume service at 4:15 p.m. EDT on Monday.\n')[1], {
    text: 'the airline would resume service at 4:15 p.m. EDT on Monday.', kind: 'indirect', speaker: 'Andes Air Co', cue: 'said',
  });
});

test('the subject past a relative clause ("Peter Frerk, who has taken over the post, said"); "admits that" reports, "admits to feeling" does not', () => {
  assert.deepEqual(
    quotes('Peter Frerk, who has taken over Selowsky\'s duties, said the findings were "not a first class acquittal." The swindle was a "lamentable event for our company," he told journalists.\n').map((q) => q.speaker),
    ['Peter Frerk', 'Peter Frerk'],
  );
  assert.deepEqual(quotes('Even Andes Water Co admits that the report revealed failings.\n').map((q) => [q.speaker, q.text]), [['Andes Water Co', 'the report revealed failings.']]);
  assert.deepEqual(quotes('Ana Quispe admits to feeling daunted by the job.\n'), []);
});

test('", and noted that ..." and ", but added that ..." share the subject before them', () => {
  assert.deepEqual(
    quotes('Ana Quispe declined to give a forecast for the year, and noted that the first months were weak.\n').map((q) => q.speaker),
    ['Ana Quispe'],
  );
});

test('a name set off by commas speaks for its description or phrase: "Matt Goodman, from the fire service, said"', () => {
  assert.equal(quotes('Matt Goodman, from the fire service, said: "It would appear the fire started outside."\n')[0].speaker, 'Matt Goodman');
  assert.equal(quotes('"It would appear the fire started outside," Matt Goodman, from the fire service, said.\n')[0].speaker, 'Matt Goodman');
  assert.equal(quotes('Matt Goodman, a fire service spokesman, said: "It would appear the fire started outside."\n')[0].speaker, 'Matt Goodman');
});

test('a quote ending in "!" or "?" keeps its attribution in the next words; "tweeted" is speech; "Smith said Friday." reports nothing', () => {
  assert.deepEqual(quotes('"I am hosting the Oscars!" Ellen DeGeneres tweeted Friday.\n'), [{ text: '"I am hosting the Oscars!"', kind: 'direct', speaker: 'Ellen DeGeneres', cue: 'tweeted' }]);
  assert.deepEqual(quotes('The talks will go on. Carlos Mendoza said Friday.\n'), []);
  assert.deepEqual(quotes('On Tuesday, Carlos Mendoza said it again.\n'), []);
});

test('"the company said" with no one speaking before is the only firm the opening names; with two, the description stays; "he finally admitted" is "he"', () => {
  const one = extract('NEW YORK, March 3, 2025 (NW) - Andes Mining Corp cut its dividend.\nThe company said profits fell 20 percent.\n').quotes;
  assert.deepEqual(one.map((q) => q.speaker), ['Andes Mining Corp']);
  const two = extract('NEW YORK, March 3, 2025 (NW) - Andes Mining Corp agreed to buy Lima Metals Inc.\nThe company said profits fell 20 percent.\n').quotes;
  assert.deepEqual(two.map((q) => q.speaker), ['company']);
  assert.deepEqual(quotes('Negotiator Carlos Mendoza arrived late.\nAfter years of denials, he finally admitted the talks had failed.\n').map((q) => q.speaker), ['Carlos Mendoza']);
});

test('"X, Governor of Y, said" is X; "police couldn\'t say" is the police, the auxiliary is no part of the subject', () => {
  assert.deepEqual(quotes('Heydar Alishbandi, Governor of Qeshm island, said five villages had been badly hit.\n').map((q) => q.speaker), ['Heydar Alishbandi']);
  assert.deepEqual(quotes('The police couldn\'t say how many shots were fired.\n').map((q) => q.speaker), ['police']);
});

test('a closing attribution may name a body with its article or say how the source spoke: ", the Kenyan Red Cross said.", ", a ministry official said on condition of anonymity."', () => {
  assert.deepEqual(quotes('The blast killed at least 180 people, the Kenyan Red Cross said.\n').map((q) => [q.kind, q.text]), [['indirect', 'The blast killed at least 180 people']]);
  assert.deepEqual(quotes('The embassy had been warned of threats, a ministry official said on condition of anonymity.\n').map((q) => q.text), ['The embassy had been warned of threats']);
});

test('when and where it was said come before "that" and are no part of the report; "there is no evidence that" is', () => {
  assert.deepEqual(quotes('Sonia Gandhi said later at a public rally near the railway station that the trains would be a boon.\n').map((q) => q.text), ['the trains would be a boon.']);
  assert.deepEqual(quotes('Margaret Thatcher said in parliament last week that she regarded the venture as a test case.\n').map((q) => q.text), ['she regarded the venture as a test case.']);
  assert.deepEqual(quotes('A U.S. banker said there is no evidence that the reserves have fallen.\n').map((q) => q.text), ['there is no evidence that the reserves have fallen.']);
  assert.deepEqual(quotes('John Smith said at least 10 people died and that the toll would rise.\n').map((q) => q.text), ['at least 10 people died and that the toll would rise.']);
});

test('a report closed by "X told Reuters.", "villagers alleged." or "said the police." is theirs; "Japan\'s alleged refusal" reports nothing', () => {
  assert.deepEqual(quotes('Staff had to retreat after a mob attacked them, Verma told Newsline.\n').map((q) => [q.speaker, q.text]), [['Verma', 'Staff had to retreat after a mob attacked them']]);
  assert.deepEqual(quotes('The man was killed for acting as a police informer, villagers alleged.\n').map((q) => q.speaker), ['villagers']);
  assert.deepEqual(quotes('The victims were stopped and beaten in the market, said the police.\n').map((q) => q.speaker), ['police']);
  assert.deepEqual(quotes('The gun battle took place near the border, said Superintendent of Police S. Haque.\n').map((q) => q.speaker), ['S. Haque']);
  assert.deepEqual(quotes('CPM leader Sitaram Yechury alleged that BJP workers started the violence.\n').map((q) => [q.speaker, q.text]), [['Sitaram Yechury', 'BJP workers started the violence.']]);
  assert.deepEqual(quotes("Tariffs followed Japan's alleged failure to honour a trade pact.\n"), []);
});

test('a description after the name may open with the body the person serves: "Chen Zuyuan, Communist Party secretary of a village, said"', () => {
  assert.deepEqual(quotes('Chen Zuyuan, Communist Party secretary of a village in the eastern province of Zhejiang, said the government listened too much.\n').map((q) => q.speaker), ['Chen Zuyuan']);
});

test('a closing body may be named with its place: ", the Gauteng education department said."; a place qualifying a body is not the speaker', () => {
  assert.deepEqual(quotes('The strike will disrupt exams on Monday, the Gauteng education department said.\n').map((q) => q.speaker), ['Gauteng education department']);
  assert.deepEqual(quotes('Singapore traders said sellers might now aim higher.\n').map((q) => q.speaker), ['Singapore traders']);
});

test('the colon after an Indian dateline is no part of the subject nor of the report: "CHENNAI, Aug 7: Police officials said ..."', () => {
  const story = (text: string) => extract(text, { dct: '2014-08-07' }).quotes.map((q) => [q.speaker, q.text]);
  assert.deepEqual(story('CHENNAI, Aug 7: Police officials in Jamui said on Friday that the bus operators stopped work.\n'), [['Police officials in Jamui', 'the bus operators stopped work.']]);
  assert.deepEqual(story('CHENNAI, Aug 7: The strike will go on, the union said.\n'), [['union', 'The strike will go on']]);
});

test('a long clause before the speaker is no part of the subject: "Given that seven years have passed since ..., Biswal said"', () => {
  assert.deepEqual(quotes('Given that nearly seven years have passed since the horrendous terror attacks that claimed over 160 lives and injured many others, Nisha Biswal said bringing justice may appear slow.\n').map((q) => [q.speaker, q.text]), [['Nisha Biswal', 'bringing justice may appear slow.']]);
});

test('a long relative clause between the speaker and the verb is no part of either', () => {
  assert.deepEqual(quotes('Foreign Secretary Shivshankar Menon, who discussed bilateral issues with his Pakistani counterpart on the sidelines of the regional meeting here, said that Islamabad would act.\n').map((q) => [q.speaker, q.text]), [['Shivshankar Menon', 'Islamabad would act.']]);
});

test('a "person" after "in" is a place the tagger misread, not the speaker: "Police officials in Jamui said"', () => {
  assert.deepEqual(quotes('Police officials in Jamui said the rebels had crossed into Jharkhand.\n').map((q) => q.speaker), ['Police officials in Jamui']);
});

test('Xinhua\'s "said here today that ..." reports the clause after "that"; ", Zhu noted." closes a report', () => {
  assert.deepEqual(quotes('Premier Zhu Rongji said here today that China will keep its currency stable.\n').map((q) => [q.speaker, q.text]), [['Zhu Rongji', 'China will keep its currency stable.']]);
  assert.deepEqual(quotes('Premier Zhu Rongji spoke first.\nIn the past 20 years, China has attracted much foreign investment, Zhu noted.\n').map((q) => q.speaker), ['Zhu Rongji']);
});

test('"said the House majority leader, Paul Dorsey" is Dorsey; "she said" after "Ferreira\'s mother" is the mother; "witnesses testified" closes a report; "had argued over a fare" reports nothing', () => {
  const dorsey = quotes('"He gave a good speech today," said the House majority leader, Paul Dorsey.\n');
  assert.equal(dorsey[0].speaker, 'Paul Dorsey');
  const mother = quotes('Prosecutors said Almonte shot Luis Ferreira, a driver.\nFerreira\'s mother wept in the hallway. "I have waited 19 months for this day," she said.\n');
  assert.equal(mother.find((q) => q.kind === 'direct')?.speaker, "Luis Ferreira's mother");
  const fare = quotes('The two men had argued over a $12 fare the night before, witnesses testified.\n');
  assert.deepEqual(fare.map((q) => [q.text, q.speaker]), [['The two men had argued over a $12 fare the night before', 'witnesses']]);
});

test('someone described by where they work speaks as that description ("said a dealer at a foreign bank"); "said last week that" reports the clause after "that"; a body a country owns is that body', () => {
  assert.equal(quotes('"Nobody wants to hold rupiah now," said a dealer at a foreign bank.\n')[0].speaker, 'dealer at a foreign bank');
  assert.equal(quotes('"We lost everything," said a retired teacher from Hebei.\n')[0].speaker, 'retired teacher from Hebei');
  assert.equal(quotes('"Costs must fall," said a memo from Laurence Tisch.\n')[0].speaker, 'Laurence Tisch');
  assert.deepEqual(quotes('Hyundai said last month that it needed to shed jobs.\n').map((q) => [q.text, q.speaker]), [['it needed to shed jobs.', 'Hyundai']]);
  assert.equal(quotes("Peru's national election board announced today that Fujimori fell short of a majority.\n")[0].speaker, 'national election board of Peru');
  assert.equal(quotes('A spokesman for Governor Rudy Perpich said the governor would act.\n')[0].speaker, 'Rudy Perpich');
});

test('claiming responsibility and warning about a thing report nothing; survivors and relatives of someone speak as themselves; a country\'s rulers are its rulers; "told Cuban reporters Thursday night that" reports the clause; "said an official who spoke on condition of anonymity" closes a report', () => {
  assert.deepEqual(quotes('No group claimed responsibility for the attack by Friday evening.\n'), []);
  assert.deepEqual(quotes('The bombings exposed a gap that security experts have warned about since the 1980s: many posts sit too close to streets.\n'), []);
  assert.equal(quotes('Relatives of Juan Perez said Saturday they would sue the city.\n')[0].speaker, 'Relatives of Juan Perez');
  assert.equal(quotes("Afghanistan's Taliban rulers said Saturday that Osama bin Laden survived the strikes.\n")[0].speaker, 'Taliban rulers of Afghanistan');
  const told = quotes("The boy's father, Juan Miguel Gonzalez, told Cuban reporters Thursday night that he had not known his son was leaving.\n")[0];
  assert.deepEqual([told.text, told.speaker], ['he had not known his son was leaving.', 'Juan Miguel Gonzalez']);
  const closing = quotes('The man, identified as Mohammed Odeh, was put aboard a flight to Nairobi Friday, said an Interior Ministry official who spoke on condition of anonymity.\n')[0];
  assert.deepEqual([closing.text, closing.speaker], ['The man, identified as Mohammed Odeh, was put aboard a flight to Nairobi Friday', 'Interior Ministry']);
});

test('a participle set off by commas reports nothing; "said this week" and "over the weekend" are when, not what; a fronted place is no report; traders and diplomats somewhere speak as themselves', () => {
  assert.deepEqual(quotes("Malaysia's sweeping currency controls, announced on Tuesday, have drawn mixed reviews from economists.\n"), []);
  assert.deepEqual(quotes('The agreement, announced after a week of talks in Belgrade, provides for a verification mission.\n'), []);
  assert.deepEqual(quotes('In Cardenas, the father told reporters today that he was counting the days.\n').map((q) => [q.text, q.speaker]), [['he was counting the days.', 'father']]);
  assert.equal(quotes('President Fidel Castro said this week that the father was ready to travel.\n')[0].text, 'the father was ready to travel.');
  assert.equal(quotes('South Africa said over the weekend that it was deeply concerned.\n')[0].text, 'it was deeply concerned.');
  assert.equal(quotes('Diplomats in Dar es Salaam said the embassy would operate from temporary premises.\n')[0].speaker, 'Diplomats in Dar es Salaam');
});

test('a title with its point opens the speaker\'s name ("said Rev. Walter Hines"); "X smiled and said:" is X\'s', () => {
  assert.equal(quotes('"We are one community," said Rev. Walter Hines, a Baptist minister in Liberty City.\n')[0].speaker, 'Walter Hines');
  assert.equal(quotes('Mr. Lee Kuan Yew smiled and said: "We will see what the market does."\n')[0].speaker, 'Lee Kuan Yew');
});
