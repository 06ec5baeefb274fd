// The bundled sample wire: five developing stories and a few standalone items, written for wiredesk.
// Every person, agency and event here is invented; places and institutions are real. `build.ts` renders
// each item in the wire format named beside it, so one text feeds every format the desk reads.

export type SampleFormat = 'wire-text' | 'anpa1312' | 'iptc7901' | 'nitf' | 'newsml-g2' | 'ninjs3' | 'ninjs2' | 'ninjs1' | 'newsml12' | 'rss' | 'atom' | 'reuters-sgml';

export interface SampleItem {
  story: string; // the developing story it belongs to ("" for standalone items)
  id: string; // the agency's id; versions of one item share it
  version: number;
  format: SampleFormat;
  /** Several items of a container format (RSS, Atom, SGML) share one file. */
  file?: string;
  time: string; // ISO, UTC
  urgency: number;
  agency: string; // originator
  distributor?: string; // republished by
  place: string; // dateline place, as the wire writes it
  headline: string;
  paragraphs: string[];
  status?: 'usable' | 'canceled';
  note?: string; // editor's note: correction, kill, advisory
  byline?: string;
  encoding?: 'windows-1252' | 'utf-8-bom';
}

export const STORIES = {
  quake: 'Earthquake in southern Peru',
  havana: 'Colombia ceasefire talks in Havana',
  norges: 'Norges Bank rate decision',
  rotterdam: 'Rotterdam port strike',
  nairobi: 'Nairobi governor election',
} as const;

