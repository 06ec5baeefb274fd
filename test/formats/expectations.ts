// What every wire fixture in ../shared really says, read from the files themselves: per file, the format that
// reads it, how many items it holds and, for the first items, headline, version, pubStatus, urgency, dateline
// (place, date, agency chain), number of body paragraphs and how the first one starts. A file wiredesk cannot
// read names the quarantine code and why. Keys are paths under ../shared; fixtures.test.ts fails on a fixture
// that is missing here.
import type { PubStatus } from '../../src/item/types.ts';

export interface ItemExpectation {
  /** The main headline; null: the file has none. */
  headline: string | null;
  version: string;
  pubStatus: PubStatus;
  /** null: the file gives no urgency or priority. */
  urgency: number | null;
  /** The dateline's parts; null: there is none to find. */
  dateline: { place?: string; date?: string; sources?: string[] } | null;
  /** Paragraphs of the plain-text body (a subhead or a table row is one too). */
  paragraphs: number;
  /** How the first paragraph starts. */
  first?: string;
}

export type Expectation =
  | { format: string; count: number; items: ItemExpectation[] }
  | { quarantined: string; because: RegExp };

export const EXPECTED: Record<string, Expectation> = {
  'corpus/formats/anpa-1312/anpa-1.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'For Argentine chemo patients, mirrors can hurt', version: '1', pubStatus: 'usable', urgency: 1, dateline: { place: 'Buenos Aires', date: '2013-11-13', sources: ['AP'] }, paragraphs: 14, first: 'BUENOS AIRES, Argentina (AP) _ For cancer' },
  ] },
  'corpus/formats/anpa-1312/anpa-2.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'Prairies vanish in the US push for green energy', version: '2', pubStatus: 'usable', urgency: 5, dateline: { place: 'Roscoe', date: '2013-11-13', sources: ['AP'] }, paragraphs: 33, first: 'ROSCOE, South Dakota (AP) _ Robert Malsam' },
  ] },
  'corpus/formats/anpa-1312/anpa-3.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'BC-WEA--GlobalWeather-Fa', version: '1', pubStatus: 'usable', urgency: 3, dateline: { place: 'New York', date: '2013-11-13', sources: ['AP'] }, paragraphs: 116, first: 'NEW YORK (AP) _ Minimum and maximum' },
  ] },
  'corpus/formats/anpa-1312/anpa-4.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'AP Top Entertainment News at 11:23 p.m. EST', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 10, first: 'Ex-bodyguard testifies about lewd messages sent' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-1.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'Deng has 30 points, short-handed Heat beat Hawks 115-111', version: '2', pubStatus: 'usable', urgency: 5, dateline: { place: 'Atlanta', date: '2016-02-20', sources: ['AP'] }, paragraphs: 18, first: 'ATLANTA (AP) _ Luol Deng scored 30 points and' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-2.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'Baseball Expanded Standings', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 116, first: 'Baltimore;23;13;.639;_;_;8-2;L-1;16-6;7-7' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-3.tst': { format: 'anpa1312', count: 1, items: [
    { headline: '$210 lobster is found dead', version: '2', pubStatus: 'usable', urgency: 5, dateline: { place: 'Chatham', date: '2016-08-29', sources: ['AP'] }, paragraphs: 1, first: 'CHATHAM, Mass. (AP) _ A lobster' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-4.tst': { format: 'anpa1312', count: 1, items: [
    { headline: "AP Exclusive: China lawyer's family says US helped them flee", version: '4', pubStatus: 'usable', urgency: 5, dateline: { place: 'Beijing', date: '2017-05-09', sources: ['AP'] }, paragraphs: 25, first: 'BEIJING (AP) _ Stuck in a Bangkok jail with a' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-5.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'BC-US--APNewsAlert', version: '1', pubStatus: 'usable', urgency: 2, dateline: { place: 'Honolulu', date: '2017-06-29', sources: ['AP'] }, paragraphs: 1, first: 'HONOLULU (AP) _ Hawaii files court challenge to' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-6.tst': { format: 'anpa1312', count: 1, items: [
    { headline: 'Wild Card Glance', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 92, first: 'Tampa Bay 73 52 .584' },
  ] },
  'corpus/formats/anpa-1312/ap_anpa-7.tst': { format: 'anpa1312', count: 1, items: [
    { headline: '10 Things to Know for Today', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 21, first: 'Your daily look at late-breaking news, upcoming' },
  ] },
  'corpus/formats/atom/wenn.xml': { format: 'atom', count: 2, items: [
    { headline: 'Suge Knight involved in fatal hit and run incident', version: '1', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 1, first: 'This is body' },
    { headline: 'Jagged Edge singer Kyle Norman arrested over domestic assault', version: '1', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 1, first: 'This is body' },
  ] },
  'corpus/formats/iptc-7901/IPTC7901.txt': { format: 'iptc7901', count: 1, items: [
    { headline: 'Germany Social Democrats: Coalition talks with Merkel could fail', version: '1', pubStatus: 'usable', urgency: 4, dateline: { place: 'Berlin', sources: ['dpa'] }, paragraphs: 5, first: 'Berlin (dpa) - Negotiations between German' },
  ] },
  'corpus/formats/iptc-7901/IPTC7901_odd_charset.txt': { format: 'iptc7901', count: 1, items: [
    { headline: 'German football saddened by illness to striker legend Mueller', version: '2', pubStatus: 'usable', urgency: 3, dateline: { place: 'Munich', sources: ['dpa'] }, paragraphs: 21, first: 'Munich (dpa) - German football generations past' },
  ] },
  'corpus/formats/iptc-7901/dpa_copyright.txt': { format: 'iptc7901', count: 1, items: [
    { headline: 'Impressum', version: '1', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 1, first: 'ryryryry copyright by dpa ryryryry copyright by' },
  ] },
  'corpus/formats/iptc-7901/dpa_four_line.txt': { format: 'iptc7901', count: 1, items: [
    { headline: 'Switzerland joins list of countries resisting UN migration pact', version: '2', pubStatus: 'usable', urgency: 3, dateline: { place: 'Geneva', sources: ['dpa'] }, paragraphs: 15, first: 'Geneva (dpa) - Switzerland is joining a growing' },
  ] },
  'corpus/formats/iptc-7901/dpa_two_by_line.txt': { format: 'iptc7901', count: 1, items: [
    { headline: "Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it", version: '1', pubStatus: 'usable', urgency: 4, dateline: { place: 'San Diego', sources: ['tca','dpa'] }, paragraphs: 35, first: "San Diego (tca/dpa) - History says this wasn't" },
  ] },
  'corpus/formats/iptc-7901/dpa_two_line.txt': { format: 'iptc7901', count: 1, items: [
    { headline: 'Peace talks on Yemen to take place in Sweden next month, Mattis says', version: '1', pubStatus: 'usable', urgency: 3, dateline: { place: 'Washington', sources: ['dpa'] }, paragraphs: 4, first: 'Washington (dpa) - US Defence Secretary Jim' },
  ] },
  'corpus/formats/newsml-1.2/afp.xml': { format: 'newsml12', count: 1, items: [
    { headline: 'Sweden court accepts receivership for Saab carmaker', version: '1', pubStatus: 'usable', urgency: 4, dateline: { place: 'Stockholm', date: '2014-08-29', sources: ['AFP'] }, paragraphs: 10, first: 'A Chinese-owned company set up to take over' },
  ] },
  'corpus/formats/newsml-1.2/afp20.xml': { format: 'newsml12', count: 1, items: [
    { headline: "Décès de Naomi Musenga: l'opératrice du Samu définitivement condamnée", version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Strasbourg', sources: ['AFP'] }, paragraphs: 2, first: "L'opératrice du Samu condamnée pour" },
  ] },
  'corpus/formats/newsml-1.2/ana1.xml': { format: 'newsml12', count: 1, items: [
    { headline: 'Wage employment balance positive in Jan-March', version: '1', pubStatus: 'usable', urgency: 5, dateline: { place: 'Athens' }, paragraphs: 4, first: 'Wage employment in the private sector grew in' },
  ] },
  'corpus/formats/newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Fed to halt QE to avert "bubble"', version: '9', pubStatus: 'usable', urgency: null, dateline: { place: 'Berlin' }, paragraphs: 0 },
  ] },
  'corpus/formats/newsml-g2/LISTING_6_Simple_NewsML-G2_Package.xml': { quarantined: 'NO_TEXT_CONTENT', because: /package \(packageItem\) only refers to other items/ },
  'corpus/formats/newsml-g2/ansa-newsmlg2-text.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Catalan independence declaration unacceptable - Alfano', version: '1', pubStatus: 'usable', urgency: 5, dateline: { place: 'Rome', sources: ['ANSA'] }, paragraphs: 4, first: '(ANSA) - Rome, October 11 - Italian Foreign' },
  ] },
  'corpus/formats/newsml-g2/ansa_culture.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'TEST FROM XAWES', version: '2', pubStatus: 'usable', urgency: null, dateline: { place: 'Roma', sources: ['ANSA'] }, paragraphs: 2, first: '(ANSA) - ROMA, 1 LUG - TEST FROM XAWES' },
  ] },
  'corpus/formats/newsml-g2/ap.xml': { format: 'newsml-g2', count: 3, items: [
    { headline: 'Nutrisystem beats 4Q earnings and revenue expectations', version: '2', pubStatus: 'usable', urgency: 4, dateline: { place: 'Fort Washington', sources: ['AP'] }, paragraphs: 10, first: 'FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc.' },
    { headline: 'DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations', version: '2', pubStatus: 'usable', urgency: 4, dateline: { place: 'Bethesda', sources: ['AP'] }, paragraphs: 11, first: 'BETHESDA, Md. (AP) _ DiamondRock Hospitality' },
    { headline: 'Scripps Networks tops 4Q profit and revenue expectations', version: '1', pubStatus: 'usable', urgency: 4, dateline: { place: 'Knoxville', sources: ['AP'] }, paragraphs: 7, first: 'KNOXVILLE, Tenn. (AP) _ Scripps Networks' },
  ] },
  'corpus/formats/newsml-g2/dpa.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Eintracht in London: Hintereggers Tränen und Attacke auf Reporter', version: '1', pubStatus: 'usable', urgency: 4, dateline: { place: 'London', sources: ['dpa'] }, paragraphs: 3, first: 'London (dpa) - 2019 gab es bittere Tränen in' },
  ] },
  'corpus/formats/newsml-g2/snep.xml': { quarantined: 'NO_TEXT_CONTENT', because: /package \(packageItem\) only refers to other items/ },
  'corpus/formats/newsml-g2/stt1.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Mikko Moilanen siirtyy Revenion toimitusjohtajaksi', version: '2', pubStatus: 'usable', urgency: 3, dateline: { place: 'Helsinki' }, paragraphs: 4, first: 'Diplomi-insinööri Mikko Moilanen siirtyy' },
  ] },
  'corpus/formats/newsml-g2/stt_archive_newsml_created_date_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Yleisurheilutuloksia/SM', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 27, first: 'Sisäratojen SM-kilpailut, 1/2 kilpailupäivän' },
  ] },
  'corpus/formats/newsml-g2/stt_archive_newsml_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Yleisurheilutuloksia/SM', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 27, first: 'Sisäratojen SM-kilpailut, 1/2 kilpailupäivän' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_abstract_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: null, version: '1', pubStatus: 'usable', urgency: 2, dateline: { place: 'Helsinki' }, paragraphs: 1, first: 'Kokoomuksen ryhmänjohtaja Jokinen Harkimon' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_endash.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Reilu kolmannes Korkeasaaren eläinpotilaista saadaan palautettua luontoon', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 4, first: 'Sadat eläimet saadaan joka vuosi hoidettua' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_location_rich.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Tuhannet rohingya-pakolaiset jumissa Myanmarin ja Bangladeshin rajalla', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 2, first: 'Ainakin 6 000 rohingya-vähemmistöön kuuluvaa' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_location_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: null, version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 9, first: 'Saatuuu siinä mielessä hyvään saumaan.' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_no_truncated_text_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Vastaamoon kohdistunut tietomurto oli syyttäjien mukaan erityisen suunnitelmallinen – syytetylle vaaditaan seitsemän vuoden vankeutta', version: '7', pubStatus: 'usable', urgency: 2, dateline: { place: 'Helsinki' }, paragraphs: 52, first: 'Tietomurto tapahtui syksyllä 2018. Kahden' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_note_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Jussi Niinistö: Ylen tiedoissa voi olla kyse informaatio-operaatiosta', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 20, first: 'Ministerin mukaan Puolustusvoimat ei rajoita' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_subject_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: null, version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 9, first: 'Saatuuu siinä mielessä hyvään saumaan.' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_test.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Parliament passed the Alcohol Act and the government gained confidence*** TRANSLATED ***', version: '4', pubStatus: 'usable', urgency: 3, dateline: { place: 'Helsinki' }, paragraphs: 40, first: '*** DISCLAIMER: THIS IS AN AUTOMATED' },
  ] },
  'corpus/formats/newsml-g2/stt_newsml_test_no_hl.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: null, version: '4', pubStatus: 'usable', urgency: 3, dateline: { place: 'Helsinki' }, paragraphs: 40, first: '*** DISCLAIMER: THIS IS AN AUTOMATED' },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com,0000_newsml_ISS149709_1618095828': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Soccer-Turkish championship results and standings', version: '1618095828', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 1, first: 'Jan 30 (Gracenote) - Results and standings from' },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232': { format: 'newsml-g2', count: 1, items: [
    { headline: 'PRECIOUS-Gold rises as Trump policy fuels safe haven demand', version: '1132689232', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 18, first: '(Adds comments,' },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2': { format: 'newsml-g2', count: 1, items: [
    { headline: 'UPDATE 2-Primeira Liga Results', version: '2', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 1, first: 'Jan 3 (OPTA) - Results and fixtures for the' },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com_0000_newsml_GM1EA7M13RP01_version_484616934': { quarantined: 'NO_TEXT_CONTENT', because: /no text item \(item classes: icls:picture\)/ },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NM_version_10': { quarantined: 'NO_TEXT_CONTENT', because: /package \(packageItem\) only refers to other items/ },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Confident Assad launches new term in stronger position', version: '5', pubStatus: 'usable', urgency: 4, dateline: { place: 'Damascus', sources: ['Reuters'] }, paragraphs: 26, first: 'By Marwan' },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2': { format: 'newsml-g2', count: 1, items: [
    { headline: "Syria's Assad says foreign states will pay for supporting 'terrorism'", version: '2', pubStatus: 'usable', urgency: 4, dateline: { place: 'Beirut', sources: ['Reuters'] }, paragraphs: 4, first: 'BEIRUT (Reuters) - President Bashar al-Assad,' },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_LYNXMPEA6F0MS_version_2': { quarantined: 'NO_TEXT_CONTENT', because: /no text item \(item classes: icls:picture\)/ },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_LYNXMPEA6F0MT_version_2': { quarantined: 'NO_TEXT_CONTENT', because: /no text item \(item classes: icls:picture\)/ },
  'corpus/formats/newsml-g2/tag_reuters.com_2014_newsml_LYNXMPEA6F13M_version_1': { quarantined: 'NO_TEXT_CONTENT', because: /no text item \(item classes: icls:picture\)/ },
  'corpus/formats/newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538': { format: 'newsml-g2', count: 1, items: [
    { headline: 'CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream', version: '1542761538', pubStatus: 'canceled', urgency: 3, dateline: null, paragraphs: 0 },
  ] },
  'corpus/formats/newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838': { format: 'newsml-g2', count: 1, items: [
    { headline: 'CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream', version: '978556838', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 16, first: '(In Jan. 3 story, corrects last paragraph to' },
  ] },
  'corpus/formats/newsml-g2/text.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Soccer-Smiling Benitez pleads for support after midweek outburst against opponent', version: '263518268', pubStatus: 'usable', urgency: 3, dateline: { place: 'Bangalore' }, paragraphs: 1, first: 'By Toby' },
  ] },
  'corpus/formats/ninjs/ap_media_feed.json': { format: 'ninjs', count: 1, items: [
    { headline: 'AC2: An Intimate Evening with Anderson Cooper and Andy Cohen', version: '0', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 0 },
  ] },
  'corpus/formats/ninjs/ap_media_item.json': { format: 'ninjs', count: 1, items: [
    { headline: 'headline', version: '0', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 0 },
  ] },
  'corpus/formats/ninjs/ap_media_picture.json': { format: 'ninjs', count: 1, items: [
    { headline: 'US Paul Simon Poets Society', version: '0', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 0 },
  ] },
  'corpus/formats/ninjs/ap_media_text_feed.json': { format: 'ninjs', count: 1, items: [
    { headline: 'BC-BBN--Top Ten', version: '0', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 0 },
  ] },
  'corpus/formats/ninjs/ap_media_text_item.json': { format: 'ninjs', count: 1, items: [
    { headline: 'BC-BBN--Top Ten', version: '0', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 0 },
  ] },
  'corpus/formats/ninjs/bbc-ninjs-comp-test.json': { format: 'ninjs', count: 1, items: [
    { headline: 'abcdef', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 1, first: 'abcd' },
  ] },
  'corpus/formats/ninjs/bbc-ninjs-text-test.json': { format: 'ninjs', count: 1, items: [
    { headline: 'advisory', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 1, first: 'body' },
  ] },
  'corpus/formats/ninjs/ninjs1.json': { format: 'ninjs', count: 1, items: [
    { headline: 'headline', version: '2', pubStatus: 'usable', urgency: 3, dateline: { place: 'Milton Keynes' }, paragraphs: 1, first: 'The story so' },
  ] },
  'corpus/formats/ninjs/ninjs2.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Oil prices edge up on first drop in US drilling in months', version: '4', pubStatus: 'usable', urgency: 3, dateline: { place: 'Singapore' }, paragraphs: 9, first: 'Oil prices edged up on Monday, supported by the' },
  ] },
  'corpus/formats/ninjs/ninjs3.json': { format: 'ninjs', count: 1, items: [
    { headline: 'German Air Force Museum', version: '3', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 1, first: 'German Air Force' },
  ] },
  'corpus/formats/ninjs/ninjs4.json': { format: 'ninjs', count: 1, items: [
    { headline: 'China behauptet, einen Polizeihund geklont zu haben', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 1, first: 'Es kann ganz schön kostspielig sein,' },
  ] },
  'corpus/formats/ninjs/ninjs5.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Oil prices edge up on first drop in US drilling in months', version: '4', pubStatus: 'usable', urgency: 3, dateline: { place: 'Singapore' }, paragraphs: 9, first: 'Oil prices edged up on Monday, supported by the' },
  ] },
  'corpus/formats/ninjs/ninjs6.json': { format: 'ninjs', count: 1, items: [
    { headline: 'German Air Force Museum', version: '3', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 1, first: 'German Air Force' },
  ] },
  'corpus/formats/ninjs/ninjsExMediumText1.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Captain of wrecked cruise ship on trial in Italy', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Grosseto', sources: ['AP'] }, paragraphs: 1, first: 'GROSSETO, Italy (AP) -- The trial of the' },
  ] },
  'corpus/formats/ninjs/ninjsExSimpleText1.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Captain of wrecked cruise ship on trial in Italy', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Grosseto', sources: ['AP'] }, paragraphs: 1, first: 'GROSSETO, Italy (AP) -- The trial of the' },
  ] },
  'corpus/formats/ninjs/ninjs_embargoed.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Trouble is brewing for the future of beer', version: '11', pubStatus: 'usable', urgency: null, dateline: { place: 'Aaron J. Staples, Michigan' }, paragraphs: 18, first: 'What does torched earth taste like? According' },
  ] },
  'corpus/formats/nitf/aap-1.xml': { format: 'nitf', count: 1, items: [
    { headline: 'F1 Test', version: '1', pubStatus: 'usable', urgency: 5, dateline: { place: 'Sydney' }, paragraphs: 1, first: 'Bogus' },
  ] },
  'corpus/formats/nitf/aap-cyber.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Headline', version: '1', pubStatus: 'usable', urgency: 3, dateline: { place: 'Sydney' }, paragraphs: 1, first: 'body1' },
  ] },
  'corpus/formats/nitf/aap-finance-lite.xml': { quarantined: 'NO_TEXT_CONTENT', because: /empty headline and an empty body\.content/ },
  'corpus/formats/nitf/aap-finance.xml': { format: 'nitf', count: 1, items: [
    { headline: 'ASIA:Samsung sells defence, petrochemical units', version: '1', pubStatus: 'usable', urgency: 5, dateline: { place: 'Seoul', sources: ['AFP'] }, paragraphs: 14, first: 'SEOUL, Nov 26 AFP - Samsung has announced the' },
  ] },
  'corpus/formats/nitf/aap-finance1.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Highlights of the AAP Finance Wire at 14:45 Feb 20, 2015', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 18, first: 'Highlights of the AAP Finance Wire for Friday,' },
  ] },
  'corpus/formats/nitf/aap-sports.xml': { format: 'nitf', count: 1, items: [
    { headline: 'RL:Ferguson returns at centre for Roosters', version: '1', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 5, first: 'Blake Ferguson has been named to make his top' },
  ] },
  'corpus/formats/nitf/aap.xml': { format: 'nitf', count: 1, items: [
    { headline: "The main stories on today's 1900 ABC TV news", version: '1', pubStatus: 'usable', urgency: 5, dateline: { place: 'Sydney' }, paragraphs: 13, first: "The main stories on ABC television's 1900" },
  ] },
  'corpus/formats/nitf/ap-nitf.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Can trading pollution like stocks help fight climate change?', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'New York', sources: ['AP'] }, paragraphs: 28, first: 'NEW YORK (AP) — The gas produced by hog manure' },
  ] },
  'corpus/formats/nitf/ap_media_text_nitf.xml': { format: 'nitf', count: 1, items: [
    { headline: 'BC-BBN--Top Ten', version: '1', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 7, first: 'BC-BBN--Top' },
  ] },
  'corpus/formats/nitf/efe_nitf.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Honduran president announces Cabinet changes', version: '1', pubStatus: 'usable', urgency: 5, dateline: { place: 'Tegucigalpa', sources: ['EFE'] }, paragraphs: 1, first: 'Tegucigalpa, Jan 2 (EFE).- Test' },
  ] },
  'corpus/formats/nitf/handle_invalid_fields.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Man accused of ramming gate at Rideau Hall with truck faces multiple charges', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Ottawa' }, paragraphs: 27, first: 'OTTAWA - A Manitoba man is facing 22 criminal' },
  ] },
  'corpus/formats/nitf/mapping_test.xml': { format: 'nitf', count: 1, items: [
    { headline: '*En 41-årig mand, der onsdag blev anholdt og sat i forbindel', version: '04', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 4, first: 'København /ritzau/: En 41-årig mand, der onsdag' },
  ] },
  'corpus/formats/nitf/nitf-fishing.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Weather and Tide Updates for Norfolk', version: '1', pubStatus: 'canceled', urgency: 3, dateline: { place: 'Newport News' }, paragraphs: 1, first: 'This sample article was created completely from' },
  ] },
  'corpus/formats/nitf/nitf-ntb.xml': { format: 'nitf', count: 1, items: [
    { headline: 'Faktisk.no: Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030', version: '48', pubStatus: 'usable', urgency: 5, dateline: { place: 'Oslo' }, paragraphs: 58, first: 'Nei, dette dokumentet beskriver ikke FNs Agenda' },
  ] },
  'corpus/formats/nitf/pa1.xml': { format: 'nitf', count: 1, items: [
    { headline: 'PA SPORT TRIVIA (OCTOBER 14)', version: '1', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 43, first: 'ON THIS DAY IN' },
  ] },
  'corpus/formats/nitf/pa2.xml': { format: 'nitf', count: 1, items: [
    { headline: '1 SOCCER INT-Teams', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 1, first: 'International Match Mexico v Panama Mexico:' },
  ] },
  'corpus/formats/nitf/pa3.xml': { format: 'nitf', count: 1, items: [
    { headline: "UK BREAK-UP 'NOT INCONCEIVABLE', FIRST MINISTER WARNS AHEAD OF BREXIT TALKS", version: '1', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 1, first: 'The UK risks breaking up unless all home' },
  ] },
  'corpus/formats/nitf/pa4.xml': { format: 'nitf', count: 1, items: [
    { headline: 'GREAT BRITISH BAKE OFF COOKS UP TOP FIVE MOST-WATCHED SHOWS OF 2016', version: '1', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 21, first: 'The Great British Bake Off has made a clean' },
  ] },
  'corpus/formats/nitf/pa5.xml': { format: 'nitf', count: 1, items: [
    { headline: 'HARD BREXIT TO COST UK UP TO £66BN A YEAR, SAYS TREASURY', version: '1', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 19, first: 'Treasury coffers will take a £66 billion annual' },
  ] },
  'corpus/formats/nitf/scoop.xml': { format: 'newsml-g2', count: 1, items: [
    { headline: 'Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale', version: '3', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 9, first: 'By Jonathan' },
  ] },
  'corpus/formats/vendor-xml/channel1': { quarantined: 'UNKNOWN_FORMAT', because: /not a wire format wiredesk reads/ },
  'corpus/formats/vendor-xml/ritzau_feed.xml': { quarantined: 'UNKNOWN_FORMAT', because: /not a wire format wiredesk reads/ },
  'corpus/formats/vendor-xml/ritzau_news.xml': { quarantined: 'UNKNOWN_FORMAT', because: /not a wire format wiredesk reads/ },
  'corpus/formats/vendor-xml/ritzau_news_test_ednote.xml': { quarantined: 'UNKNOWN_FORMAT', because: /not a wire format wiredesk reads/ },
  'formats/ninjs/examples/1.4_ninjsExComplex1.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Captain of wrecked cruise ship on trial in Italy', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Grosseto', sources: ['AP'] }, paragraphs: 1, first: 'GROSSETO, Italy (AP) -- The trial of the' },
  ] },
  'formats/ninjs/examples/2.1_dpa_text.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?', version: '2', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 9, first: 'Für Lucien Favre war es «der größte Skandal im' },
  ] },
  'formats/ninjs/examples/2.1_ntb_text.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Google har kjøpt giganttomt i Skien', version: '6', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 0 },
  ] },
  'formats/ninjs/examples/3.0_20231016-addb-example-press-conference.json': { format: 'ninjs', count: 1, items: [
    { headline: 'World Anti', version: '1', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 17, first: 'The initiatives are being implemented in close' },
  ] },
  'formats/ninjs/examples/3.0_collection_20231016-event-timeline-sample.json': { format: 'ninjs', count: 14, items: [
    { headline: 'Athlete uses medicine containing prohibited substance', version: '1', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 0 },
    { headline: 'Athlete is tested Out-of-Competition', version: '1', pubStatus: 'usable', urgency: null, dateline: null, paragraphs: 0 },
  ] },
  'formats/ninjs/examples/3.0_dpa_text.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?', version: '2', pubStatus: 'usable', urgency: 4, dateline: null, paragraphs: 9, first: 'Für Lucien Favre war es «der größte Skandal im' },
  ] },
  'formats/ninjs/examples/3.0_ninjsExSimpleText_3.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Captain of wrecked cruise ship on trial in Italy', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Grosseto', sources: ['AP'] }, paragraphs: 1, first: 'GROSSETO, Italy (AP) -- The trial of the' },
  ] },
  'formats/ninjs/examples/3.0_ntb_text.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Google har kjøpt giganttomt i Skien', version: '6', pubStatus: 'usable', urgency: 5, dateline: null, paragraphs: 0 },
  ] },
  'formats/ninjs/examples/3.0_tt_text_image_3.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Militärövning i jätteformat hålls 2023', version: '1', pubStatus: 'usable', urgency: 3, dateline: null, paragraphs: 6, first: 'Militärövning i jätteformat hålls' },
  ] },
  'formats/ninjs/examples/NewsML_businesswire-newsml-20130605006126.xml': { format: 'newsml12', count: 1, items: [
    { headline: 'Cambrios被Gartner評選為「最酷供應商」', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: '加州桑尼維爾' }, paragraphs: 13, first: '(美國商業資訊)--為透明及軟性導體市場提供銀奈米線解決方案的領導廠商Cambrios' },
  ] },
  'formats/ninjs/examples/doc-3.1_005_complex_text_article.json': { format: 'ninjs', count: 1, items: [
    { headline: 'Captain of wrecked cruise ship on trial in Italy', version: '1', pubStatus: 'usable', urgency: null, dateline: { place: 'Grosseto', sources: ['AP'] }, paragraphs: 1, first: 'GROSSETO, Italy (AP) -- The trial of the' },
  ] },
  'formats/ninjs/examples/doc-not-valid_008_extension.json': { quarantined: 'NO_TEXT_CONTENT', because: /ninjs object 0 has no headline, body or description/ },
};
