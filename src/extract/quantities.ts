// Counts and amounts: "roughly 2,500 US troops" (2500 troops, approximate), "more than 150 attacks" (> 150),
// "three working groups", "$3.9 million" (3900000 USD), "4.1 percent". What is counted is the head of the noun
// phrase after the number, past proper-noun modifiers ("US troops" counts troops).
import type { Doc } from '../text/types.ts';
import type { Quantity, Timex } from './types.ts';
import { lookupDemonym } from '../knowledge/gazetteer.ts';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, 'a dozen': 12, dozen: 12, 'a thousand': 1000,
  dozens: 24, hundreds: 100, thousands: 1000, millions: 1000000,
  'tens of thousands': 10000, 'hundreds of thousands': 100000, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
};
// (Indian copy counts in lakhs, a hundred thousand, and crores, ten million: "2 lakh people", "Rs 500 crore")
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7 };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', dlrs: 'USD', dlr: 'USD', stg: 'GBP', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
  rupees: 'INR', shillings: 'KES', shilling: 'KES', soles: 'PEN', sol: 'PEN', kroner: 'NOK', krone: 'NOK', crowns: 'NOK', francs: 'CHF', rand: 'ZAR',
  pesos: 'MXN', reais: 'BRL', roubles: 'RUB', rubles: 'RUB', dinars: 'IQD', riyals: 'SAR', naira: 'NGN', cruzados: 'BRZ',
};
const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', Rs: 'INR', '₹': 'INR' };
const APPROX = /^(roughly|about|around|approximately|some|nearly|almost|an estimated|estimated|close to|just under|just over|up to)$/i;
const BOUND: Array<[RegExp, Quantity['bound']]> = [
  [/^(more than|over|above|upwards of|in excess of|exceeding|just over)$/i, '>'],
  [/^(at least|no fewer than|no less than|a minimum of)$/i, '>='],
  [/^(fewer than|less than|under|below|just under)$/i, '<'],
  [/^(up to|at most|no more than|a maximum of)$/i, '<='],
];
/** Words that end a noun phrase: prepositions, verbs, conjunctions. */
const STOP = new Set('of in on at to for from with and or but were are was is be been being have has had said says who that which than as by into per a an the their its his her this these those while after before since during when where whom whose if until because still already also now then not no each apiece alone north south east west northeast northwest southeast southwest away long wide high deep tall apart ahead behind under over ago due last next up down out off back through across around near toward towards against outside inside beyond along among amid despite via without within'.split(' '));
/** Verbs whose past has no "-ed", after a group named in capitals: "2 Shiv Sainiks held", "200 Maoists fled" (the
 *  auxiliaries are in STOP). */
const IRREGULAR_PAST = /^(?:held|fled|fought|took|left|met|came|went|ran|struck|shot|threw|stole|beat|set|hit|led|broke|sat|stood|gave|got|made|will|would)$/;
/** Participles that name who is counted: "206 dead", "more than 5,000 injured". */
const CASUALTIES = /^(?:injured|wounded|killed|dead|missing|displaced|detained|arrested|hurt|homeless|affected|infected|evacuated|stranded|trapped|unemployed)$/;
/** A plural ending: "troops", "attacks", but not "bus", "gas" or "crisis". */
const PLURAL = /(?<!s|u|i)s$/;
/** Not what is counted: pronouns ("300 of them") and the verbs of poll copy ("eight expect", "five see no change"). */
const NOT_COUNTED = /^(?:them|us|those|these|whom|which|it|expect|expects|see|sees|say|says|think|thinks|believe|believes|want|wants|predict|predicts|forecast|forecasts|favour|favor|voted|backed|opposed|remain|remains|remained)$/;

// A number word is a whole word: "nineteen" is not "nine" + "teen", nor "tents" ten.
const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen|(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)|dozens|hundreds|thousands|millions)(?![a-z]))';
const PATTERN = new RegExp(
  `(?:\\b(roughly|about|around|approximately|some|nearly|almost|an estimated|estimated|close to|just under|just over)\\s+)?` +
    `(?:\\b(more than|over|above|upwards of|in excess of|at least|no fewer than|no less than|fewer than|less than|under|below|up to|at most|no more than)\\s+)?` +
    `(US\\$|\\$|€|£|¥|₹\\s?|\\bRs\\.?\\s?)?\\b${NUMBER}(?:\\s*(thousand|million|billion|trillion|mln|bln|bn|tn|lakhs?|crores?|(?<=(?:Rs\\.?\\s?|₹\\s?)[\\d,.]+\\s)cr)\\b|(?<=\\d)(m)\\b)?` +
    `(\\s*(?:percent|per cent|pct)\\b|%)?`,
  'gi',
);