export const SAMPLES: SampleItem[] = [
  // ── Earthquake in southern Peru ──────────────────────────────────────────────
  {
    story: 'quake', id: 'urn:meridian:2026:quake-peru-1', version: 1, format: 'wire-text', time: '2026-10-05T06:42:00Z', urgency: 1,
    agency: 'MP', place: 'LIMA', headline: 'Strong earthquake strikes southern Peru',
    paragraphs: ['A strong earthquake of magnitude 7.1 struck southern Peru early on Monday, the national geophysical institute said.'],
  },
  {
    story: 'quake', id: 'urn:meridian:2026:quake-peru-2', version: 1, format: 'wire-text', time: '2026-10-05T08:10:00Z', urgency: 3,
    agency: 'MP', place: 'AREQUIPA', headline: 'At least 14 dead as quake hits southern Peru',
    paragraphs: [
      'At least 14 people were killed and more than 120 injured when a magnitude 7.1 earthquake shook the Arequipa region of southern Peru on Monday, civil defence officials said.',
      'The quake struck at 1:38 am local time at a depth of about 40 kilometres, some 60 kilometres south-west of the city of Arequipa, the Geophysical Institute of Peru said.',
      "- 'We fear the toll will rise' -",
      '"We are still reaching the villages in the valleys, and we fear the toll will rise," regional civil defence chief Marisol Quispe told reporters.',
      'Roads into the Colca valley -- one of the country\'s busiest tourist areas -- were blocked by landslides, and power was cut to roughly 200,000 homes.',
    ],
  },
  {
    story: 'quake', id: 'urn:northwire:2026:peru-quake-toll', version: 1, format: 'nitf', time: '2026-10-05T14:25:00Z', urgency: 3,
    agency: 'NW', place: 'AREQUIPA', headline: 'Peru quake death toll climbs to 31',
    byline: 'By Tomas Reyes',
    paragraphs: [
      'AREQUIPA, Peru, Oct 5 (NW) - The death toll from Monday\'s earthquake in southern Peru rose to 31, with 58 people still missing, the government said in the afternoon.',
      'President\'s office spokeswoman Lucia Benavides said 2,300 homes had been destroyed or badly damaged, most of them adobe houses in villages above 3,000 metres.',
      '"Every hour counts for the people under the rubble," Benavides said, adding that the army had sent 800 soldiers and six helicopters to the area.',
      'The government declared a 60-day state of emergency in 11 districts.',
    ],
  },
  {
    story: 'quake', id: 'urn:northwire:2026:peru-quake-toll', version: 2, format: 'nitf', time: '2026-10-05T17:05:00Z', urgency: 3,
    agency: 'NW', place: 'AREQUIPA', headline: 'CORRECTED-Peru quake death toll climbs to 29',
    byline: 'By Tomas Reyes',
    note: 'Corrects death toll in headline and first paragraph to 29 from 31, after the government revised its figures.',
    paragraphs: [
      'AREQUIPA, Peru, Oct 5 (NW) - The death toll from Monday\'s earthquake in southern Peru rose to 29, with 58 people still missing, the government said in the afternoon.',
      'President\'s office spokeswoman Lucia Benavides said 2,300 homes had been destroyed or badly damaged, most of them adobe houses in villages above 3,000 metres.',
      '"Every hour counts for the people under the rubble," Benavides said, adding that the army had sent 800 soldiers and six helicopters to the area.',
      'The government declared a 60-day state of emergency in 11 districts.',
    ],
  },
  {
    story: 'quake', id: 'urn:meridian:2026:quake-peru-aid', version: 1, format: 'newsml-g2', time: '2026-10-06T09:30:00Z', urgency: 4,
    agency: 'MP', place: 'LIMA', headline: 'Aid pledges reach $12 million as Peru counts quake damage',
    paragraphs: [
      'Foreign governments and aid agencies pledged about $12 million in emergency help for southern Peru on Tuesday, a day after an earthquake killed at least 29 people.',
      'The European Union released 3 million euros for shelter and clean water, and the Inter-American Development Bank said it would lend up to $50 million for reconstruction.',
      'The Red Cross said some 9,000 people had spent the night outdoors in temperatures close to freezing.',
      '"The first 72 hours are behind us, but the cold is now the enemy," Red Cross coordinator Andres Villar said in Arequipa.',
    ],
  },
  {
    story: 'quake', id: 'urn:surnews:2026:peru-sismo-rescate', version: 1, format: 'ninjs3', time: '2026-10-06T16:45:00Z', urgency: 4,
    agency: 'ASUR', place: 'CHIVAY', headline: 'Rescuers pull woman alive from rubble 36 hours after Peru quake',
    paragraphs: [
      'CHIVAY, Peru, Oct 6 (ASUR) - Rescuers pulled a 67-year-old woman alive from the ruins of her home in the Colca valley on Tuesday, 36 hours after the earthquake that devastated the area.',
      'Firefighters said she had survived in a pocket under a collapsed roof beam and was taken by helicopter to hospital in Arequipa.',
      'The number of missing fell to 41, the civil defence office said.',
    ],
  },
  {
    story: 'quake', id: 'urn:baltic:2026:peru-quake-aftershock', version: 1, format: 'anpa1312', time: '2026-10-07T04:20:00Z', urgency: 2,
    agency: 'BND', place: 'AREQUIPA', headline: 'Strong aftershock rattles quake-hit southern Peru',
    paragraphs: [
      'AREQUIPA, Peru (BND) _ A magnitude 5.8 aftershock shook southern Peru late on Tuesday, sending residents who had returned to damaged homes back into the streets.',
      'There were no immediate reports of new casualties, the civil defence office said.',
    ],
  },
  {
    story: 'quake', id: 'urn:northwire:2026:peru-quake-shelters', version: 1, format: 'anpa1312', time: '2026-10-07T15:30:00Z', urgency: 4,
    agency: 'NW', place: 'LIMA', headline: 'Japan, World Bank add $4.5 million for Peru quake shelters',
    byline: 'By Tomas Reyes',
    paragraphs: [
      'LIMA, Peru (NW) _ Japan and the World Bank pledged a further $4.5 million on Wednesday for tents, blankets and heaters in the quake-hit south of Peru, where more than 200 people are still sleeping in school gyms and churches.',
      'The money comes on top of a 150 million soles disaster fund that Congress approved last month, before the quake, to prepare for the rainy season.',
      '"The families we met in Cabanaconde lost their houses, their animals and their grain stores in one night," said Akiko Tanabe, the World Bank\'s country manager for Peru. "They need roofs before the frost comes, not promises.',
      '"We will judge ourselves by how many of them are indoors by the end of the month," she added.',
      'The earthquake, the strongest in the region in more than two decades, has killed at least 33 people, according to the latest civil defence figures.',
    ],
  },
  {
    story: 'quake', id: 'urn:meridian:2026:quake-peru-toll3', version: 1, format: 'rss', file: 'rss/meridian-americas.xml', time: '2026-10-08T12:00:00Z', urgency: 4,
    agency: 'MP', place: 'LIMA', headline: 'Peru ends search for quake survivors, toll at 37',
    paragraphs: [
      'LIMA, Oct 8, 2026 (MP) - Peru ended the search for survivors of last week\'s earthquake on Thursday, with the death toll at 37 and four people still missing.',
      'Housing Minister Raul Condori said reconstruction of about 2,500 homes would cost more than 400 million soles.',
    ],
  },

  // ── Colombia ceasefire talks in Havana ───────────────────────────────────────
  {
    story: 'havana', id: 'urn:meridian:2026:colombia-talks-open', version: 1, format: 'wire-text', time: '2026-10-05T15:00:00Z', urgency: 4,
    agency: 'MP', place: 'HAVANA', headline: 'Colombia and rebel faction open ceasefire talks in Havana',
    paragraphs: [
      'Colombia\'s government and the Frente Sur Unido, a dissident guerrilla faction, opened talks in Havana on Monday on a ceasefire in the southern department of Narino.',
      'The faction -- which has an estimated 1,200 fighters -- split from a larger group in 2019 and has since been blamed for attacks on soldiers and police along the Pacific coast.',
      "- 'Not to sign papers' -",
      '"We came to Havana to stop the killing, not to sign papers," government negotiator Elena Saavedra told reporters before the first session.',
      'Cuba and Norway are acting as guarantors of the talks, which are expected to last up to a week.',
    ],
  },
  {
    story: 'havana', id: 'urn:gna:2026:mp-colombia-talks-open', version: 1, format: 'wire-text', time: '2026-10-05T15:40:00Z', urgency: 4,
    agency: 'MP', distributor: 'GNA', place: 'HAVANA', headline: 'Colombia and rebel faction open ceasefire talks in Havana',
    paragraphs: [
      'Colombia\'s government and the Frente Sur Unido, a dissident guerrilla faction, opened talks in Havana on Monday on a ceasefire in the southern department of Narino.',
      'The faction -- which has an estimated 1,200 fighters -- split from a larger group in 2019 and has since been blamed for attacks on soldiers and police along the Pacific coast.',
      "- 'Not to sign papers' -",
      '"We came to Havana to stop the killing, not to sign papers," government negotiator Elena Saavedra told reporters before the first session.',
      'Cuba and Norway are acting as guarantors of the talks.',
    ],
  },
  {
    story: 'havana', id: 'urn:northwire:2026:colombia-rebels-demands', version: 1, format: 'newsml12', time: '2026-10-06T18:20:00Z', urgency: 4,
    agency: 'NW', place: 'HAVANA', headline: 'Colombian rebels demand troop pullback as condition for truce',
    paragraphs: [
      'HAVANA, Oct 6 (NW) - The Frente Sur Unido on Tuesday demanded that Colombia pull back army units from three municipalities in Narino before any ceasefire takes effect.',
      'Rebel spokesman Ivan Cardenas accused the army of carrying out more than 40 raids on rural communities since August.',
      'The government rejected the demand, saying troops would stay to protect civilians.',
      '"A ceasefire is verified, not bought with territory," said Saavedra.',
    ],
  },
  {
    story: 'havana', id: 'urn:northwire:2026:narino-clash', version: 1, format: 'newsml-g2', time: '2026-10-07T13:40:00Z', urgency: 3,
    agency: 'NW', place: 'TUMACO', headline: 'Nine soldiers killed in Narino clash as Havana talks go on',
    paragraphs: [
      'TUMACO, Colombia, Oct 7 (NW) - Nine Colombian soldiers were killed on Wednesday when their patrol was ambushed near the Pacific port of Tumaco, the army said, as government negotiators and the Frente Sur Unido met for a third day in Havana.',
      'The army blamed the attack on the faction, which has not commented. Roughly 3,000 troops have been deployed in the department of Narino since mid-March to protect coca eradication teams and the coastal highway.',
      '"Our soldiers were on a road-clearing mission, not an offensive," said General Hernan Ospina, commander of the army\'s southern division.',
      'In Havana, Saavedra said the talks would go on. "Walking away today is exactly what the people who planned this attack want," she said.',
    ],
  },
  {
    story: 'havana', id: 'urn:northwire:2026:narino-clash', version: 2, format: 'newsml-g2', time: '2026-10-07T17:20:00Z', urgency: 3,
    agency: 'NW', place: 'TUMACO', headline: 'CORRECTED-Seven soldiers killed in Narino clash as Havana talks go on',
    note: 'Corrects number of soldiers killed to seven from nine in headline and first paragraph, after the army revised its figures; adds paragraph on the wounded.',
    paragraphs: [
      'TUMACO, Colombia, Oct 7 (NW) - Seven Colombian soldiers were killed on Wednesday when their patrol was ambushed near the Pacific port of Tumaco, the army said, as government negotiators and the Frente Sur Unido met for a third day in Havana.',
      'Two soldiers first reported dead were found alive with gunshot wounds and flown to hospital in Pasto, the army said in a revised statement.',
      'The army blamed the attack on the faction, which has not commented. Roughly 3,000 troops have been deployed in the department of Narino since mid-March to protect coca eradication teams and the coastal highway.',
      '"Our soldiers were on a road-clearing mission, not an offensive," said General Hernan Ospina, commander of the army\'s southern division.',
      'In Havana, Saavedra said the talks would go on. "Walking away today is exactly what the people who planned this attack want," she said.',
    ],
  },
  {
    story: 'havana', id: 'urn:surnews:2026:colombia-tregua', version: 1, format: 'ninjs2', time: '2026-10-08T21:05:00Z', urgency: 1,
    agency: 'ASUR', place: 'HAVANA', headline: 'Colombia and rebel faction agree ceasefire',
    paragraphs: ['HAVANA, Oct 8 (ASUR) - Colombia\'s government and the Frente Sur Unido agreed on Thursday to a six-month bilateral ceasefire, the guarantor countries said.'],
  },
  {
    story: 'havana', id: 'urn:meridian:2026:colombia-ceasefire-deal', version: 1, format: 'newsml-g2', time: '2026-10-08T23:30:00Z', urgency: 2,
    agency: 'MP', place: 'HAVANA', headline: 'Colombia, rebel faction agree six-month ceasefire after four days of talks',
    paragraphs: [
      'HAVANA, Oct 8, 2026 (MP) - Colombia\'s government and the Frente Sur Unido agreed on Thursday to a six-month bilateral ceasefire starting on October 15, after four days of talks in Havana.',
      'Under the deal, a mission of 60 United Nations observers will verify the truce, and the army will suspend offensive operations in four municipalities of Narino.',
      'The faction agreed to stop recruiting minors and to free 12 soldiers it has held since last year.',
      '"This is the first step, and the hardest," Saavedra said at the signing, flanked by Cuban and Norwegian diplomats.',
      'Cardenas said the faction would "respect every line" of the agreement.',
    ],
  },
  {
    story: 'havana', id: 'urn:baltic:2026:colombia-reaction', version: 1, format: 'atom', file: 'atom/baltic-world.xml', time: '2026-10-09T10:15:00Z', urgency: 5,
    agency: 'BND', place: 'BOGOTA', headline: 'Colombian opposition criticises Havana ceasefire deal',
    paragraphs: [
      'BOGOTA, Oct 9 (BND) - Colombia\'s main opposition party on Friday criticised the ceasefire agreed in Havana, saying it rewarded a group responsible for dozens of killings.',
      'Senator Patricia Lozano said the deal would let the faction regroup in Narino, and called for Congress to review it.',
    ],
  },

  // ── Norges Bank rate decision ────────────────────────────────────────────────
  {
    story: 'norges', id: 'urn:baltic:2026:norway-rates-preview', version: 1, format: 'iptc7901', time: '2026-10-06T07:00:00Z', urgency: 5,
    agency: 'BND', place: 'Oslo', headline: 'Norway central bank seen raising rates again as krone slides',
    paragraphs: [
      'Oslo (BND) - Norges Bank is expected to raise its key policy rate on Thursday for the second time this year, as a weak krone keeps imported inflation high, economists said.',
      'Nineteen of 24 economists polled by BND expect a quarter-point increase to 4.75 percent; the other five see no change.',
      'Consumer prices rose 4.1 percent in the year to September, well above the bank\'s 2 percent target.',
    ],
  },
  {
    story: 'norges', id: 'urn:meridian:2026:norges-bank-flash', version: 1, format: 'anpa1312', time: '2026-10-08T08:00:00Z', urgency: 1,
    agency: 'MP', place: 'OSLO', headline: 'Norway central bank raises key rate to 4.75 percent',
    paragraphs: ['OSLO (MP) _ Norges Bank raised its key policy rate by 0.25 percentage point to 4.75 percent on Thursday.'],
  },
  {
    story: 'norges', id: 'urn:meridian:2026:norges-bank-flash', version: 2, format: 'anpa1312', time: '2026-10-08T08:25:00Z', urgency: 3,
    agency: 'MP', place: 'OSLO', headline: 'Norway raises rates, signals one more hike as krone weakens',
    paragraphs: [
      'OSLO (MP) _ Norges Bank raised its key policy rate by 0.25 percentage point to 4.75 percent on Thursday and said it would probably raise it once more before the end of the year.',
      'Governor Ingrid Solberg-Vik said the weaker krone had added about 0.6 percentage point to inflation over the past year.',
      '"Inflation is too high and has been for too long," she told a news conference in Oslo.',
      'The krone strengthened 1.2 percent against the euro after the decision.',
    ],
  },
  {
    story: 'norges', id: 'urn:northwire:2026:norway-rates-markets', version: 1, format: 'ninjs3', time: '2026-10-08T11:40:00Z', urgency: 5,
    agency: 'NW', place: 'OSLO', headline: 'Oslo bourse dips, krone firms after rate rise',
    paragraphs: [
      'OSLO, Oct 8 (NW) - Norwegian shares fell and the krone firmed on Thursday after Norges Bank raised interest rates and signalled another increase in December.',
      'The benchmark index closed down 0.9 percent, with property developers falling as much as 4 percent.',
      'Bank shares rose: DNB gained 1.5 percent.',
      '"The message is that the bank will accept weaker growth to get inflation down," said Kari Holm, chief economist at Fjord Capital.',
    ],
  },
  {
    story: 'norges', id: 'urn:baltic:2026:norway-mortgage', version: 1, format: 'iptc7901', time: '2026-10-09T09:10:00Z', urgency: 5,
    agency: 'BND', place: 'Bergen', headline: 'Norwegian homeowners brace for costlier mortgages',
    encoding: 'windows-1252',
    paragraphs: [
      'Bergen (BND) - Norwegian banks began raising mortgage rates on Friday after the central bank\'s increase, adding about 2,400 crowns a year to the cost of an average home loan.',
      'Søren Ødegård, a teacher in Bergen, said his family had already cut holidays and car trips.',
      '"Every rise is another month of belt-tightening," he said.',
    ],
  },
  {
    story: 'norges', id: 'urn:northwire:2026:krone-week', version: 1, format: 'wire-text', time: '2026-10-09T16:30:00Z', urgency: 5,
    agency: 'NW', place: 'OSLO', headline: 'Norwegian krone ends week 2.5 percent stronger after rate rise',
    paragraphs: [
      'The Norwegian krone ended the week 2.5 percent stronger against the euro on Friday, its best week since April, as investors bet that Norges Bank would raise rates again before the end of the year.',
      'One euro bought 11.42 crowns in late trading, down from 11.71 a week earlier.',
      'Marte Lund, currency strategist at Nordkapp Markets in Oslo, said the bank had "finally convinced the market that it means what it says" but warned that another rise could hurt house builders.',
      'Oil prices, which usually drive the currency, were little changed over the week.',
    ],
  },
  {
    story: 'norges', id: 'urn:meridian:2026:norway-rates-analysis', version: 1, format: 'reuters-sgml', file: 'reuters-sgml/meridian-markets.sgm', time: '2026-10-09T15:30:00Z', urgency: 5,
    agency: 'MP', place: 'OSLO', headline: 'NORWAY RATE RISE LEAVES ECONOMISTS SPLIT ON DECEMBER MOVE',
    paragraphs: [
      'OSLO, Oct 9 - Economists were divided on Friday over whether Norges Bank will follow through on its signal of another rate rise in December.',
      'Seven of 15 economists contacted on Friday expect a further quarter-point increase, while eight expect the bank to wait until March.',
      'Oil investment, which accounts for about 20 pct of business investment, is forecast to fall 3 pct next year.',
    ],
  },

  // ── Rotterdam port strike ────────────────────────────────────────────────────
  {
    story: 'rotterdam', id: 'urn:northwire:2026:rotterdam-strike-1', version: 1, format: 'newsml-g2', time: '2026-10-05T05:30:00Z', urgency: 3,
    agency: 'NW', place: 'ROTTERDAM', headline: 'Rotterdam dockworkers walk out in pay dispute',
    paragraphs: [
      'ROTTERDAM, Oct 5 (NW) - Thousands of dockworkers at Rotterdam, Europe\'s biggest port, began a 48-hour strike on Monday over pay and automation, halting work at the main container terminals.',
      'The FNV Havens union said about 4,000 workers had joined the strike after talks with employers broke down last week.',
      '"Robots do not pay rent, and neither do promises," union negotiator Wim de Boer told a rally at the port gates.',
      'At least 25 container ships were waiting at anchor off the coast by midday, the port authority said.',
    ],
  },
  {
    story: 'rotterdam', id: 'urn:meridian:2026:rotterdam-port-strike', version: 1, format: 'nitf', time: '2026-10-06T10:00:00Z', urgency: 4,
    agency: 'MP', place: 'ROTTERDAM', headline: 'Rotterdam strike backlog grows as shippers divert to Antwerp',
    paragraphs: [
      'ROTTERDAM, Netherlands, Oct 6, 2026 (MP) - Shipping lines began diverting vessels to Antwerp and Hamburg on Tuesday as a strike at Rotterdam left more than 40 ships waiting to unload.',
      'The port authority estimated the cost of the stoppage at about 30 million euros a day.',
      'Employers\' group VRS offered a 4 percent pay rise over two years, which the union rejected as "an insult".',
      '"We have put a fair offer on the table, and it is still there," VRS chairwoman Annelies Verbeek said. "But no terminal in Europe can promise that it will never change the way it works.',
      '"If the union wants a guarantee until 2030, it is asking us to stop the clock," she said.',
    ],
  },
  {
    story: 'rotterdam', id: 'urn:baltic:2026:rotterdam-extend', version: 1, format: 'ninjs1', time: '2026-10-07T16:20:00Z', urgency: 3,
    agency: 'BND', place: 'ROTTERDAM', headline: 'Rotterdam port strike extended by three days',
    paragraphs: [
      'ROTTERDAM, Oct 7 (BND) - The union representing Rotterdam dockworkers extended its strike by three days on Wednesday, saying employers had not improved their offer.',
      'De Boer said the union wanted a guarantee of no forced redundancies until 2030 as terminals automate.',
      'Dutch Economy Minister Femke Jansen urged both sides to return to talks, warning of damage to the wider economy.',
    ],
  },
  {
    story: 'rotterdam', id: 'urn:northwire:2026:rotterdam-deal', version: 1, format: 'wire-text', time: '2026-10-10T19:45:00Z', urgency: 2,
    agency: 'NW', place: 'ROTTERDAM', headline: 'Rotterdam dockworkers end strike after deal on jobs and pay',
    paragraphs: [
      'Rotterdam dockworkers agreed on Saturday to end a strike that had paralysed Europe\'s biggest port for six days, after employers offered a 6.5 percent pay rise and job guarantees.',
      'Under the deal, no dockworker can be made redundant because of automation before 2031, the union and the VRS employers\' group said in a joint statement.',
      '"We got what we came for," De Boer told members, who approved the deal by 82 percent.',
      'Work was to resume with the night shift, and the port authority said it would take at least a week to clear the backlog of about 60 ships.',
    ],
  },
  {
    story: 'rotterdam', id: 'urn:surnews:2026:nw-rotterdam-deal', version: 1, format: 'newsml12', time: '2026-10-10T20:30:00Z', urgency: 4,
    agency: 'NW', distributor: 'ASUR', place: 'ROTTERDAM', headline: 'Rotterdam dockworkers end strike after deal on jobs and pay',
    paragraphs: [
      'ROTTERDAM, Oct 10, 2026 (ASUR/NW) - Rotterdam dockworkers agreed on Saturday to end a strike that had paralysed Europe\'s biggest port for six days, after employers offered a 6.5 percent pay rise and job guarantees.',
      'Under the deal, no dockworker can be made redundant because of automation before 2031, the union and the VRS employers\' group said in a joint statement.',
      '"We got what we came for," union negotiator Wim de Boer told members, who approved the deal by 82 percent.',
      'Work was to resume with the night shift.',
    ],
  },
  {
    story: 'rotterdam', id: 'urn:northwire:2026:rotterdam-deal', version: 2, format: 'wire-text', time: '2026-10-10T21:10:00Z', urgency: 3,
    agency: 'NW', place: 'ROTTERDAM', headline: 'Rotterdam dockworkers end strike after deal on jobs and pay',
    note: 'Corrects share of union members who approved the deal to 78 percent from 82 percent in third paragraph.',
    paragraphs: [
      'Rotterdam dockworkers agreed on Saturday to end a strike that had paralysed Europe\'s biggest port for six days, after employers offered a 6.5 percent pay rise and job guarantees.',
      'Under the deal, no dockworker can be made redundant because of automation before 2031, the union and the VRS employers\' group said in a joint statement.',
      '"We got what we came for," De Boer told members, who approved the deal by 78 percent.',
      'Work was to resume with the night shift, and the port authority said it would take at least a week to clear the backlog of about 60 ships.',
    ],
  },
  {
    story: 'rotterdam', id: 'urn:baltic:2026:rotterdam-backlog', version: 1, format: 'atom', file: 'atom/baltic-world.xml', time: '2026-10-11T09:00:00Z', urgency: 5,
    agency: 'BND', place: 'ROTTERDAM', headline: 'Ships queue off Rotterdam as port clears strike backlog',
    paragraphs: [
      'ROTTERDAM, Oct 11 (BND) - About 55 ships were still waiting off Rotterdam on Sunday as terminals worked around the clock to clear the backlog from a six-day strike.',
      'Port authority spokesman Joost Verhoeven said normal operations should return by the end of next week.',
    ],
  },

  // ── Nairobi governor election ────────────────────────────────────────────────
  {
    story: 'nairobi', id: 'urn:meridian:2026:nairobi-vote', version: 1, format: 'ninjs3', time: '2026-10-06T05:00:00Z', urgency: 4,
    agency: 'MP', place: 'NAIROBI', headline: 'Nairobi votes in tight governor by-election',
    paragraphs: [
      'NAIROBI, Oct 6, 2026 (MP) - Voters in Nairobi went to the polls on Tuesday in a by-election for governor of Kenya\'s capital, called after the incumbent resigned in July.',
      'About 2.4 million people are registered to vote in the county, the electoral commission said.',
      'The race is seen as a close contest between former transport minister Grace Wanjiru and businessman David Otieno.',
    ],
  },
  {
    story: 'nairobi', id: 'urn:northwire:2026:nairobi-count', version: 1, format: 'newsml-g2', time: '2026-10-07T12:00:00Z', urgency: 3,
    agency: 'NW', place: 'NAIROBI', headline: 'Wanjiru leads Nairobi count with most polling stations in',
    paragraphs: [
      'NAIROBI, Oct 7 (NW) - Grace Wanjiru led the count in the Nairobi governor by-election on Wednesday with 51.3 percent of votes from 85 percent of polling stations, the electoral commission said.',
      'David Otieno had 46.9 percent. Turnout was about 44 percent.',
      'Otieno\'s campaign said it had recorded irregularities at more than 60 polling stations in Embakasi and Kasarani.',
    ],
  },
  {
    story: 'nairobi', id: 'urn:meridian:2026:nairobi-result', version: 1, format: 'wire-text', time: '2026-10-08T09:15:00Z', urgency: 2,
    agency: 'MP', place: 'NAIROBI', headline: 'Wanjiru declared winner of Nairobi governor vote',
    paragraphs: [
      'Kenya\'s electoral commission declared Grace Wanjiru the winner of the Nairobi governor by-election on Thursday, with 52.1 percent of the vote against 46.2 percent for David Otieno.',
      '"Nairobi has chosen to move forward together," Wanjiru told supporters at the Bomas of Kenya tallying centre.',
      'She promised to spend 3 billion shillings in her first year on drainage and waste collection.',
    ],
  },
  {
    story: 'nairobi', id: 'urn:baltic:2026:nairobi-observers', version: 1, format: 'iptc7901', time: '2026-10-08T15:00:00Z', urgency: 4,
    agency: 'BND', place: 'Nairobi', headline: 'Observers call Nairobi vote credible but criticise slow count',
    paragraphs: [
      'Nairobi (BND) - Election observers from the African Union said on Thursday that the Nairobi governor by-election had been credible, but criticised the electoral commission for taking nearly two days to publish final results.',
      'The head of the 40-member mission, former Ghanaian minister Kwame Asante-Boateng, said observers had visited 312 polling stations and found "no pattern of manipulation".',
      '"Delays breed suspicion, and suspicion is what Nairobi can least afford," he told a news conference.',
    ],
  },
  {
    story: 'nairobi', id: 'urn:surnews:2026:nairobi-challenge', version: 1, format: 'ninjs1', time: '2026-10-09T13:30:00Z', urgency: 4,
    agency: 'ASUR', place: 'NAIROBI', headline: 'Losing Nairobi candidate challenges result in court',
    paragraphs: [
      'NAIROBI, Oct 9 (ASUR) - David Otieno filed a petition at the High Court on Friday challenging his defeat in the Nairobi governor by-election, alleging that results from 64 polling stations had been altered.',
      '"We are not asking for favours, only for the forms to be opened," Otieno told reporters outside the court.',
      'The electoral commission said the count had been transparent and that it would defend the result.',
    ],
  },
  {
    story: 'nairobi', id: 'urn:baltic:2026:nairobi-court', version: 1, format: 'rss', file: 'rss/meridian-americas.xml', time: '2026-10-12T11:00:00Z', urgency: 5,
    agency: 'BND', place: 'NAIROBI', headline: 'Kenyan court sets date to hear Nairobi election petition',
    paragraphs: [
      'NAIROBI, Oct 12 (BND) - Kenya\'s High Court on Monday set November 2 for the hearing of a petition against the result of last week\'s Nairobi governor by-election.',
      'The judge ordered the electoral commission to preserve all ballot boxes from the 64 disputed polling stations.',
    ],
  },

  // ── Standalone items ─────────────────────────────────────────────────────────
  {
    story: '', id: 'urn:northwire:2026:ariane-launch', version: 1, format: 'rss', file: 'rss/meridian-americas.xml', time: '2026-10-07T22:10:00Z', urgency: 5,
    agency: 'NW', place: 'KOUROU', headline: 'Ariane rocket puts two weather satellites in orbit',
    paragraphs: [
      'KOUROU, French Guiana, Oct 7 (NW) - An Ariane 6 rocket placed two European weather satellites in orbit on Wednesday after a launch from Kourou, the European Space Agency said.',
      'The satellites will improve storm forecasts over the Atlantic for at least 10 years, ESA said.',
    ],
  },
  {
    story: '', id: 'urn:meridian:2026:louvre-wing', version: 1, format: 'ninjs2', time: '2026-10-09T08:00:00Z', urgency: 6,
    agency: 'MP', place: 'PARIS', headline: 'Louvre reopens Egyptian wing after three-year renovation',
    paragraphs: [
      'PARIS, Oct 9, 2026 (MP) - The Louvre reopened its Egyptian antiquities wing on Friday after a three-year renovation costing 48 million euros.',
      'Curator Helene Marchetti said about 1,800 objects were back on display, 300 of them for the first time in decades.',
    ],
  },
  {
    story: '', id: 'urn:baltic:2026:tallinn-ferry', version: 1, format: 'newsml12', time: '2026-10-10T07:30:00Z', urgency: 5,
    agency: 'BND', place: 'TALLINN', headline: 'Tallinn-Helsinki ferries resume after storm',
    paragraphs: [
      'TALLINN, Oct 10 (BND) - Ferries between Tallinn and Helsinki resumed on Saturday after a storm with gusts of up to 30 metres per second halted crossings for a day.',
      'About 6,000 passengers had their journeys cancelled, operators said.',
    ],
  },
  {
    story: '', id: 'urn:meridian:2026:melbourne-transfer', version: 1, format: 'ninjs3', time: '2026-10-11T03:00:00Z', urgency: 5,
    agency: 'MP', place: 'MELBOURNE', headline: 'Melbourne Victory signs Japanese midfielder',
    encoding: 'utf-8-bom',
    paragraphs: [
      'MELBOURNE, Oct 11, 2026 (MP) - Melbourne Victory signed Japanese midfielder Kenta Morimoto on a two-year contract on Sunday, the A-League club said.',
      'Morimoto, 27, scored 9 goals in 31 matches for his former club last season.',
    ],
  },
  {
    story: '', id: 'urn:northwire:2026:sgml-copper', version: 1, format: 'reuters-sgml', file: 'reuters-sgml/meridian-markets.sgm', time: '2026-10-07T13:05:00Z', urgency: 5,
    agency: 'MP', place: 'SANTIAGO', headline: 'CHILE COPPER OUTPUT RISES 3.2 PCT IN SEPTEMBER',
    paragraphs: [
      'SANTIAGO, Oct 7 - Chile\'s copper output rose 3.2 pct in September from a year earlier to 468,000 tonnes, the national statistics institute said.',
      'Output at the largest state-owned mines rose 5 pct, while private mines were flat.',
    ],
  },
  {
    story: '', id: 'urn:northwire:2026:sgml-coffee', version: 1, format: 'reuters-sgml', file: 'reuters-sgml/meridian-markets.sgm', time: '2026-10-08T16:40:00Z', urgency: 5,
    agency: 'MP', place: 'SAO PAULO', headline: 'BRAZIL COFFEE EXPORTS FALL IN SEPTEMBER',
    paragraphs: [
      'SAO PAULO, Oct 8 - Brazil\'s green coffee exports fell 11 pct in September to 2.9 mln 60-kg bags as dry weather cut the harvest, the exporters\' council said.',
      'Shipments of arabica fell to 2.3 mln bags while robusta exports rose slightly.',
    ],
  },
  {
    story: '', id: 'urn:surnews:2026:valparaiso-fire', version: 1, format: 'atom', file: 'atom/baltic-world.xml', time: '2026-10-10T20:00:00Z', urgency: 4,
    agency: 'ASUR', place: 'VALPARAISO', headline: 'Forest fire near Valparaiso forces hundreds to evacuate',
    paragraphs: [
      'VALPARAISO, Chile, Oct 10 (ASUR) - A forest fire driven by strong winds forced about 700 people to leave their homes on the edge of Valparaiso on Saturday, regional officials said.',
      'Firefighters said the blaze had burned 350 hectares of pine and eucalyptus.',
    ],
  },
  {
    story: '', id: 'urn:meridian:2026:wrong-test-item', version: 1, format: 'newsml-g2', time: '2026-10-06T12:00:00Z', urgency: 5,
    agency: 'MP', place: 'GENEVA', headline: 'WHO panel reviews malaria vaccine rollout',
    paragraphs: ['GENEVA, Oct 6, 2026 (MP) - A World Health Organization advisory panel began a review of the malaria vaccine rollout in 12 African countries on Tuesday.'],
  },
  {
    story: '', id: 'urn:meridian:2026:wrong-test-item', version: 2, format: 'newsml-g2', time: '2026-10-06T12:40:00Z', urgency: 5,
    agency: 'MP', place: 'GENEVA', headline: 'KILL-WHO panel reviews malaria vaccine rollout',
    status: 'canceled',
    note: 'Kill. This story was sent in error: the panel meets next month. Please remove it from all systems.',
    paragraphs: [],
  },
  {
    story: '', id: 'urn:surnews:2026:andes-glacier', version: 1, format: 'ninjs1', time: '2026-10-12T14:00:00Z', urgency: 5,
    agency: 'ASUR', place: 'LA PAZ', headline: 'Bolivian glacier has lost half its ice in a decade, study finds',
    paragraphs: [
      'LA PAZ, Oct 12 (ASUR) - A glacier that supplies water to La Paz and El Alto has lost about half of its ice in a decade, scientists from the San Andres University said on Monday.',
      '"At this pace, the city will have to find other water within 20 years," glaciologist Rosa Mamani said.',
    ],
  },
  {
    story: '', id: 'urn:baltic:2026:riga-tram', version: 1, format: 'iptc7901', time: '2026-10-08T06:30:00Z', urgency: 5,
    agency: 'BND', place: 'Riga', headline: 'Riga opens new tram line to airport',
    paragraphs: [
      'Riga (BND) - Riga opened a tram line to its international airport on Thursday, cutting the trip from the old town to about 25 minutes.',
      'The 9-kilometre line cost 86 million euros, most of it from European Union funds.',
    ],
  },
  {
    story: '', id: 'urn:baltic:2026:ice-hockey', version: 1, format: 'anpa1312', time: '2026-10-11T21:30:00Z', urgency: 5,
    agency: 'BND', place: 'HELSINKI', headline: 'Jokerit beat Tappara 4-2 in Finnish league',
    paragraphs: [
      'HELSINKI (BND) _ Jokerit beat Tappara 4-2 on Sunday to move top of the Finnish ice hockey league.',
      'Goalkeeper Antti Virtanen made 34 saves.',
    ],
  },
  {
    story: '', id: 'urn:baltic:2026:reykjanes-eruption', version: 1, format: 'wire-text', time: '2026-10-11T23:05:00Z', urgency: 3,
    agency: 'BND', place: 'REYKJAVIK', headline: 'Volcanic eruption begins on Iceland\'s Reykjanes peninsula',
    paragraphs: [
      'A volcanic eruption began on the Reykjanes peninsula in south-west Iceland late on Sunday, the Icelandic Met Office said, the first in the area since last winter.',
      'Lava was flowing away from the town of Grindavik, which had been evacuated as a precaution, and flights at Keflavik airport were operating normally, officials said.',
      '"At the moment there is no threat to people or to infrastructure," Met Office volcanologist Sigrun Helgadottir told public broadcaster RUV.',
    ],
  },
  {
    story: '', id: 'urn:northwire:2026:lisbon-housing', version: 1, format: 'nitf', time: '2026-10-12T09:20:00Z', urgency: 5,
    agency: 'NW', place: 'LISBON', headline: 'Lisbon caps new short-term rental licences',
    paragraphs: [
      'LISBON, Oct 12 (NW) - Lisbon city council voted on Monday to stop issuing new short-term rental licences in 14 central parishes, to free up homes for residents.',
      'About 19,000 flats in the city are registered for short-term lets, the council said.',
    ],
  },
];