function toNumber(s: string): number | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (WORD_NUMBERS[w] !== undefined) return WORD_NUMBERS[w];
  const n = Number(w.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

export function extractQuantities(doc: Doc, timexes: Timex[] = []): Quantity[] {
  const text = doc.text;
  const out: Quantity[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const [whole, approxWord, boundWord, symbol, numberText, scaleName, shortM, percent] = m;
    if (shortM === 'M') continue; // "3M products": a name
    // "£1.7m", "2m euros", "40m shares" are millions; "a 5m wall" is five metres.
    const metres = shortM && !symbol && !/^\s+(?:of\s+)?[a-z]+s\b/i.test(text.slice(m.index + whole.length, m.index + whole.length + 30));
    const scaleWord = metres ? undefined : scaleName ?? shortM;
    let start = m.index;
    let end = m.index + whole.length;
    const numberStart = m.index + whole.toLowerCase().lastIndexOf(numberText.toLowerCase(), whole.length - (scaleWord?.length ?? 0) - (percent?.length ?? 0));
    // Not counts: parts of dates and times, scores ("115-111"), ordinals, "magnitude 7.1", model names ("Ariane 6").
    if (timexes.some((t) => numberStart >= t.start && numberStart < t.end)) continue;
    const before = text.slice(Math.max(0, numberStart - 12), numberStart);
    const after = text.slice(m.index + whole.length, m.index + whole.length + 3);
    if (/\d[-:\/.]$/.test(before)) continue;
    if (/^(?:[-:\/]\d|st\b|nd\b|rd\b|th\b|-year|-day|-week|-month)/.test(after)) continue;
    if (/\b(magnitude|No\.?|number|Group|aged|age|Ariane|Q)\s*$/i.test(before)) continue;
    // A number right after a capitalised word is usually part of a name ("Ariane 6", "Euro 2016").
    const prevWord = before.match(/([A-Za-z]+)\s$/)?.[1];
    if (prevWord && /^[A-Z]/.test(prevWord) && /^\d/.test(numberText) && !symbol && !approxWord && !boundWord && !/^(Some|About|Roughly|Around|Nearly|Almost|Over|Only|Just|The|At|In|On|Of|By|With|And|But)$/.test(prevWord)) continue;
    let value = toNumber(numberText);
    if (value === null) continue;
    if (scaleWord) value *= SCALE[scaleWord.toLowerCase()] ?? 1;
    value = Math.round(value * 1e6) / 1e6;
    let unit: string | undefined;
    if (percent) unit = 'percent';
    else if (metres) unit = 'metres';
    else if (symbol) unit = CURRENCY_SYMBOL[symbol.replace(/[.\s]/g, '')];
    // What follows: a currency word, or the counted noun.
    const rest = text.slice(end, end + 60);
    const currency = rest.match(/^\s+(?:of\s+)?(?:U\.S\.\s+|US\s+)?([a-z]+)\b/i); // "millions of dollars", "200 billion U.S. dollars"
    if (!unit && currency && CURRENCY_WORD[currency[1].toLowerCase()]) {
      unit = CURRENCY_WORD[currency[1].toLowerCase()];
      end += currency[0].length;
    }
    if (!unit) {
      const noun = countedNoun(rest);
      if (!noun) continue;
      unit = noun.unit;
      end += noun.length;
    }
    if (/^(year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|decade|decades|percentage|times|of)$/i.test(unit)) continue;
    const isWordNumber = !/\d/.test(numberText);
    if (isWordNumber && /^(one)$/i.test(numberText) && !symbol) continue; // "one of the", "one actor": rarely a count worth keeping
    // "the two sides": a pair named before, not a count ("the three working groups" still counts).
    if (/^two$/i.test(numberText) && /\bthe\s+$/i.test(before) && !approxWord && !boundWord) continue;
    const bound = boundWord ? (BOUND.find(([re]) => re.test(boundWord))?.[1] ?? '=') : '=';
    // A plural number word is a rough count: "dozens", "hundreds", "tens of thousands".
    const approx = !!approxWord || /^[a-z][a-z\s]*s$/i.test(numberText);
    if (approxWord && /^(just under|just over|up to)$/i.test(approxWord)) start = m.index;
    out.push({ start, end, text: text.slice(start, end), value, unit, approx, bound: approxWord && /^up to$/i.test(approxWord) ? '<=' : bound });
  }
  return out;
}

/** The counted noun after a number: skip proper modifiers ("US", "United Nations") and adjectives, stop at a verb or preposition. */
function countedNoun(rest: string): { unit: string; length: number } | null {
  // (a paragraph break ends the phrase: a table's next row is not what is counted)
  const words = [...rest.split(/\n\s*\n/)[0].matchAll(/\s*([A-Za-z][A-Za-z'-]*)/gy)];
  let i = 0;
  // "of" after dozens/hundreds: "hundreds of people"
  if (words[0] && /^of$/i.test(words[0][1])) i++;
  const first = i;
  while (i < words.length && /^[A-Z]/.test(words[i][1]) && i < 3) i++; // proper-noun modifiers
  // ... unless the people are the proper noun: "20 Palestinians were killed", "300 Americans live there", "millions
  // of Chinese travelled home" (a plural demonym names them whatever follows; "Chinese" or "Swiss" only before a verb
  // or a stop word, as "Swiss francs" counts francs).
  let length = words.slice(0, i).reduce((n, w) => n + w[0].length, 0);
  const last = words[i - 1]?.[1];
  const beforeVerbOrStop = !words[i] || STOP.has(words[i][1].toLowerCase()) || /^[a-z]+ed$/.test(words[i][1]) || IRREGULAR_PAST.test(words[i][1]);
  // (a plural in capitals before a verb is the group counted, demonym or not: "200 Maoists attacked")
  const headIsProper = (w: string) => (/s$/.test(w) && !!lookupDemonym(w.slice(0, -1))) || (!!lookupDemonym(w) && beforeVerbOrStop) || (PLURAL.test(w) && w.length > 3 && beforeVerbOrStop && !!words[i]);
  if (i > first && last && headIsProper(last)) return { unit: last, length };
  const picked: string[] = [];
  const head = i; // the first word after the number and its proper modifiers
  // "four more gold medals", "280 extra flights", "2,000 additional troops": more of what is counted
  if (words[i + 1] && /^(?:more|extra|additional|further|other|new)$/.test(words[i][1])) length += words[i++][0].length;
  // A participle in front describes what is counted: "64 disputed polling stations" counts polling stations.
  if (words[i + 1] && /ed$/.test(words[i][1]) && /^[a-z]/.test(words[i + 1][1]) && !STOP.has(words[i + 1][1]) && !NOT_COUNTED.test(words[i + 1][1])) length += words[i++][0].length;
  // Up to three words while the ones before are singular: "security force personnel", "bus operators".
  for (; i < words.length && picked.length < 3; i++) {
    const w = words[i][1];
    if (STOP.has(w.toLowerCase()) || /^[A-Z]/.test(w) || NOT_COUNTED.test(w.toLowerCase())) break;
    // A verb ends it: "About 200 people met", "hundreds of thousands of people would"; one straight after the number
    // leaves nothing counted ("Thousands marched"), unless it names the casualties ("206 dead", "dozens wounded").
    if ((IRREGULAR_PAST.test(w) && !/ly$/.test(picked[picked.length - 1] ?? '')) || (i === head && /ed$/.test(w) && !CASUALTIES.test(w))) break;
    if (picked.length >= 1 && (PLURAL.test(picked[picked.length - 1]) || /(?:ing|ed)$/.test(w))) break; // "attacks targeting", "troops stationed"
    picked.push(w.toLowerCase());
    length += words[i][0].length;
  }
  if (!picked.length) return null;
  // An adjective alone is not what is counted: "more than 40 (raids)" is fine, "60 (new)" is not.
  if (picked.length === 1 && /(?:al|ous|ive|ful|ic|less)$/.test(picked[0]) && !/(?:als|ics)$/.test(picked[0])) return null;
  return { unit: picked.join(' '), length };
}
