// A rule-based TIMEX3 tagger in the HeidelTime manner: ordered patterns find the expressions, then each is
// normalised against the document date (dct) and the tense of its sentence ("on Thursday, Washington had said"
// is the Thursday before; "will meet on Monday" the Monday after). Values follow TimeML / TempEval-3.
import type { Doc } from '../text/types.ts';
import type { Timex } from './types.ts';
import { createRequire } from 'node:module';

type Tense = 'past' | 'present' | 'future';
interface Ctx {
  dct: Date | null;
  tense: Tense;
  /** The expression is a possessive ("Friday's purchases"): it names a thing, not a plan or a deadline. */
  possessive?: boolean;
  /** The expression qualifies a noun after "the" ("the Friday afternoon slaying", "the Sunday vote"): with no verb
   *  to say which way, it is the nearer such day. */
  attributive?: boolean;
}
interface Rule {
  re: RegExp;
  make(m: RegExpExecArray, c: Ctx): Omit<Timex, 'start' | 'end'> | null;
  /** How much of the match is the timex: group index (default the whole match). */
  group?: number;
  /** A clock time whose day is the story's only for want of another: its sentence may name the day. */
  clock?: boolean;
  /** An expression that counts from the time last talked about, not from the story's date ("the following year");
   *  null when this match does not. */
  anaphor?(m: RegExpExecArray): Anaphor | null;
}
type Unit = 'year' | 'month' | 'week' | 'day';
interface Anaphor {
  unit: Unit;
  by: number;
  /** For a part of a day: the TIMEX3 code appended to the day ("TMO"). */
  part?: string;
  /** "the same period last year": the period last named, a year back. */
  yearBack?: boolean;
  /** "the same month of 1996": the period last named, in that year. */
  inYear?: string;
  /** "that fall", "the following January": a season or month of the year last named, or the one after or before. */
  named?: { month?: number; season?: string; dir: -1 | 0 | 1 };
  /** "that Monday": the Monday on or after the day last named (0 is Sunday). */
  weekday?: number;
  /** A clock time with no day in its sentence: the day of the time of day named before it, else the story's own day. */
  clock?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![\\u00C0-\\u024F])'; // "Marítimo" is no month
const FULL_MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** TIMEX3's codes for the seasons and the parts of a day, and the days "today" and its neighbours stand for. */
const SEASON = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' } as const;
const PART_OF_DAY = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' } as const;
const DAY_WORD = { today: 0, yesterday: -1, tomorrow: 1 } as const;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, hundred: 100, 'a couple of': 2, 'couple of': 2, couple: 2, 'a dozen': 12, dozen: 12, half: 0.5,
};
const SPOKEN_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_COMPOUND = new RegExp(`^(?:${SPOKEN_TENS})[- ](?:${SPOKEN_UNITS})$`);
const NUM_RE = `(\\d+(?:\\.\\d+)?|(?:${SPOKEN_TENS})[- ](?:${SPOKEN_UNITS})\\b|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|a couple of|couple of|a dozen|several|a few|few|many|some)`;
const UNIT_CODE: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', decade: 'DE', century: 'CE', hour: 'H', minute: 'M', second: 'S', quarter: 'Q' };
const UNIT_RE = '(years?|months?|weeks?|fortnights?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|quarters?)';

/** "ninety-six" → 96, "seventeen" → 17. */
function spokenNumber(words: string): number {
  const all = [...SPOKEN_UNITS.split('|'), ...SPOKEN_TEENS.split('|')];
  return words
    .toLowerCase()
    .split(/[- ]/)
    .reduce((n, w) => n + (SPOKEN_TENS.split('|').indexOf(w) >= 0 ? 10 * (SPOKEN_TENS.split('|').indexOf(w) + 2) : all.indexOf(w) + 1), 0);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  if (SPOKEN_COMPOUND.test(w)) return spokenNumber(w); // "twenty-four"
  return NUMBER_WORDS[w] ?? null;
}

function durationValue(n: number | null, unitWord: string): string {
  const u = unitWord.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y').replace('centurie', 'century');
  const code = UNIT_CODE[u] ?? 'X';
  const time = ['hour', 'minute', 'second'].includes(u) ? 'T' : '';
  if (u === 'decade') return n === null ? 'PXE' : `P${n * 10}Y`; // TimeBank's unit for a decade is E
  if (u === 'fortnight') return n === null ? 'PXW' : `P${n * 2}W`;
  if (u === 'century') return n === null ? 'PXCE' : `P${n * 100}Y`;
  if (n !== null && n % 1 !== 0) {
    if (u === 'year') return `P${n * 12}M`;
    if (u === 'hour') return `PT${n * 60}M`;
  }
  return `P${time}${n === null ? 'X' : n}${code}`;
}

/** How many periods a relative word moves: "last", "previous" one back; "next", "coming", "the following" one on;
 *  "this", "current", "same" none. */
function stepOf(word: string | undefined): number {
  const w = (word ?? '').toLowerCase().replace(/^the\s+/, '');
  return /^(?:last|previous|prior|preceding|before)$/.test(w) ? -1 : /^(?:next|coming|new|following|after)$/.test(w) ? 1 : 0;
}

/** "the Women's March", "the Million March", "a march for justice" set in capitals: a walk, not the month. The word
 *  before is a name's (capitalised, not a preposition or a time word), or the words after are where the march goes or
 *  what it is for, with no preposition before it that asks for a month ("in March to protest" is the month). */
const MONTH_LEAD = /^(?:in|on|by|since|until|till|from|through|throughout|during|of|before|after|early|late|mid|last|next|this|that|each|every|and|or|to|between|[A-Z][a-z]+day|\w+ed|ending|fiscal|quarter|year|month|\d.*|.*,)$/i;
function isAMarch(text: string, start: number, end: number): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  if (/^[A-Z][\w']*$/.test(before) && !MONTH_LEAD.test(before)) return true;
  const after = text.slice(end, end + 40);
  return /^\s+(?:for|against|on|to|through)\s+(?!(?:the\s+)?(?:\d|January|February|April|May|June|July|August|September|October|November|December)\b)/.test(after) && !/^(?:in|by|since|until|till|from|through|during|of|early|late|mid|last|next|this)$/i.test(before);
}

/** Before a month, a name's first word: "Black September" (the group and the war of 1970), "the Prague Spring". */
const NAMED_BY_ITS_MONTH = /\b(?:Black|Red|Bloody)\s+$/;
/** After a day, the event it names: "the May 4th Movement" of 1919, "the December 12 Incident". */
const AN_EVENT_NAMED_BY_ITS_DAY = /^\s+(?:Movement|Incident|Uprising|Revolution|Massacre|Group|Organi[sz]ation)\b/;

/** After "today" between a subject and its verb, a state of these days rather than an event of this day: "Few Americans
 *  today know", "every appliance sold today contains" (not "officials today are meeting", "has announced"). */
function todayIsThesedays(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 20), m.index);
  return NOWADAYS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30)) && /\b[A-Za-z]+\s+$/.test(before) && !/\b(?:on|until|till|from|since|by|of|for|said|says|announced)\s+$/i.test(before);
}
const NOWADAYS = /^\s+(?:know|knows|want|wants|face|faces|live|lives|remain|remains|seem|seems|need|needs|depend|depends|contain|contains|use|uses|own|owns|can|cannot|rarely|often|still|no\s+longer)\b(?!\s+\w+ing\b)/;

/** "Years ago, you could rent a cottage for $200 a week. Today the same cottage goes for $1,400": a sentence opening on
 *  "Today", in the present, after one about long ago, sets these days against those (PRESENT_REF). */
function nowadaysAgainstThen(text: string, timexes: Timex[]): Timex[] {
  for (const t of timexes) {
    if (t.text !== 'Today' || !/^\d{4}-\d\d-\d\d$/.test(t.value ?? '')) continue;
    const sentence = text.slice(t.end).split(/[.!?](?:\s|$)|,?["\u201D]/)[0]; // (up to the quote's end: not its "said")
    if (!/^,?\s+\S+(?:\s+\S+){0,3}?\s+(?:is|are|has|have|goes|go|costs?|can|must|\w+s)\b/.test(sentence) || /\b(?:was|were|had|did|will|would|said)\b/.test(sentence)) continue;
    const before = text.slice(Math.max(0, t.start - 250), t.start);
    if (/(?:^|[.!?]["\u201D]?\s+["\u201C]?|["\u201C]|\bAnd\s+)$/.test(before) && THEN.test(before)) t.value = 'PRESENT_REF';
  }
  return timexes;
}
const THEN = /\b(?:years|decades|generations?)\s+ago\b|\bused\s+to\b|\bback\s+then\b|\bin\s+the\s+(?:early\s+|mid-|late\s+)?(?:19|20)?\d0s\b|\bonce\s+(?:was|were)\b/i;

/** What follows a day in the name of a paper or a programme: "the Sunday Times", "Monday Night Football". */
const NAMED_BY_ITS_DAY = /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Star|Independent|Mail|Tribune|Age|Business Post|Night\s+(?:Football|Live|Raw|Baseball))\b/;

/** A programme or paper named by a time word: "USA Today", "VOA Today", ABC's "This Week". */
function isTitle(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 6), m.index);
  return (m[0] === 'Today' && /\b[A-Z]{2,5}\s$/.test(before)) || (m[0] === 'This Week' && /["\u201C]$/.test(before));
}

/** The month's year by tense: "in October" written in January 2024 is October 2023 unless the sentence looks ahead.
 *  A reading almost a year away is the other one: "extended to Nov. 6" in late October is this November whatever
 *  the verbs say. */
function yearForMonth(month: number, c: Ctx): number | null {
  if (!c.dct) return null;
  const y = c.dct.getUTCFullYear();
  const m = c.dct.getUTCMonth();
  if (month === m) return y;
  const pastYear = month < m ? y : y - 1;
  const futureYear = month > m ? y : y + 1;
  const back = (m - month + 12) % 12;
  const ahead = (month - m + 12) % 12;
  if (c.tense === 'past') return back <= 10 ? pastYear : futureYear;
  if (c.tense === 'future') return ahead <= 10 ? futureYear : pastYear;
  return back <= ahead ? pastYear : futureYear;
}

/** The year of a span of months with none written: this year's once it is over, whatever the verb ("figures expected to
 *  show the economy shrank in the January-March quarter", in June); told in the past while it runs, last year's; before
 *  it starts, by tense. */
function monthSpanYear(first: number, last: number, c: Ctx): number | null {
  if (!c.dct) return null;
  const now = c.dct.getUTCMonth();
  const thisYear = c.dct.getUTCFullYear();
  return now > last ? thisYear : now >= first ? (c.tense === 'past' ? thisYear - 1 : thisYear) : yearForMonth(first, c);
}

// date-chinese (and the astronomy under it) is loaded the first time a story names the Chinese new year: it costs a
// tenth of a second and 10 MB that most stories never need.
const require = createRequire(import.meta.url);
let chineseCalendar: typeof import('date-chinese') | undefined;
const lunarDays = new Map<string, Date>(); // by Gregorian year and lunar day: each holiday match asks for three years

/** A day of the Chinese year that begins in Gregorian year y: the first ("the Spring Festival", "the Lunar New Year")
 *  falls on the second new moon after the winter solstice, reckoned in China's time, as date-chinese computes it;
 *  the Lantern Festival is the 15th of the first month, the Dragon Boat Festival the 5th of the fifth, the Mid-Autumn
 *  Festival the 15th of the eighth. */
function lunarDay(y: number, month = 1, date = 1): Date {
  const key = `${y}-${month}-${date}`;
  const known = lunarDays.get(key);
  if (known) return known;
  chineseCalendar ??= require('date-chinese') as typeof import('date-chinese');
  const day = new chineseCalendar.CalendarChinese();
  day.fromJDE(day.newYear(y));
  day.set(day.cycle, day.year, month, false, date);
  const g = day.toGregorian();
  const found = new Date(Date.UTC(g.year, g.month - 1, g.day));
  lunarDays.set(key, found);
  return found;
}

/** The nth weekday (0 Sunday) of a month (0 January): n from 1, or -1 for the last ("the fourth Thursday of November"). */
function nthWeekday(y: number, month: number, weekday: number, n: number): Date {
  if (n < 0) {
    const last = new Date(Date.UTC(y, month + 1, 0));
    return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = new Date(Date.UTC(y, month, 1));
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}

/** Holidays that move: the Chinese new year, Thanksgiving (the fourth Thursday of November) and the shopping days
 *  after it, the US federal Mondays, Election Day (the Tuesday after the first Monday of November), Easter and the
 *  days counted from it (the Gregorian computus, or the Julian one for the Orthodox churches). */
function movableHoliday(name: string, y: number): Date {
  if (/^(?:Spring|Lunar|Chinese)/i.test(name)) return lunarDay(y);
  if (name.startsWith('Lantern')) return lunarDay(y, 1, 15);
  if (name.startsWith('Dragon')) return lunarDay(y, 5, 5);
  if (name.startsWith('Mid-Autumn')) return lunarDay(y, 8, 15);
  if (/^(?:Martin Luther King|MLK)/.test(name)) return nthWeekday(y, 0, 1, 3);
  if (/^President/.test(name)) return nthWeekday(y, 1, 1, 3);
  if (name.startsWith('Columbus')) return nthWeekday(y, 9, 1, 2);
  if (name.startsWith('Election')) return addDays(nthWeekday(y, 10, 1, 1), 1);
  if (name.startsWith('Mother')) return nthWeekday(y, 4, 0, 2);
  if (name.startsWith('Father')) return nthWeekday(y, 5, 0, 3);
  if (name.startsWith('Orthodox Easter')) return orthodoxEaster(y);
  if (name.startsWith('Thanksgiving')) return nthWeekday(y, 10, 4, 4);
  if (name === 'Black Friday') return addDays(nthWeekday(y, 10, 4, 4), 1);
  if (name === 'Cyber Monday') return addDays(nthWeekday(y, 10, 4, 4), 4);
  if (/^Labou?r/.test(name)) return nthWeekday(y, 8, 1, 1);
  if (name.startsWith('Memorial')) return nthWeekday(y, 4, 1, -1);
  // Easter: the anonymous Gregorian algorithm
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = new Date(Date.UTC(y, month - 1, day));
  const fromEaster: Record<string, number> = { 'Ash Wednesday': -46, 'Palm Sunday': -7, 'Maundy Thursday': -3, 'Holy Thursday': -3, 'Good Friday': -2, 'Easter Monday': 1 };
  return addDays(easter, fromEaster[name] ?? 0);
}

/** The holidays the calendar names, as a pattern: fixed ones ("Christmas Eve"), movable ones ("Easter", "Thanksgiving"),
 *  and the lunar festivals. */
const HOLIDAY = /(?:Orthodox\s+)?Christmas(?:\s+(?:Eve|Day))?|New\s+Year['\u2019]s(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|(?:Orthodox\s+)?Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|(?:Presidents['\u2019]?|Columbus|Election|Veterans['\u2019]?|Mother['\u2019]s|Father['\u2019]s|Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day|Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|Black\s+Friday|Cyber\s+Monday|Labou?r\s+Day|Memorial\s+Day|Hallowe'?en|Valentine['\u2019]s\s+Day|(?:the\s+)?Fourth\s+of\s+July|Boxing\s+Day|Bastille\s+Day|Canada\s+Day|St\.?\s+Patrick['\u2019]s\s+Day|Armistice\s+Day|Remembrance\s+Day|Spring\s+Festival|(?:[Ll]unar|Chinese)\s+New\s+Year|Lantern\s+Festival|Dragon\s+Boat\s+Festival|Mid-Autumn\s+Festival/.source;
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'Orthodox Christmas': [1, 7], 'Orthodox Christmas Day': [1, 7], 'Orthodox Christmas Eve': [1, 6], 'Veterans Day': [11, 11], "Veterans' Day": [11, 11],
  Christmas: [12, 25], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], "New Year's": [1, 1], "New Year's Day": [1, 1], "New Year's Eve": [12, 31],
  Halloween: [10, 31], "Hallowe'en": [10, 31], "Valentine's Day": [2, 14], 'Fourth of July': [7, 4], 'Boxing Day': [12, 26],
  'Bastille Day': [7, 14], 'Canada Day': [7, 1], "St. Patrick's Day": [3, 17], "St Patrick's Day": [3, 17], 'Armistice Day': [11, 11], 'Remembrance Day': [11, 11],
};

/** The day a holiday match names: in the year written after it ("Easter 1999"), else the one the tense points to, by
 *  the day: "celebrated the Spring Festival" on March 10, 2026 is Feb. 17, 2026, "will celebrate it" on Feb. 10 the
 *  same day a week ahead; with no tense, the nearer. Null with no document date. */
function holidayIn(name: string, m: RegExpExecArray, c: Ctx): Date | null {
  const dayIn = (y: number) => (FIXED_HOLIDAYS[name] ? new Date(Date.UTC(y, FIXED_HOLIDAYS[name][0] - 1, FIXED_HOLIDAYS[name][1])) : movableHoliday(name, y));
  if (m[2]) return dayIn(Number(m[2]));
  if (!c.dct) return null;
  const dct = c.dct;
  const [before, after] = [dct.getUTCFullYear() - 1, dct.getUTCFullYear(), dct.getUTCFullYear() + 1]
    .map(dayIn)
    .reduce<[Date | null, Date | null]>(([b, a], d) => [d <= dct ? d : b, a ?? (d >= dct ? d : null)], [null, null]);
  // (As with months, one almost a year away is the other: "crowded the stores at Christmas" on Dec. 1 is this one.)
  const back = before ? (dct.getTime() - before.getTime()) / 86400000 : Infinity;
  const ahead = after ? (after.getTime() - dct.getTime()) / 86400000 : Infinity;
  // "last Memorial Day" and "next Christmas" say which side of today, whatever the verb
  const side = /\b(last|next)\s+$/i.exec(m.input.slice(Math.max(0, m.index - 5), m.index))?.[1]?.toLowerCase();
  const chosen = side === 'last' ? before : side === 'next' ? after : c.tense === 'past' ? (back <= 310 ? before : after) : c.tense === 'future' ? (ahead <= 310 ? after : before) : back <= ahead ? before : after;
  return chosen ?? before ?? after;
}

/** The Saturday of the weekend a holiday belongs to: the one it falls in, the one a Monday holiday ends ("Memorial Day
 *  weekend"), the one after a Thursday or a Friday ("Thanksgiving weekend", "the Good Friday weekend"). */
function weekendOf(day: Date): Date {
  const weekday = day.getUTCDay();
  return addDays(day, weekday === 0 ? -1 : weekday >= 4 ? 6 - weekday : -1 - weekday);
}

/** Orthodox Easter: the Julian computus (Meeus), moved to the Gregorian calendar (13 days in 1900-2099). */
function orthodoxEaster(y: number): Date {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31), day = ((d + e + 114) % 31) + 1;
  return addDays(new Date(Date.UTC(y, month - 1, day)), y >= 2100 ? 14 : 13);
}

/** A weekday by tense: the dct's own weekday is the dct; past looks back up to 6 days, future ahead. */
function dateForWeekday(day: number, c: Ctx): string | null {
  if (!c.dct) return null;
  const { back, ahead } = daysTo(c.dct, day);
  if (c.tense === 'present' && c.attributive) return ymd(addDays(c.dct, ahead < back ? ahead : -back));
  return ymd(addDays(c.dct, c.tense === 'future' ? ahead : -back));
}

/** How many days back to the last such weekday and ahead to the next, from a day (0 both when it is that weekday). */
function daysTo(from: Date, weekday: number): { back: number; ahead: number } {
  return { back: (from.getUTCDay() - weekday + 7) % 7, ahead: (weekday - from.getUTCDay() + 7) % 7 };
}

const shift = (c: Ctx, unit: 'year' | 'month' | 'week' | 'day', by: number): string | null => {
  if (!c.dct) return null;
  const d = c.dct;
  if (unit === 'year') return String(d.getUTCFullYear() + by);
  if (unit === 'month') {
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + by, 1));
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
  }
  if (unit === 'week') return isoWeek(addDays(d, 7 * by));
  return ymd(addDays(d, by));
};

const RULES: Rule[] = [
  // "the September 11 attacks", "after 9/11": the day of 2001, not this year's (first, so it wins over the day rules)
  {
    re: /\b(?:Sept(?:ember|\.)?\s+11(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:terror(?:ist)?\s+)?(?:attacks?|hijack))|9\/11(?!\/))/g,
    make: (m, c) => (c.dct && c.dct < new Date(Date.UTC(2001, 8, 12)) ? null : { type: 'DATE', value: '2001-09-11' }),
  },
  // ISO dates and times
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b/g, make: (m) => ({ type: m[4] ? 'TIME' : 'DATE', value: m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}` }) },
  // numeric dates: "4/4/2018", "12/29/99" (month first, as American wires write them, unless the first number
  // cannot be a month: "29/12/1999")
  {
    re: /(?<![\d\/])\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b(?![\/\d])/g,
    make: (m) => {
      let [mo, day] = [Number(m[1]), Number(m[2])];
      if (mo > 12) [mo, day] = [day, mo];
      if (mo < 1 || mo > 12 || day < 1 || day > 31) return null;
      const y = m[3].length === 4 ? Number(m[3]) : Number(m[3]) + (Number(m[3]) < 50 ? 2000 : 1900);
      return { type: 'DATE', value: `${y}-${pad(mo)}-${pad(day)}` };
    },
  },
  // "Monday, Jan. 27, 2024", "January 27, 2024", "Jan 27"
  {
    re: new RegExp(`\\b(?:(?:${DAY_RE}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?),?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?!\\s*(?:percent|pct|%))`, 'g'),
    make: (m, c) => {
      const mo = monthIndex(m[2]);
      const day = Number(m[3]);
      if (mo < 0 || day < 1 || day > 31) return null;
      if (!m[4] && AN_EVENT_NAMED_BY_ITS_DAY.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      // the first day of a range takes the year written after the last: "March 3 to 5, 1999"
      const rangeYear = /^\s*(?:-|\u2013|to|and|or|through)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(m.input.slice(m.index + m[0].length))?.[1];
      const y = m[4] ? Number(m[4]) : rangeYear ? Number(rangeYear) : yearForMonth(mo, c);
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(mo + 1)}-${pad(day)}` };
    },
  },
  // the second day of a range: "Aug. 7-8", "March 3 to 5, 1999", "June 1 and 2" (the first day is the rule above's)
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|\u2013|to|and|or|through)\\s*((\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)\\b(?![-:.,]?\\d)`, 'g'),
    make: (m, c) => {
      const mo = monthIndex(m[1]);
      const [first, day] = [Number(m[2]), Number(m[4])];
      if (mo < 0 || day <= first || day > 31) return null;
      const y = m[5] ? Number(m[5]) : yearForMonth(mo, c);
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(mo + 1)}-${pad(day)}` };
    },
    group: 3,
  },
  // "27 January 2024", "27 Jan", "Saturday, 8 October 2011", and with its ordinal "the 25th of June", "3rd March"
  {
    re: new RegExp(`\\b(?:${DAY_RE.replace('(', '(?:')},?\\s+)?(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+(?:of\\s+)?|(\\d{1,2})\\s+)${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    make: (m, c) => {
      const mo = monthIndex(m[3]);
      const day = Number(m[1] ?? m[2]);
      if (mo < 0 || day < 1 || day > 31) return null;
      const y = m[4] ? Number(m[4]) : yearForMonth(mo, c);
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(mo + 1)}-${pad(day)}` };
    },
  },
  // "early/mid/late October 2023", "mid-October", "October 2023", "October"
  {
    re: new RegExp(`\\b(?:(early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]+)?${FULL_MONTH_RE}(?:,?\\s+(\\d{4}))?\\b|\\b(?:(early|mid|late)[- ]+)?(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.(?:\\s+(\\d{4}))?`, 'g'),
    make: (m, c) => {
      const monthName = m[2] ?? m[5];
      const mod = m[1] ?? m[4];
      const yearText = m[3] ?? m[6];
      // "May" is a month after a preposition ("by May", "in May") or another month ("from March to May"), otherwise
      // most likely the verb.
      if (monthName === 'May' && !yearText && !mod && !/\b(?:in|by|since|until|through|from|during|early|late|mid)\s+$|\b(?:January|February|March|April)\s+(?:to|and|or|through)\s+$|\b(?:months|year|quarter|weeks)\s+(?:to|ended|ending)\s+$/i.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
      if (monthName === 'March' && !yearText && !mod && isAMarch(m.input, m.index, m.index + m[0].length)) return null;
      if (!yearText && !mod && NAMED_BY_ITS_MONTH.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return null; // "Black September"
      const mo = monthIndex(monthName);
      const y = yearText ? Number(yearText) : yearForMonth(mo, c);
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(mo + 1)}`, ...modOf(mod) };
    },
  },
  // A month of the year the story last named: "in 1994 ... in July that year"
  {
    re: new RegExp(`\\b${FULL_MONTH_RE}(?:\\s+of)?\\s+that\\s+year\\b`, 'g'),
    make: () => ({ type: 'DATE', value: 'XXXX' }),
    anaphor: (m) => ({ unit: 'year', by: 0, named: { month: MONTHS.indexOf(m[1].toLowerCase()) + 1, dir: 0 } }),
  },
  // A month, season or decade of a named year: "January this year", "June last year", "October of next year",
  // "March of 1998", "January nineteen ninety-seven", "the winter of 1994", "summer 2008", "spring this year".
  {
    re: new RegExp(`\\b(?:(early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]+)?(?:${FULL_MONTH_RE}|(?:the\\s+)?(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter))(?:,?\\s+of)?,?\\s+(?:(?:([Tt]his|[Ll]ast|[Nn]ext) year)|((?:19|20)\\d\\d)\\b|(nineteen\\s+(?:(?:${SPOKEN_TENS})(?:[- ](?:${SPOKEN_UNITS}))?|${SPOKEN_TEENS})))`, 'g'),
    make: (m, c) => {
      const rel = m[4]?.toLowerCase();
      const y = m[5] ? Number(m[5]) : m[6] ? 1900 + spokenNumber(m[6].replace(/^nineteen\s+/i, '')) : c.dct ? c.dct.getUTCFullYear() + stepOf(m[4]) : null;
      if (m[2]) return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(monthIndex(m[2]) + 1)}`, ...modOf(m[1]) };
      const season = SEASON[m[3].toLowerCase() as keyof typeof SEASON];
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${season}`, ...modOf(m[1]) };
    },
  },
  // A day of a named year: "January 1 this year", "Aug. 7 last year".
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+([Tt]his|[Ll]ast|[Nn]ext)\\s+year\\b`, 'g'),
    make: (m, c) => {
      const mo = monthIndex(m[1]);
      const day = Number(m[2]);
      if (mo < 0 || day < 1 || day > 31) return null;
      const y = c.dct ? c.dct.getUTCFullYear() + stepOf(m[3]) : null;
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(mo + 1)}-${pad(day)}` };
    },
  },
  // "the third Monday in January", "the last Thursday of November 2025": that day of the month, the year by tense
  {
    re: new RegExp(`\\b[Tt]he\\s+(first|second|third|fourth|last)\\s+${DAY_RE}\\s+(?:in|of)\\s+${FULL_MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    make: (m, c) => {
      const mo = monthIndex(m[3]);
      const y = m[4] ? Number(m[4]) : yearForMonth(mo, c);
      if (y === null) return null;
      const nth = ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase());
      return { type: 'DATE', value: ymd(nthWeekday(y, mo, DAYS.indexOf(m[2].toLowerCase()), nth < 0 ? -1 : nth + 1)) };
    },
  },
  // days that history named: "Black Monday" is the crash of Oct. 19, 1987, whatever week the story is in
  {
    re: /\b(Black\s+(?:Monday|Tuesday|Wednesday|Thursday)|Bloody\s+Sunday)\b/g,
    make: (m) => {
      const named: Record<string, string> = { 'Black Monday': '1987-10-19', 'Black Tuesday': '1929-10-29', 'Black Wednesday': '1992-09-16', 'Black Thursday': '1929-10-24', 'Bloody Sunday': '1972-01-30' };
      return { type: 'DATE', value: named[m[1].replace(/\s+/g, ' ')] };
    },
  },
  // "the Christmas season", "the holiday shopping season", "over the holidays": December, the year by tense like a
  // month's ("the holidays for the Mid-Autumn Festival" are other holidays)
  {
    re: /\bthe\s+(?:Christmas|holiday)\s+(?:shopping\s+)?season\b|(?<=\b(?:over|for|during|through|before|after|around|until|since)\s+)the\s+holidays\b(?!\s+(?:for|of|in)\b)/gi,
    make: (m, c) => ({ type: 'DATE', value: `${yearForMonth(11, c) ?? 'XXXX'}-12` }),
  },
  // holidays: "Christmas", "New Year's Eve", "Thanksgiving", "Easter 1999", the year by tense like a month's; "the
  // Easter weekend" is the weekend it falls in or ends, "Thanksgiving morning" that day's morning
  {
    re: new RegExp(`\\b(?:(?:the|this)\\s+(?=(?:${HOLIDAY})\\s+weekend\\b))?(${HOLIDAY})(?:,?\\s+((?:19|20)\\d\\d))?(?:\\s+(weekend|morning|afternoon|evening|night)\\b)?\\b`, 'g'),
    make: (m, c) => {
      const name = m[1].replace(/\s+/g, ' ').replace('\u2019', "'").replace(/^the /, '');
      // Names, not days: "the Good Friday agreement", "New Year's resolutions", "the New Year's address"
      if (/^\s+(?:agreement|accord|peace|deal|resolutions?|address|message)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
      const day = holidayIn(name, m, c);
      const part = m[3]?.toLowerCase();
      if (part === 'weekend') return { type: 'DATE', value: day ? `${isoWeek(weekendOf(day))}-WE` : 'XXXX-WXX-WE' };
      const date = day ? ymd(day) : FIXED_HOLIDAYS[name] ? `XXXX-${pad(FIXED_HOLIDAYS[name][0])}-${pad(FIXED_HOLIDAYS[name][1])}` : 'XXXX-XX-XX';
      return part ? { type: 'TIME', value: `${date}${PART_OF_DAY[part as keyof typeof PART_OF_DAY]}` } : { type: 'DATE', value: date };
    },
  },
  // times: "3 p.m.", "1:38 am", "10:30 GMT", "0800 UTC", "4:15 p.m. EDT", noon, midnight; GMT and UTC are ISO 8601's Z
  {
    re: /\b(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?(?=\W|$)(?:\s*\(?(GMT|UTC|[ECMP][SD]T)\b\)?)?|\b(?:(\d{1,2}):(\d{2})\s*(GMT|UTC|local time)|([01]\d|2[0-4])([0-5]\d)\s*(GMT|UTC))\b|\b(noon|midnight|midday)\b/gi,
    make: (m, c) => {
      let h: number;
      let min = '00';
      if (m[11]) h = m[11].toLowerCase() === 'midnight' ? 24 : 12;
      else if (m[5] || m[8]) {
        h = Number(m[5] ?? m[8]);
        min = m[6] ?? m[9];
      } else {
        if (Number(m[1]) > 12) return null;
        h = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
        min = m[2] ?? '00';
      }
      if (h > 24) return null;
      // "6:40 p.m. (GMT +8)" is local time at an offset, not GMT
      const offset = /^\s*[+-]\s*\d/.test(m.input.slice(m.index + m[0].length));
      const zone = /^(?:GMT|UTC)$/i.test(m[4] ?? m[7] ?? m[10] ?? '') && !offset ? 'Z' : '';
      return { type: 'TIME', value: `${c.dct ? ymd(c.dct) : 'XXXX-XX-XX'}T${pad(h)}:${min}${zone}` };
    },
    clock: true,
  },
  // an hour of a part of the day: "at 5 in the morning", "10 o'clock at night"
  {
    re: /\b(\d{1,2})(?:[:.]([0-5]\d))?\s+(?:o['\u2019]clock\s+)?(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/gi,
    make: (m, c) => {
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) return null;
      const part = (m[3] ?? m[4]).toLowerCase();
      const h = part === 'morning' ? hour % 12 : part === 'night' && hour < 5 ? hour : (hour % 12) + 12;
      return { type: 'TIME', value: `${c.dct ? ymd(c.dct) : 'XXXX-XX-XX'}T${pad(h)}:${m[2] ?? '00'}` };
    },
    clock: true,
  },
  // the 24-hour clock of international copy after a preposition or before "hours": "at 10:00", "20:00 hours", "at
  // 11:30 Beijing time" (local time, not GMT); "8 o'clock"
  {
    re: /(?:(?<=\b(?:at|by|from|until|till|before|after|around|about|since|between)\s+)|\b(?=\d{1,2}:\d\d\s+(?:hours|hrs)\b))([01]?\d|2[0-3]):([0-5]\d)(?![:\d]|\s*[ap]\.?m\.?(?=\W|$))(?:\s+(?:hours|hrs)\b|\s+(?:local|[A-Z][a-z]+)\s+time\b)?|\b(\d{1,2})\s+o['\u2019]clock\b/g,
    make: (m, c) => {
      const h = Number(m[1] ?? m[3]);
      return h > 24 ? null : { type: 'TIME', value: `${c.dct ? ymd(c.dct) : 'XXXX-XX-XX'}T${pad(h)}:${m[2] ?? '00'}` };
    },
    clock: true,
  },
  // a time on a named day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9"
  {
    re: new RegExp(`\\b(?:(\\d{1,2})(?:[:.]([0-5]\\d))?\\s*([ap])\\.?m\\.?|(noon|midnight))(?:\\s+(?:EST|EDT|CST|PST|GMT|local time))?,?\\s+(?:on\\s+)?(?:${DAY_RE}|(today|yesterday|tomorrow)|${MONTH_RE}\\s+(\\d{1,2})(?:,?\\s+((?:19|20)\\d\\d))?)\\b`, 'gi'),
    make: (m, c) => {
      if (/\n\s*\n/.test(m[0])) return null; // a listing's last time and the next paragraph's day
      if (!m[4] && Number(m[1]) > 12) return null;
      const h = m[4] ? (m[4].toLowerCase() === 'noon' ? 12 : 24) : (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
      let date: string | null;
      if (m[5]) date = dateForWeekday(DAYS.indexOf(m[5].toLowerCase()), planIfPresent(c));
      else if (m[6]) date = shift(c, 'day', DAY_WORD[m[6].toLowerCase() as keyof typeof DAY_WORD]);
      else {
        const mo = monthIndex(m[7]);
        date = `${m[9] ?? yearForMonth(mo, c) ?? 'XXXX'}-${pad(mo + 1)}-${pad(Number(m[8]))}`;
      }
      return { type: 'TIME', value: `${date ?? 'XXXX-XX-XX'}T${pad(h)}:${m[2] ?? '00'}` };
    },
  },
  // parts of days: "Saturday night", "this morning", "last night", "tonight"
  {
    // (not the money market's "overnight rate", "overnight interbank sterling", "overnight deposits")
    re: new RegExp(`\\b(?:(early|late)\\s+)?(?:${DAY_RE}|this|last|yesterday|tomorrow)\\s+(morning|afternoon|evening|night)\\b|\\b(tonight|overnight)\\b(?!\\s+(?:interbank|rates?|money|funds|deposits?|loans?|lending|repos?|call|index|paper|borrowing)\\b)`, 'gi'),
    make: (m, c) => {
      const [, early, day, dayPart, nightWord] = m;
      if (day && NAMED_BY_ITS_DAY.test(m.input.slice(m.index + m[0].indexOf(day) + day.length, m.index + m[0].length + 12))) return null;
      const part = (dayPart ?? (nightWord ? 'night' : '')).toLowerCase();
      const code = PART_OF_DAY[part as keyof typeof PART_OF_DAY] ?? 'TNI';
      const w = m[0].replace(/^(?:early|late)\s+/i, '').split(/\s+/)[0].toLowerCase();
      let date: string | null;
      if (day) date = dateForWeekday(DAYS.indexOf(day.toLowerCase()), planIfPresent(c));
      else if (w === 'last' || w === 'yesterday' || (w === 'overnight' && c.tense === 'past')) date = shift(c, 'day', -1); // "were killed overnight": the night gone
      else if (w === 'tomorrow') date = shift(c, 'day', 1);
      else date = c.dct ? ymd(c.dct) : null;
      return { type: 'TIME', value: `${date ?? 'XXXX-XX-XX'}${code}`, ...modOf(early) };
    },
  },
  // "mid-afternoon yesterday", "late morning Tuesday", "early evening": a part of a named day, or of the story's.
  {
    re: new RegExp(`\\b(early|late|mid)[- ]?(morning|afternoon|evening)(?:\\s+(?:(today|yesterday|tomorrow)|${DAY_RE}))?\\b`, 'gi'),
    make: (m, c) => {
      const code = PART_OF_DAY[m[2].toLowerCase() as keyof typeof PART_OF_DAY];
      const date = m[3] ? shift(c, 'day', DAY_WORD[m[3].toLowerCase() as keyof typeof DAY_WORD]) : m[4] ? dateForWeekday(DAYS.indexOf(m[4].toLowerCase()), c) : c.dct ? ymd(c.dct) : null;
      return { type: 'TIME', value: `${date ?? 'XXXX-XX-XX'}${code}` };
    },
  },
  // "the morning of Aug. 7", "the night of Friday, Aug. 7": a part of a named date
  {
    // (the day may come first, the British way: "the morning of 10th Nov")
    re: new RegExp(`\\b[Tt]he\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:(?:${DAY_RE}),?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b|\\b[Tt]he\\s+(morning|afternoon|evening|night)\\s+of\\s+${DAY_RE}\\b|\\b[Tt]he\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?`, 'g'),
    make: (m, c) => {
      const code = PART_OF_DAY[(m[1] ?? m[6] ?? m[8]) as keyof typeof PART_OF_DAY];
      if (m[6]) return { type: 'TIME', value: `${dateForWeekday(DAYS.indexOf(m[7].toLowerCase()), c) ?? 'XXXX-XX-XX'}${code}` };
      const [monthName, day, year] = m[8] ? [m[10], m[9], m[11]] : [m[3], m[4], m[5]];
      const mo = monthIndex(monthName);
      const y = year ? Number(year) : yearForMonth(mo, c);
      return { type: 'TIME', value: `${y ?? 'XXXX'}-${pad(mo + 1)}-${pad(Number(day))}${code}` };
    },
  },
  // "in the morning", "during the afternoon": a part of the day the story last named.
  {
    re: /(?<=\b(?:in|during|by|on|late in|early in)\s+)the\s+(morning|afternoon|evening)\b(?!\s+(?:of|after|before)\b)/gi,
    make: () => ({ type: 'TIME', value: 'XXXX-XX-XX' }),
    anaphor: (m) => ({ unit: 'day', by: 0, part: PART_OF_DAY[m[1].toLowerCase() as keyof typeof PART_OF_DAY] }),
  },
  // "that night", "the next morning", "the previous evening": a part of the day the story last named, or of the one after
  // or before it
  {
    // ("that" as a determiner, not a conjunction after a verb of saying or thinking: "said that evening would be busy";
    // "the night before" is the eve of the day last named)
    re: /(?:(?<!\b(?:said|says|say|told|tell|tells|believe[sd]?|think|thinks|thought|knew|know|knows|announced|reported|noted|hoped|feared|warned|added|insisted|argued|claimed|suggested|agreed|so|such|now)\s+)\b[Tt]hat|\b[Tt]he\s+(next|following|previous|same))\s+(morning|afternoon|evening|night)\b|\b[Tt]he\s+(night|evening)\s+before\b(?!\s+(?:the|last|his|her|its|their|a)\b)/g,
    make: () => ({ type: 'TIME', value: 'XXXX-XX-XX' }),
    anaphor: (m) => (m[3] ? { unit: 'day', by: -1, part: PART_OF_DAY[m[3].toLowerCase() as keyof typeof PART_OF_DAY] } : { unit: 'day', by: stepOf(m[1]), part: PART_OF_DAY[m[2].toLowerCase() as keyof typeof PART_OF_DAY] }),
  },
  // weekdays: "on Saturday", "Saturday's meeting", "last Tuesday", "next Monday"
  {
    // ("that" only as a determiner, opening a sentence or after a preposition: "said in a statement that Saturday's
    // meeting" is a clause.)
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Cc]oming|(?<=(?:^|[.!?;:"'\\n]\\s*|\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]rom|of|[Ff]or|[Tt]hrough)\\s+))[Tt]hat)\\s+)?${DAY_RE}\\b`, 'g'),
    make: (m, c) => {
      const day = DAYS.indexOf(m[2].toLowerCase());
      const w = m[1]?.toLowerCase();
      let date: string | null;
      if (w === 'that') date = null; // "that Monday" is resolved from the story (below)
      else if (w === 'last') date = c.dct ? ymd(addDays(c.dct, -(daysTo(c.dct, day).back || 7))) : null;
      else if (w === 'next' || w === 'coming') date = c.dct ? ymd(addDays(c.dct, daysTo(c.dct, day).ahead || 7)) : null;
      else {
        // "Black Monday", "Super Tuesday", "Patch Tuesday", "Bloody Sunday" name an event, not a day of this week.
        if (/\b(?:Black|Bloody|Super|Blue|Patch|Fat|Shrove|Good|Holy|Palm|Ash|Maundy|Cyber|Easter)\s+$/.test(m.input.slice(Math.max(0, m.index - 7), m.index))) return null;
        if (NAMED_BY_ITS_DAY.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
        // What begins on a day begins from today on: "declared three days of mourning beginning Monday", "effective Friday";
        // a deadline still to be enforced is ahead: "said Friday's deadline would not be enforced"
        const after = m.input.slice(m.index + m[0].length);
        const deadlineAhead = c.possessive && /^['\u2019]s\s+deadline\b/.test(after) && LOOKS_AHEAD.test(after) && !/\b(?:missed|passed|ignored|expired|met)\b/i.test(m.input);
        if (c.dct && (deadlineAhead || /\b(?:beginning|starting|effective)\s+(?:on\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 13), m.index)))) date = ymd(addDays(c.dct, daysTo(c.dct, day).ahead));
        else date = dateForWeekday(day, planIfPresent(c));
      }
      return { type: 'DATE', value: date ?? `XXXX-WXX-${day || 7}` };
    },
    anaphor: (m) => (/^that$/i.test(m[1] ?? '') ? { unit: 'day', by: 0, weekday: DAYS.indexOf(m[2].toLowerCase()) } : null),
    group: 0,
  },
  // "on a Tuesday", "one Sunday": some Tuesday, no particular one ("a Wednesday media event" is a particular one)
  {
    re: new RegExp(`\\b(?:[Aa]|[Oo]ne|[Aa]ny)\\s+${DAY_RE}\\b(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:in|of|at|on|when|after|before|that|morning|afternoon|evening|night)\\b)`, 'g'),
    make: (m) => ({ type: 'DATE', value: `XXXX-WXX-${DAYS.indexOf(m[1].toLowerCase()) || 7}` }),
  },
  // "earlier Sunday", "late yesterday", "earlier in the year": a part of a day or year already named.
  {
    re: new RegExp(`\\b(earlier|later|late|early)\\s+(?:(today|yesterday|tomorrow)|${DAY_RE}|in the (year|week|month|day))\\b`, 'gi'),
    make: (m, c) => {
      const mod = /^(earlier|early)$/i.test(m[1]) ? ('START' as const) : ('END' as const);
      if (m[4]) {
        const unit = m[4].toLowerCase() as 'year' | 'week' | 'month' | 'day';
        return { type: 'DATE', value: shift(c, unit, 0) ?? 'XXXX', mod };
      }
      const date = m[2] ? shift(c, 'day', DAY_WORD[m[2].toLowerCase() as keyof typeof DAY_WORD]) : dateForWeekday(DAYS.indexOf(m[3].toLowerCase()), c);
      return { type: 'DATE', value: date ?? 'XXXX-XX-XX', mod };
    },
  },
  // Times counted from the time the story last talked about: "the following year", "that day", "the same month",
  // "the previous week", "the day before", "ended the day" (the day of the trading the story reports).
  {
    re: /\b(?:(?:the\s+)?(following|next|previous|preceding|same)|(that))\s+(day|week|month|year)\b(?!\s+(?:or|of|after|before|ago|earlier|later)\b)|\bthe\s+(day|week|month|year)\s+(after|before|previous)\b|(?<=\b(?:end|ends|ended|ending|finish|finished|finishing|start|started|starting|for|during|of|late in|early in)\s+)the\s+(day)\b(?!\s+(?:of|when|that|before|after)\b)/gi,
    // "next day" without "the" is the relative rule's, not this one's
    make: (m) => (m[1]?.toLowerCase() === 'next' && !/^the\s/i.test(m[0]) ? null : { type: 'DATE', value: 'XXXX' }),
    anaphor: (m) => ({ unit: (m[3] ?? m[4] ?? m[6]).toLowerCase() as Unit, by: stepOf(m[1] ?? m[2] ?? m[5]) }),
  },
  // "that fall", "that January", "the following January", "the previous spring": counted from the year last named
  {
    re: new RegExp(`\\b(?:([Tt]hat)|[Tt]he\\s+(following|next|previous|preceding))\\s+(?:${FULL_MONTH_RE}|(spring|summer|fall|autumn|winter))\\b`, 'g'),
    make: () => ({ type: 'DATE', value: 'XXXX' }),
    anaphor: (m) => {
      const dir = m[1] ? 0 : /^(?:following|next)$/.test(m[2]) ? 1 : -1;
      const season = m[4] ? SEASON[m[4] as keyof typeof SEASON] : undefined;
      return { unit: 'year', by: 0, named: { dir, ...(m[3] ? { month: monthIndex(m[3]) + 1 } : { season }) } };
    },
  },
  // "the same period last year", "the corresponding quarter a year ago", "the same month a year earlier": the period
  // the story last named (a month, a quarter, a half), one year back.
  {
    re: /\bthe\s+(?:(?:same|corresponding|comparable)\s+(?:period|month|quarter)(?:\s+of)?\s+(?:the\s+)?(?:last|previous|prior)\s+year|(?:(?:same|corresponding|comparable)\s+)?(?:period|month|quarter)(?:\s+of)?\s+(?:a|one)\s+year\s+(?:ago|earlier|before))\b/gi,
    make: () => ({ type: 'DATE', value: 'XXXX' }),
    anaphor: () => ({ unit: 'year', by: -1, yearBack: true }),
  },
  // "the same week last year": this week, a year back
  {
    re: /\bthe\s+same\s+week\s+(?:of\s+)?(?:last|a)\s+year(?:\s+(?:ago|earlier))?\b/gi,
    make: (m, c) => {
      if (!c.dct) return { type: 'DATE', value: 'XXXX-WXX' };
      const week = isoWeek(c.dct);
      return { type: 'DATE', value: `${Number(week.slice(0, 4)) - 1}${week.slice(4)}` };
    },
  },
  // "the same month of 1996", "the corresponding quarter in 1997": the month or quarter the story last named, in that
  // year ("the same period of 1986" after "the first five months" is only the year)
  {
    re: /\bthe\s+(?:same|corresponding|comparable)\s+(period|month|quarter)\s+(?:of|in)\s+((?:19|20)\d\d)\b/gi,
    make: (m) => ({ type: 'DATE', value: m[2] }),
    anaphor: (m) => (/period/i.test(m[1]) ? null : { unit: 'year', by: 0, inYear: m[2] }),
  },
  // relative days and periods
  {
    re: /\b(today|yesterday|tomorrow)\b/gi,
    // ("like there is no tomorrow" is no day)
    make: (m, c) => {
      if (isTitle(m) || /\bno\s+$/i.test(m.input.slice(Math.max(0, m.index - 3), m.index))) return null;
      if (/^today$/i.test(m[1]) && todayIsThesedays(m)) return { type: 'DATE', value: 'PRESENT_REF' };
      return { type: 'DATE', value: shift(c, 'day', DAY_WORD[m[1].toLowerCase() as keyof typeof DAY_WORD]) ?? 'XXXX-XX-XX' };
    },
  },
  {
    re: /\b(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of)\s+)?(this|last|next|the past|the coming|the previous)\s+(week|month|year|weekend|quarter|spring|summer|autumn|fall|winter)\b/gi,
    make: (m, c) => {
      if (isTitle(m)) return null;
      const rel = m[2].toLowerCase();
      const unit = m[3].toLowerCase();
      const by = stepOf(rel);
      // "over the past year" is marked as last year, the way TimeBank and MEANTIME both do
      if (rel === 'the past' && unit === 'year') return { type: 'DATE', value: shift(c, 'year', -1) ?? 'XXXX' };
      if (rel === 'the past' || rel === 'the coming') return { type: 'DURATION', value: durationValue(1, unit === 'weekend' ? 'week' : unit) };
      let value: string | null;
      if (unit === 'week' || unit === 'month' || unit === 'year') value = shift(c, unit, by);
      else if (unit === 'weekend') value = shift(c, 'week', by) && `${shift(c, 'week', by)}-WE`;
      else if (unit === 'quarter') value = c.dct ? quarterOf(c.dct, by) : null;
      else {
        const season = SEASON[unit as keyof typeof SEASON];
        value = c.dct ? `${c.dct.getUTCFullYear() + by}-${season}` : null;
      }
      const mod = m[1] ? (/^(?:earlier|early|the beginning of|the start of)$/i.test(m[1]) ? { mod: 'START' as const } : /middle/i.test(m[1]) ? { mod: 'MID' as const } : { mod: 'END' as const }) : {};
      return { type: 'DATE', value: value ?? 'XXXX', ...mod };
    },
  },
  // "the first three quarters": nine months, as "the first nine months" is
  { re: /\bthe\s+first\s+three\s+quarters\b/gi, make: () => ({ type: 'DURATION', value: 'P9M' }) },
  // halves of a year: "the first half of 1990", "the last half of 1989", "the first two quarters of 1990",
  // "the second half of the year" (the story's year), "the second half" ("half of the shares" is no time)
  {
    re: /\b(?:the\s+)?(?:(first|second|last|latter)\s+half|(first|last)\s+two\s+quarters)(?:\s+of\s+(?:((?:19|20)\d\d)|(?:the|this)\s+year|(next|last)\s+year))?(?!\s+of\b)/gi,
    make: (m, c) => {
      if (!m[3] && !/\s(?:of|year)\b/i.test(m[0]) && !/^the\s/i.test(m[0])) return null; // "first half" of a match, a century
      if (!/\s(?:of|year)\b/i.test(m[0]) && isAGame(m.input)) return null; // "led 48-39 at the end of the first half"
      const half = (m[1] ?? m[2]).toLowerCase() === 'first' ? 1 : 2;
      const y = m[3] ? Number(m[3]) : c.dct ? c.dct.getUTCFullYear() + stepOf(m[4]) : null;
      return { type: 'DATE', value: `${y ?? 'XXXX'}-H${half}` };
    },
  },
  // quarters: "the third quarter", "the first quarter of 2024", "Q3"
  {
    re: /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter(?:\s+of\s+(?:(\d{4})|(?:the\s+)?(this|last|next|current|previous) year))?\b|\bQ([1-4])(?:\s+(\d{4}))?\b/gi,
    make: (m, c) => {
      const word = m[1]?.toLowerCase();
      if (word === 'last' && !m[2] && !m[3]) return null; // "last quarter" is the one before: the relative rule dates it
      if (!m[2] && !m[3] && !m[5] && word && isAGame(m.input)) return null; // "10 penalties in the first quarter"
      const q = m[4] ? Number(m[4]) : { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[word!]!;
      const named = m[3] && c.dct ? String(c.dct.getUTCFullYear() + stepOf(m[3])) : undefined;
      const y = m[2] ?? m[5] ?? named ?? (c.dct ? String(c.dct.getUTCFullYear() - (q > Math.floor(c.dct.getUTCMonth() / 3) + 1 && c.tense !== 'future' ? 1 : 0)) : 'XXXX');
      return { type: 'DATE', value: `${y}-Q${q}` };
    },
  },
  // Months counted from January, as statistics are: "exports in January-September" are nine months of them.
  {
    re: new RegExp(`(?<!\\bthe\\s+)\\b${FULL_MONTH_RE}[-\\u2013]${FULL_MONTH_RE}\\b(?!\\s+(?:quarter|period|half)\\b)`, 'g'),
    make: (m, c) => {
      const [first, last] = [MONTHS.indexOf(m[1].toLowerCase()), MONTHS.indexOf(m[2].toLowerCase())];
      const months = last - first + 1;
      if (months >= 2 && first === 0) return { type: 'DURATION', value: `P${months}M` };
      // A quarter or a half named by its months is that quarter or half: "GDP shrank again in April-June".
      if ((months === 3 && first % 3 === 0) || (months === 6 && first === 6)) return { type: 'DATE', value: `${monthSpanYear(first, last, c) ?? 'XXXX'}-${months === 3 ? 'Q' + (first / 3 + 1) : 'H2'}` };
      return null;
    },
  },
  // A period named by its first and last months: "the January-March quarter" is the first quarter, "the January-June
  // period" the first half; a span that is neither, "the January-May period", is five months.
  {
    re: new RegExp(`\\b(?:the\\s+)?${FULL_MONTH_RE}\\s*[-\\u2013/]\\s*${FULL_MONTH_RE}\\s+(quarter|period|half)(?:\\s+of\\s+(?:((?:19|20)\\d\\d)|(this|last|next)\\s+year))?\\b`, 'g'),
    make: (m, c) => {
      const first = MONTHS.indexOf(m[1].toLowerCase());
      const last = MONTHS.indexOf(m[2].toLowerCase());
      const months = last - first + 1;
      if (months < 2) return null;
      const thisYear = c.dct?.getUTCFullYear();
      const named = m[4] ? Number(m[4]) : m[5] && thisYear !== undefined ? thisYear + stepOf(m[5]) : undefined;
      const year = named ?? monthSpanYear(first, last, c) ?? 'XXXX';
      if (months === 3 && first % 3 === 0) return { type: 'DATE', value: `${year}-Q${first / 3 + 1}` };
      if (months === 6 && first % 6 === 0) return { type: 'DATE', value: `${year}-H${first / 6 + 1}` };
      if (months === 12) return { type: 'DATE', value: String(year) };
      return { type: 'DURATION', value: `P${months}M` };
    },
  },
  // A fiscal year or a season across two calendar years: "the 1997-98 fiscal year", "fiscal 1998-99" (named, as fiscal
  // years are, by the year they end in), "the 1998-99 season" (by the year it opens). One expression, not two years.
  {
    re: /\b(?:the\s+)?(fiscal\s+)?((?:19|20)\d\d)[-\u2013](\d\d)(?:\s+(fiscal|financial|budget|season|school|crop|marketing)(?:\s+year)?)?\b/gi,
    make: (m) => {
      const start = Number(m[2]);
      if ((start + 1) % 100 !== Number(m[3])) return null; // "1990-92" spans three years
      if (!m[1] && !m[4]) return null; // a bare "1997-98" in a table or a score
      const byItsEnd = m[1] || /^(?:fiscal|financial|budget)$/i.test(m[4] ?? '');
      return { type: 'DATE', value: String(byItsEnd ? start + 1 : start) };
    },
  },
  // The reporting period of business news: "the quarter", "the latest quarter" (the last one closed), "the
  // year-ago quarter", "the 1988 second quarter", "this year's third quarter", "next year's first quarter".
  {
    re: /\b(?:the\s+)?(?:(latest|current|year-ago|year-earlier)\s+|((?:19|20)\d\d)\s+|(this|last|next) year's\s+)?(?:(first|second|third|fourth)[- ])?(?:quarter|(?<=(?:latest|year-ago|year-earlier)\s+)period)\b/gi,
    make: (m, c) => {
      const which = m[1]?.toLowerCase();
      const ordinal = m[4] ? { first: 1, second: 2, third: 3, fourth: 4 }[m[4].toLowerCase() as 'first']! : null;
      if (!m[0].toLowerCase().startsWith('the') && !m[2] && !m[3] && !ordinal) return null; // a bare "quarter" of something
      if (!c.dct) return { type: 'DATE', value: ordinal ? `XXXX-Q${ordinal}` : 'XXXX-QX' };
      const year = c.dct.getUTCFullYear();
      const last = quarterOf(c.dct, -1); // the period just reported on
      const yearAgo = which === 'year-ago' || which === 'year-earlier';
      if (m[2] || m[3] || (yearAgo && ordinal)) {
        const y = m[2] ? Number(m[2]) : m[3] ? year + { this: 0, last: -1, next: 1 }[m[3].toLowerCase() as 'this'] : year - 1;
        return { type: 'DATE', value: `${y}-Q${ordinal ?? last.slice(-1)}` };
      }
      if (ordinal) return null; // "the third quarter": the quarter rule below dates it
      if (endsAPeriod(m)) return { type: 'DURATION', value: 'P1Q' }; // "for the quarter ended Sept. 30"
      if (yearAgo) return { type: 'DATE', value: `${Number(last.slice(0, 4)) - 1}${last.slice(4)}` };
      return { type: 'DATE', value: which === 'current' ? quarterOf(c.dct, 0) : last };
    },
  },
  // "the year" (the story's year: "for the year", "of the year"), "the current fiscal year"; "the year ended
  // March 31" is a span of a year.
  {
    re: /(?<=\b(?:for|of|during|through|in|earlier in|later in|so far this)\s+)(?:the\s+(?:current\s+|full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?year|this\s+fiscal\s+year)\b(?![-\w]|\s+(?:the|when|that|in|before|after|ago|of|to|two|nineteen)\b)(?!['\u2019]s)/gi,
    make: (m, c) => (endsAPeriod(m) ? { type: 'DURATION', value: 'P1Y' } : { type: 'DATE', value: c.dct ? String(c.dct.getUTCFullYear()) : 'XXXX' }),
  },
  // "the end of the month", "the start of the year", "the middle of the week": a part of the story's own period;
  // "the start of the day" and "the end of that year" are of the day or year the story last named.
  {
    re: /\b(the (?:end|beginning|start|middle) of) (the|that) (day|week|month|year|decade|century)\b(?!\s+(?:ended|ending|before|after|when|that|in|of)\b|['\u2019]s)/gi,
    make: (m, c) => {
      const unit = m[3].toLowerCase();
      const digits = unit === 'decade' ? 3 : unit === 'century' ? 2 : 0;
      const value = digits ? (c.dct ? String(c.dct.getUTCFullYear()).slice(0, digits) : 'X'.repeat(digits)) : shift(c, unit as Unit, 0) ?? 'XXXX';
      return { type: 'DATE', value, ...modOf(m[1]) };
    },
    anaphor: (m) => (/day/i.test(m[3]) || (/that/i.test(m[2]) && /^(?:week|month|year)$/i.test(m[3])) ? { unit: m[3].toLowerCase() as Unit, by: 0 } : null),
  },
  // "by year-end" (Dec. 31, the way TimeBank marks it), "by mid-year": this year's, or last year's when looking back
  {
    re: /\b(?:(mid-?year)|(year[- ]?end|year['\u2019]s\s+end))\b(?!-)/gi,
    make: (m, c) => {
      if (/\b(?:financial|fiscal)\s+$/i.test(m.input.slice(Math.max(0, m.index - 10), m.index))) return null; // not Dec. 31
      if (!c.dct) return { type: 'DATE', value: m[1] ? 'XXXX' : 'XXXX-12-31', ...(m[1] ? { mod: 'MID' as const } : {}) };
      const deadline = /\b(?:by|until|before)\s+(?:the\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 11), m.index)); // "by the year end"
      const y = c.dct.getUTCFullYear() - (c.tense === 'past' && !deadline ? 1 : 0);
      return m[1] ? { type: 'DATE', value: String(y), mod: 'MID' } : { type: 'DATE', value: `${y}-12-31` };
    },
  },
  // "over the weekend" (the one before), "ahead of the weekend" (the one coming), "this past weekend".
  {
    re: /\b(?:the|this\s+past)\s+weekend\b/gi,
    make: (m, c) => {
      if (!c.dct) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      const day = c.dct.getUTCDay(); // 0 Sunday ... 6 Saturday
      const ahead = c.tense === 'future' && !/^this/i.test(m[0]);
      const saturday = ahead ? addDays(c.dct, (6 - day + 7) % 7) : addDays(c.dct, day === 0 ? -1 : day === 6 ? 0 : -(day + 1));
      return { type: 'DATE', value: `${isoWeek(saturday)}-WE` };
    },
  },
  // "N years ago", "nearly four years ago", "a year earlier", "two weeks from now": a date counted from the story's
  // ("a decade after its initiation" stays a duration: after and before take an object).
  {
    re: new RegExp(`\\b(?:(nearly|almost|about|around|roughly|approximately|some|more than|over|less than|just over|just under)\\s+)?${NUM_RE}[\\s-]+${UNIT_RE}\\s+(ago|earlier|later|from now|from today|hence|before(?=\\s*[,.;)]))\\b`, 'gi'),
    make: (m, c) => {
      const n = numberOf(m[2]);
      const unit = m[3].toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
      const by = /^(ago|earlier|before)$/i.test(m[4]) ? -1 : 1;
      // "three days later", "a day earlier" in a story's sequence of events are spans between them, as TimeBank
      // marks them (the duration rule takes "three days"); "a year earlier" compares with the year before.
      // A figure compared with one "a month earlier" is the month before, like "a year earlier".
      // (The figure may carry its unit: "vs a revised 250.4 mln lbs a month earlier".)
      const comparison = /(?:\d|\bpct|percent|%)\S*\s+$|\d[\d.,]*\s+(?:(?:mln|bln|million|billion|thousand)\s+)?[a-z]+\s+$|\b(?:from|than|versus|vs\.?|with)\s+$/i.test(m.input.slice(Math.max(0, m.index - 24), m.index));
      if (/^(later|earlier|before)$/i.test(m[4]) && !(by < 0 && (unit === 'year' || (comparison && /^(?:day|week|month)$/.test(unit))))) return null;
      const q = m[1]?.toLowerCase();
      const mod = !q ? {} : /^(more than|over|just over)$/.test(q) ? { mod: 'MORE_THAN' as const } : /^(less than|just under)$/.test(q) ? { mod: 'LESS_THAN' as const } : { mod: 'APPROX' as const };
      const fallback = { type: 'DATE' as const, value: by < 0 ? 'PAST_REF' : 'FUTURE_REF', ...mod };
      if (!c.dct || n === null || n % 1 !== 0) return fallback;
      const value =
        unit === 'year' ? String(c.dct.getUTCFullYear() + by * n)
        : unit === 'decade' ? String(c.dct.getUTCFullYear() + by * 10 * n)
        : unit === 'week' ? shift(c, 'day', by * 7 * n) // "two weeks ago" is a day, as TimeBank and MEANTIME mostly mark it
        : unit === 'month' || unit === 'day' ? shift(c, unit, by * n)
        : null;
      return value ? { type: 'DATE', value, ...mod } : fallback;
    },
    // "closed at $12 on Friday, down from $14 a week earlier": a comparison counts from the day last named.
    anaphor: (m) => {
      const unit = m[3].toLowerCase().replace(/s$/, '');
      const n = numberOf(m[2]);
      if (!/^(?:earlier|later|before)$/i.test(m[4]) || (unit !== 'day' && unit !== 'week') || n === null || n % 1 !== 0) return null;
      return { unit: 'day', by: (/^(?:earlier|before)$/i.test(m[4]) ? -1 : 1) * n * (unit === 'week' ? 7 : 1) };
    },
  },
  // "last April" (the one before), "this September" (this year's), "next March" (the one after).
  {
    re: new RegExp(`\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+${FULL_MONTH_RE}\\b`, 'g'), // the month capitalised: "this may" is a verb
    make: (m, c) => {
      const mo = monthIndex(m[2]);
      const rel = m[1].toLowerCase();
      // "last" and "next" say which side of this month the month lies, whatever the verb: "last September" in August
      // is eleven months back, "next August" in August a year ahead.
      const y = c.dct && c.dct.getUTCFullYear() + (rel === 'last' ? (mo < c.dct.getUTCMonth() ? 0 : -1) : rel === 'next' ? (mo > c.dct.getUTCMonth() ? 0 : 1) : 0);
      return { type: 'DATE', value: `${y ?? 'XXXX'}-${pad(mo + 1)}` };
    },
  },
  // "year-earlier profit", "the year-ago results": last year
  { re: /\byear-(?:ago|earlier)\b(?!\s+(?:quarter|period|(?:\w+\s+)?months?)\b)/gi, make: (m, c) => ({ type: 'DATE', value: shift(c, 'year', -1) ?? 'XXXX' }) },
  // a range of counts sharing one unit: "two to three weeks", "between 60 and 90 days" (valued by its first count)
  {
    re: new RegExp(`(?<![\\d/.])\\b${NUM_RE}\\s+(?:to|and|or)\\s+${NUM_RE}[- ]${UNIT_RE}\\b`, 'gi'),
    make: (m) => (/^\d+$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)$/i.test(m[1]) && !/^(?:a|an)$/i.test(m[2]) ? { type: 'DURATION', value: durationValue(numberOf(m[1]), m[3]) } : null),
  },
  // durations: "a decade", "three years", "the past two weeks", "more than 20 years", "a three-year"
  {
    // "over" is "more than" after "in", "for", "last" ("in over six years"); "spread over three years" is across them.
    re: new RegExp(`(?<![:/])\\b(?:(the (?:past|last|next|coming|first|previous)|more than|(?<=\\b(?:in|for|last|lasts|lasted|lasting|after|within|than|of|took|take|takes|spent|just|only)\\s+)over|nearly|almost|about|around|some|at least|less than)\\s+)?${NUM_RE}(?:\\s+(?:more|additional|further|extra|consecutive|straight|successive|full|trading|business|working))?[- ]${UNIT_RE}\\b`, 'gi'),
    make: (m) => {
      const qualifier = m[1]?.toLowerCase();
      const word = m[2].toLowerCase();
      const unit = m[3].toLowerCase();
      const before = m.input.slice(Math.max(0, m.index - 20), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // Not spans of time: ages ("52 years old"), fractions ("a quarter of", "three-quarters"), "a second group",
      // and rates ("$500 million a year", "four flights a week").
      if (/^(?:\s+|-)old\b/.test(after)) return null;
      // What a device holds, not a time: "75 hours of video", "20 hours of battery life"
      if (/^(?:hour|minute)/.test(unit) && /^\s+of\s+(?:video|music|audio|footage|recordings?|playback|battery)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      // In a name: "the Ninth Five-Year Plan", "the Six-Day War"
      if (/^[A-Z]/.test(m[2]) && /^[A-Z]/.test(m[3]) && /^\s+[A-Z]/.test(after)) return null;
      // A title, its unit in capitals amid running text: 'appeared on "60 Minutes"'
      if (/^[A-Z]/.test(m[3]) && /["\u201C]$|[a-z,]\s+$/.test(before)) return null;
      if (unit.startsWith('quarter') && (/^,?\s+of\s+(?:the|its|a|an|all|their|his|her|our|this|that|those|these|\d)\b/i.test(after + m.input.slice(m.index + m[0].length + 12, m.index + m[0].length + 20)) || /-quarters$/i.test(m[0]))) return null;
      if (/^-(?:point|percentage)\b/.test(after)) return null; // "a quarter-point increase" is a size, not a time
      if (unit.startsWith('quarter') && /^\s+(?:the|point|percentage|mile)\b/i.test(after)) return null; // "one quarter the power", "a quarter point"
      if (unit === 'second' && (word === 'a' || word === 'one')) return null;
      // "Islam will one day be the second largest religion": some day to come, not a span
      if (word === 'one' && unit === 'day' && !qualifier && /\b(?:will|would|can|could|might|may|hopes?|hoped|(?:hopes?|hoped|wants?|wanted|aims?|aimed|dreams?|dreamed)\s+(?:to|of))\s+(?:\w+\s+)?$/i.test(before)) return { type: 'DATE', value: 'FUTURE_REF' };
      if (unit === 'quarters' && /^(?:some|many|certain|other|several)$/.test(word) && /\b(?:in|from)\s+$/i.test(before)) return null; // "uproar in some quarters": some circles
      if ((word === 'a' || word === 'an' || word === 'one') && /s$/i.test(unit)) return null; // "an hours-long standoff"
      if (unit.startsWith('quarter') && /^-[a-z]/i.test(after)) return null; // "a quarter-mile": a size
      if (/^-(?:by|on|to|over)-/i.test(after)) return null; // "a minute-by-minute account", "year-on-year"
      if ((word === 'a' || word === 'an') && !qualifier && /(?:\d|million|billion|percent|%|times|(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|thousand|million|billion|mln|bln))\S*\s+(?:(?:thousand|million|billion|mln|bln)\s+)?[a-z]+s)\s+$/i.test(before)) return null;
      const n = ['several', 'a few', 'few', 'many', 'some'].includes(word) ? null : numberOf(word);
      const mod =
        qualifier === 'more than' || qualifier === 'over' || qualifier === 'at least' ? { mod: 'MORE_THAN' as const } : qualifier === 'nearly' || qualifier === 'almost' || qualifier === 'less than' ? { mod: 'LESS_THAN' as const } : qualifier === 'about' || qualifier === 'around' || qualifier === 'some' ? { mod: 'APPROX' as const } : {};
      return { type: 'DURATION', value: durationValue(n, m[3]), ...mod };
    },
  },
  // "an hour and 42 minutes", "two hours and 15 minutes", "three years and six months"
  {
    re: new RegExp(`\\b${NUM_RE}[\\s-]+(hours?|years?)\\s+and\\s+${NUM_RE}[\\s-]+(minutes?|months?)\\b`, 'gi'),
    make: (m) => {
      const [a, b] = [numberOf(m[1]), numberOf(m[3])];
      const hours = /^hour/i.test(m[2]);
      if (a === null || b === null || hours !== /^minute/i.test(m[4])) return null;
      return { type: 'DURATION', value: hours ? `PT${a}H${b}M` : `P${a}Y${b}M` };
    },
  },
  // a whole and a half: "2 1/2 years" (P2Y6M), "a minute and a half" (PT1M30S), "three and a half hours"
  {
    re: new RegExp(`\\b(?:(\\d+)\\s+1/2|${NUM_RE}\\s+and\\s+a\\s+half)[- ]${UNIT_RE}\\b|\\b${NUM_RE}\\s+${UNIT_RE}\\s+and\\s+a\\s+half\\b`, 'gi'),
    make: (m) => {
      const n = m[1] ? Number(m[1]) : numberOf(m[2] ?? m[4]);
      const unit = (m[3] ?? m[5]).toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
      const half: Record<string, string> = { year: 'Y6M', month: 'M15D', day: 'DT12H', hour: 'H30M', minute: 'M30S' };
      if (n === null || n % 1 !== 0 || !half[unit]) return null;
      return { type: 'DURATION', value: `P${['hour', 'minute'].includes(unit) ? 'T' : ''}${n}${half[unit]}` };
    },
  },
  // half of one unit: "half an hour", "a half-hour", "half a century" (not "an hour", which the duration rule would take)
  {
    re: /\b(?:half\s+an?\s+|an?\s+half[- ])(hour|minute|day|year|decade|century)\b/gi,
    make: (m) => {
      const half: Record<string, string> = { hour: 'PT30M', minute: 'PT30S', day: 'PT12H', year: 'P6M', decade: 'P5Y', century: 'P50Y' };
      return { type: 'DURATION', value: half[m[1].toLowerCase()] };
    },
  },
  // decades: "the 1990s", "the early 1990s", "the 1940's"
  { re: /\b(?:the\s+)?(?:(early|mid|late)[- ])?(\d{3})0['\u2019]?s\b/gi, make: (m) => ({ type: 'DATE', value: m[2], ...modOf(m[1]) }) },
  // "the '80s", "the 80s", "the nineties": a decade of the 1900s ("in his 80s" is an age, so the article is needed).
  {
    re: /\b(?:the\s+)?(?:(early|mid|late)[- ])?(?:['\u2019]([2-9])0['\u2019]?s|(?<=\bthe\s+(?:(?:early|mid|late)[- ])?)([2-9])0['\u2019]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
    make: (m) => {
      if (m[4] && !/^the\s/i.test(m[0])) return null; // "in her forties" is an age
      const digit = m[2] ?? m[3] ?? String(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[4].toLowerCase()) + 2);
      return { type: 'DATE', value: `19${digit}`, ...modOf(m[1]) };
    },
  },
  // centuries: "the 20th century" is 19 (the hundreds written as in 19xx), "the eleventh century" 10
  {
    re: /\b(?:the\s+)?(?:(early|mid|late)[- ])?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- ]century\b/gi,
    make: (m) => {
      const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
      const n = m[2] ? Number(m[2]) : ordinals.indexOf(m[3].toLowerCase()) + 1;
      // "the 21st Century Fund", "20th Century Fox": a name, in capitals, that goes on
      if (/Century$/.test(m[0]) && /^\s+[A-Z][a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      return n >= 1 && n <= 30 ? { type: 'DATE', value: pad(n - 1), ...modOf(m[1]) } : null;
    },
  },
  // "this century", "the next century" (written in 1998, the 2000s: 20), "the last century"
  {
    re: /\b(?:(the end of|the beginning of|the start of|the middle of|early|late)\s+)?(this|next|last|the next|the last|the previous|the coming|the new)\s+century\b/gi,
    make: (m, c) => ({ type: 'DATE', value: c.dct ? pad(Math.floor(c.dct.getUTCFullYear() / 100) + stepOf(m[2])) : 'XX', ...modOf(m[1]) }),
  },
  // years spoken in broadcast transcripts: "nineteen ninety-six", "in nineteen seventy-nine", "the year two thousand"
  {
    re: new RegExp(`\\b(?:the\\s+year\\s+)?(?:nineteen\\s+((?:${SPOKEN_TENS})(?:[- ](?:${SPOKEN_UNITS}))?|${SPOKEN_TEENS})|two\\s+thousand(?:\\s+and\\s+(${SPOKEN_UNITS}))?)\\b`, 'gi'),
    make: (m) => {
      if (m[1]) return { type: 'DATE', value: String(1900 + spokenNumber(m[1])) };
      return /^the\s+year|\band\b/i.test(m[0]) ? { type: 'DATE', value: String(2000 + (m[2] ? spokenNumber(m[2]) : 0)) } : null;
    },
  },
  // years with a modifier: "late 2017", "early 2024", "mid-2019", "fiscal 1990"
  { re: /\b(early|mid|late|the end of|the beginning of|the start of)[- ]((?:19|20)\d\d)\b/gi, make: (m) => ({ type: 'DATE', value: m[2], ...modOf(m[1]) }) },
  // "fiscal 1989" is valued as the year (TimeML has no fiscal calendar).
  { re: /\bfiscal(?: year)?\s+((?:19|20)\d\d)\b/gi, make: (m) => ({ type: 'DATE', value: m[1] }) },
  // the second year of a span: "1996-2000", "1990-92" (the first is a bare year; "the 1998-99 season" is one expression)
  {
    re: /(?<=\b(?:1[89]|20)\d\d)[-\u2013]((?:1[89]|20)\d\d|\d\d)\b(?![-\u2013\/.,]?\d)/g,
    make: (m) => {
      const first = Number(m.input.slice(m.index - 4, m.index));
      const y = m[1].length === 4 ? Number(m[1]) : Math.floor(first / 100) * 100 + Number(m[1]) + (Number(m[1]) < first % 100 ? 100 : 0);
      return y > first && y - first <= 50 ? { type: 'DATE', value: String(y) } : null;
    },
    group: 1,
  },
  // "the year 2000", "the year 1996": one expression, the year named (not the story's year and a bare year)
  { re: /\b(?:the\s+)?year\s+((?:1[89]|20)\d\d)\b(?![\d,.\/]\d)/gi, make: (m) => ({ type: 'DATE', value: m[1] }) },
  // bare years: "in 2014", "2014" (not a count, not part of a longer number)
  {
    re: /(?<![\d,.$€£\/-])\b((?:1[89]|20)\d\d)\b(?![\d,.\/]\d|\s*(?:percent|pct|%|km|dlrs)\b|\s+(?!(?:levels|figures|results|sales|earnings|elections|prices|rates|this|does|news|plus|thus)\b)[a-z]{2,}[^su\W]s\b)/g, // not a count: "2000 soldiers"
    // A number after a name is part of the name: "the Russell 2000 index", "Windows 2000", "Agenda 2000".
    make: (m) => (/\b(?!(?:In|By|Since|Until|Before|After|From|Through|During|Of|And|Or|For|To|At|On|Then|Between|Around|About|The|That|This|These|Those|A|An|Its|His|Her|Their|Our|Every|Each|Early|Late|Mid|Fiscal|Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][a-z]+\s+$/.test(m.input.slice(Math.max(0, m.index - 20), m.index)) ? null : { type: 'DATE', value: m[1] }),
  },
  // references to now and the past or future
  { re: /\b(now|currently|at present|at the moment|these days|nowadays)\b/gi, make: () => ({ type: 'DATE', value: 'PRESENT_REF' }) },
  // "recent years", "the recent sale", "current conditions": the past and the present as TimeML marks them.
  { re: /\brecent\b(?!\s+(?:months|weeks|days|quarters)\b)(?:\s+years\b)?|\bpast\s+years\b/gi, make: () => ({ type: 'DATE', value: 'PAST_REF' }) },
  // "the past decade", "the last decade": the decade ten years back ("the last decade" written in 1998 is the 1980s);
  // "this decade" the story's; "the next decade" the one to come, or ten years' span ("over the next decade").
  {
    re: /\b(?:the\s+)?(?:past|last|previous)\s+decade\b|\bthe\s+(?:next|coming)\s+decade\b/gi,
    make: (m, c) =>
      /\b(?:over|for|within|during|throughout)\s+$/i.test(m.input.slice(Math.max(0, m.index - 11), m.index))
        ? { type: 'DURATION', value: 'P10Y' } // "grew 7 percent a year over the past decade": ten years' span
        : { type: 'DATE', value: c.dct ? String(c.dct.getUTCFullYear() + (/\b(?:next|coming)\b/i.test(m[0]) ? 10 : -10)).slice(0, 3) : 'XXX' },
  },
  { re: /\b[Tt]his\s+decade\b/g, make: (m, c) => ({ type: 'DATE', value: c.dct ? String(c.dct.getUTCFullYear()).slice(0, 3) : 'XXX' }) },
  // "someday", "some day": a time to come ("some days" are a span)
  { re: /\b(?:someday|some\s+day)\b(?!s)/gi, make: () => ({ type: 'DATE', value: 'FUTURE_REF' }) },
  // "a thing of the past", "harder to read than the present": the past and the present as nouns
  {
    re: /(?<=\b(?:of|from|than|to|with|about|into|and)\s+)the\s+(past|present)\b(?=\s*[,.;:'"\u201D)]|\s+(?:is|was|and|but|when|as)\b)|^[Tt]he\s+(past|present)(?=\s+(?:is|was)\b)/g,
    make: (m) => ({ type: 'DATE', value: /past/i.test(m[1] ?? m[2]) ? 'PAST_REF' : 'PRESENT_REF' }),
  },
  // "at the time" (then), not a clause's opening ("At the time Howes was captured, ..."), as TimeBank marks it
  {
    re: /(?<=\b[Aa]t\s+)the\s+time\b(?=\s*[,.;:)]|\s+(?:he|she|they|it|we|I)\s+(?:was|were|had|did|said|thought|believed)\b)/g,
    make: () => ({ type: 'DATE', value: 'PAST_REF' }),
  },
  // "recent weeks", "the coming days", "the weeks ahead": spans of unstated length; "the coming months" is the future and
  // "recent days" the past, as TimeBank marks them.
  {
    re: /\b(?:recent|((?:the\s+)?coming))\s+(years|months|weeks|days|quarters)\b|\bthe\s+(days|weeks|months|years)\s+ahead\b/gi,
    make: (m) => {
      const unit = (m[2] ?? m[3]).toLowerCase();
      if (m[1] && !/^(?:days|weeks)$/.test(unit)) return { type: 'DATE', value: 'FUTURE_REF' };
      if (m[2] && !m[1] && unit === 'days') return { type: 'DATE', value: 'PAST_REF' };
      return { type: 'DURATION', value: unit === 'quarters' ? 'PXM' : durationValue(null, unit) };
    },
  },
  { re: /\bcurrent\b(?!\s+accounts?\b)/gi, make: () => ({ type: 'DATE', value: 'PRESENT_REF' }) },
  {
    re: /\b(?:the\s+(?:near|foreseeable)\s+future|the\s+(?:near|short|long)\s+term|future\s+(?:quarters|years))\b/gi,
    make: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
  },
  { re: /\b(?<=for\s+)the\s+time\s+being\b/gi, make: () => ({ type: 'DATE', value: 'PRESENT_REF' }) },
  // "at a later date", "as soon as possible": times to come ("future losses" TimeBank rarely marks)
  { re: /\ba\s+later\s+(?:date|stage)\b|\bas\s+soon\s+as\s+possible\b/g, make: () => ({ type: 'DATE', value: 'FUTURE_REF' }) },
  // a year in two digits: "since '82", "the class of '99" (the nearer century)
  {
    re: /(?<=\s|^)['\u2019](\d{2})\b(?!['\u2019]?s\b)/g,
    make: (m, c) => {
      const yy = Number(m[1]);
      const now = c.dct?.getUTCFullYear() ?? 2000;
      const y = 2000 + yy <= now + 10 ? 2000 + yy : 1900 + yy;
      return { type: 'DATE', value: String(y) };
    },
  },
  // "for years", "within hours of", "took weeks", "months of talks", "minutes later": a span of unstated length, when
  // a preposition, a verb or the start of a clause comes before it (after "the" or "few" other rules read it);
  // "months ago" too, as TimeBank marks it.
  {
    re: /(?<=(?:^|[,;]\s*|\b(?:for|within|in|over|just|only|after|to|be|been|follows?|followed|following|took|takes?|taking|spent|spends?|spending|lasted|lasts?|lasting|came|began|left|\w+ed)\s+))(?:years|months|weeks|days|decades|centuries|hours|minutes)\b(?!-|\s+old\b)(\s+ago\b)?/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(null, m[0].replace(/\s+ago$/i, '')) }),
  },
  // "An aftershock hit hours later", "stabbed to death hours after the polls closed": unstated spans before "later",
  // whatever comes before them
  {
    re: /(?<!\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|few|several|many|some|of|the|dozen|couple|more|first|last|final|next|past|coming|recent|early|his|her|their|its|our|my|\w+ing|\w+ty)\s+)\b(?:years|months|weeks|days|hours|minutes)(?=\s+(?:later|after|before|earlier)\b)/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(null, m[0]) }),
  },
  // "for the week", "the week's most active session", "ended the week": the week the story reports
  {
    re: /(?:(?<=\b(?:for|throughout|during|ended|ending|end\s+of|much\s+of|rest\s+of|remainder\s+of)\s+)the\s+week\b(?!\s+(?:of|before|after|earlier|later|ahead|that|when|ending|ended|starting|beginning|to)\b)|\bthe\s+week(?=['\u2019]s\b))/gi,
    // (told in the past on a Sunday or a Monday, the week just ended: "83 rigs were working during the week")
    make: (m, c) => ({ type: 'DATE', value: shift(c, 'week', c.tense === 'past' && c.dct && c.dct.getUTCDay() <= 1 ? -1 : 0) ?? 'XXXX-WXX' }),
  },
  // "for a while", "in a little while": some time, of no stated length
  { re: /(?<=\b(?:for|in|after|within)\s+)a\s+(?:little\s+|short\s+)?while\b/gi, make: () => ({ type: 'DURATION', value: 'PXX' }) },
  // "over the years", "down the decades": some years, as "for years" is ("the years of war", "the years since" name
  // particular ones and are left alone).
  {
    re: /(?<=\b(?:over|through|across|down|throughout)\s+)the\s+(years|decades|centuries)\b(?!\s+(?:of|since|after|before|to|when|that|in|between|from|ahead)\b)/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(null, m[1]) }),
  },
  // A season after a preposition: "in spring", "by autumn", "since winter" (the nearest one the tense allows).
  {
    re: /(?<=\b(?:in|by|until|since|during|through|over|before|after)\s+)(?:(early|late)\s+)?(spring|summer|autumn|fall|winter)\b(?!\s+(?:of|in|\d)\b)/gi,
    make: nearestSeason,
  },
  // Seasons with an article: "the summer", "over the summer", "this past spring", "the early summer".
  {
    re: /\b(?:this\s+past|the)\s+(?:(early|late)\s+)?(spring|summer|autumn|fall|winter)\b(?!\s+(?:of|in|festival)\b)/gi,
    make: nearestSeason,
  },
  // ("previously", "formerly" and a bare "earlier" are adverbs of sequence more than times: TimeML rarely marks them.)
  // ("as recently as 1992" is that year's, not another expression)
  { re: /\b(recently|in the past)\b(?!\s+as\s+(?:\w+\s+)?\d)/gi, make: () => ({ type: 'DATE', value: 'PAST_REF' }) },
  // ("soon" told of the past is soon after something else, not after the story: "Soon battles erupted".)
  { re: /\b(?:in\s+)?(the future|the coming years|soon)\b(?!-|\s+(?:of|after|as)\b)/gi, make: (m) => (/\bas\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index)) || (/^soon$/i.test(m[1]) && soonInThePast(m)) ? null : { type: 'DATE', value: 'FUTURE_REF' }), group: 1 },
  // sets of named times: "each July", "every March", "Tuesday nights", "on Sundays"
  {
    re: new RegExp(`\\b(?:every|each)\\s+${FULL_MONTH_RE}\\b|\\b${DAY_RE}s\\b|\\b${DAY_RE}\\s+(mornings|afternoons|evenings|nights)\\b`, 'g'),
    make: (m) => {
      if (m[1]) return { type: 'SET', value: `XXXX-${pad(monthIndex(m[1]) + 1)}` };
      const day = DAYS.indexOf((m[2] ?? m[3]).toLowerCase()) || 7;
      const part = m[4] ? PART_OF_DAY[m[4].toLowerCase().slice(0, -1) as keyof typeof PART_OF_DAY] : '';
      return { type: 'SET', value: `XXXX-WXX-${day}${part}` };
    },
  },
  // "every two years", "every other week", "every 15 months": a set with a period
  {
    re: new RegExp(`\\bevery\\s+(other|${NUM_RE.slice(1, -1)})\\s+${UNIT_RE}\\b`, 'gi'),
    make: (m) => {
      const n = m[1].toLowerCase() === 'other' ? 2 : numberOf(m[1]);
      return n === null || n % 1 !== 0 ? null : { type: 'SET', value: durationValue(n, m[2]) };
    },
  },
  // a frequency: "twice a week", "four times a year", "once a month" (a set of that period)
  {
    re: new RegExp(`\\b(?:once|twice|(?:${NUM_RE.slice(1, -1)})\\s+times)\\s+(?:a|an|per|each|every)\\s+(day|week|month|year|quarter)\\b`, 'gi'),
    make: (m) => ({ type: 'SET', value: durationValue(1, m[1]) }),
  },
  // "every spring", "each January": the season or month of every year
  {
    re: new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(?:([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)|${FULL_MONTH_RE})\\b`, 'g'), // "each may practice" is no month
    make: (m) => ({ type: 'SET', value: m[1] ? `XXXX-${SEASON[m[1].toLowerCase() as keyof typeof SEASON]}` : `XXXX-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}` }),
  },
  // sets: "every week", "each year", "weekly", "daily", "semi-annually"
  {
    re: /\b(every|each|per)\s+(day|weekend|week|month|year|quarter|morning|afternoon|evening|night|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(daily|weekly|monthly|yearly|annually|quarterly|hourly|semi-?annually|biannually|fortnightly|biweekly|bimonthly)\b/gi,
    make: (m) => {
      const w = (m[2] ?? m[3]).toLowerCase();
      // "its quarterly dividend", "daily flights": an adjective of a thing, not a recurring time; "China Daily" a name.
      if (m[3] && /^[A-Z]/.test(m[3]) && /[A-Z][a-z]*\s+$/.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (m[3] && (/\b(?:its|the|a|an|their|his|her|our)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index)) || /^\s+[a-z]+s\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20)))) return null;
      const dayIdx = DAYS.indexOf(w);
      if (dayIdx >= 0) return { type: 'SET', value: `XXXX-WXX-${dayIdx || 7}` };
      const value = { day: 'P1D', daily: 'P1D', week: 'P1W', weekly: 'P1W', month: 'P1M', monthly: 'P1M', year: 'P1Y', yearly: 'P1Y', annually: 'P1Y', quarter: 'P1Q', quarterly: 'P3M', hourly: 'PT1H', semiannually: 'P6M', 'semi-annually': 'P6M', biannually: 'P6M', fortnightly: 'P2W', biweekly: 'P2W', bimonthly: 'P2M', weekend: 'XXXX-WXX-WE', morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI' }[w] ?? 'P1D';
      return { type: 'SET', value };
    },
  },
];

/** A sentence about a game, not a company: its halves and quarters are periods of play, not of the year. */
const isAGame = (sentence: string) =>
  /\b(?:game|match|halftime|half-time|scored?|outscored?|goals?|points|touchdowns?|penalt(?:y|ies)|innings|coach|referee|whistled|quarterback|striker|rebounds?|assists?|baskets?|three-pointers?|free throws?|\d{1,3}-\d{1,3}\s+(?:lead|win|victory|run))\b/i.test(sentence) &&
  !/\b(?:profit|revenue|sales|earnings|growth|economy|GDP|dividend|shares?|percent|pct|forecast|fiscal)\b/i.test(sentence);

/** "the year ended March 31", "the quarter ending Sept. 30": a period counted back from its end. */
const endsAPeriod = (m: RegExpExecArray) => /^\s+(?:ended|ending)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 10));

function modOf(word: string | undefined): { mod?: Timex['mod'] } {
  const w = word?.toLowerCase();
  if (!w) return {};
  if (w === 'early' || w === 'the beginning of' || w === 'the start of') return { mod: 'START' };
  if (w === 'mid' || w === 'the middle of') return { mod: 'MID' };
  if (w === 'late' || w === 'the end of') return { mod: 'END' };
  return {};
}

/** "in spring", "the summer": the nearest season of that name the tense allows, with its early/late. */
function nearestSeason(m: RegExpExecArray, c: Ctx): Omit<Timex, 'start' | 'end'> {
  const season = SEASON[m[2].toLowerCase() as keyof typeof SEASON];
  if (!c.dct) return { type: 'DATE', value: `XXXX-${season}`, ...modOf(m[1]) };
  const start = ({ SP: 2, SU: 5, FA: 8, WI: 11 } as const)[season]; // the month each season starts
  const month = c.dct.getUTCMonth();
  const y = c.dct.getUTCFullYear() + (c.tense === 'future' ? (start < month - 2 ? 1 : 0) : start > month ? -1 : 0);
  return { type: 'DATE', value: `${y}-${season}`, ...modOf(m[1]) };
}

/** "Soon battles erupted", "clashes soon then erupted", "arrived soon thereafter": a past verb just after "soon", in a
 *  sentence that looks nowhere ahead ("predicted a big move soon" and "unless they end the strike soon" still do). */
function soonInThePast(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
  if (/^\s+(?:thereafter|afterwards?)\b/i.test(after)) return true;
  return !LOOKS_AHEAD.test(m.input) && PAST_ONE.test(/^\s+(?:\S+\s+){0,2}\S+/.exec(after)?.[0] ?? '');
}

/** What follows a day that qualifies a noun: a lower-case word that is no preposition, conjunction or verb marker. */
const ATTRIBUTIVE_NOUN = /^\s+(?!(?:and|or|to|of|in|at|on|for|from|with|by|that|when|as|is|are|was|were|will|would|before|after|but|the|a|an)\b)[a-z]{3,}\b/;

/** A bare weekday in the present tense is a plan: "Arafat meet separately Monday", "the polls open at 7 a.m. Tuesday";
 *  a possessive names a thing that happened ("Friday's purchases"). */
const planIfPresent = (c: Ctx): Ctx => (c.tense === 'present' && !c.possessive && !c.attributive ? { ...c, tense: 'future' } : c);

function quarterOf(d: Date, by: number): string {
  const q = Math.floor(d.getUTCMonth() / 3) + by;
  const y = d.getUTCFullYear() + Math.floor(q / 4);
  return `${y}-Q${(((q % 4) + 4) % 4) + 1}`;
}

// What marks a future, in parts. Modals, plans and intentions: "will", "is to", "expected", "plans to".
const MODAL_OR_PLAN = String.raw`will|would|shall|should|(?:may|might)(?!\s+(?:have|not\s+have)\b)|'ll|going to|(?:was|were|is|are) to(?! blame)(?=\s+[a-z]{3,})|to be (?:\w+ly\s+)?\w+ed|due|expected|planned|plans? to|next|upcoming|coming|to be held|intends? to|set (?:to|for)|aims? to|payable|expects?|ahead|signall?ed|signals?`;
// "scheduled" as a plan, not a past verb ("and scheduled a hearing"); a thing scheduled or set for a day, or put off to
// one ("scheduled a ticker-tape parade up lower Broadway for Friday", "postponing the man's testimony until Monday");
// "effective" before its date, not "an effective devaluation".
const SCHEDULED = String.raw`(?<=\b(?:is|are|was|were|be|been|being|the|a|its|their|as|not|originally|initially|previously)\s+)scheduled|scheduled(?=\s+(?:to|for)\b)|(?:scheduled|planned|set)\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,6}for|(?:(?:postpon|delay|adjourn|defer|reschedul)(?:ed|ing)|put\s+off|pushed\s+back|moved)\s+(?:[\w'\u2019-]+\s+){0,4}(?:to|until|till)|effective(?=\s+(?:on|from|as\s+of|immediately|today|tomorrow|next|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b))`;
// The present of a calendar's events is a schedule: "takes office Dec. 10", "the festival falls on Tuesday", "when OPEC
// meets on December 9", "which ends Sept. 30" (an earnings table's "Qtr ends Jan 31" is past).
const CALENDAR_PRESENT = String.raw`(?<=\b[a-z]+\s+)(?:takes|turns|picks|falls|begins|starts|opens|closes|(?<!\b(?:qtr|quarter|period|year|mths|months|weeks)\s+)ends|meets|convenes|resumes|expires|arrives|faces)`;
// What is forecast lies ahead, "predicted rain Wednesday night", though "predicted Monday" and "forecast in December" say
// when the forecast was made.
const FORECAST = String.raw`(?:predict(?:s|ed)?|forecast(?:ed)?)(?!\s+(?:\w+day|tonight|last|this|earlier|in|on|at|during)\b)`;
/** Future markers that look ahead from where they stand, not back to what came before: "its April forecast" was made
 *  in April, and in "granted custody Monday, and scheduled a hearing for March 6" Monday is past. */
const AHEAD_OF_ITSELF = /^(?:predict|forecast)|^\w+\s+(?!for$|to$)\S.*\s(?:for|to|until|till)$/i;
const FUTURE_ALL = new RegExp(String.raw`\b(${MODAL_OR_PLAN}|${SCHEDULED}|${CALENDAR_PRESENT}|${FORECAST})\b`, 'gi');
// A sentence that looks ahead or demands makes "by Friday" a deadline still to come: "said they must leave by Friday".
// So does a verb of intent before its infinitive ("promised to provide it by August 3"), not one that says it was done
// ("was able to restore", "returned to normal").
const LOOKS_AHEAD = new RegExp(`${FUTURE_ALL.source}|\\b(?:must|could|can|hopes?|hoped|promised|projects?|forecasts?|ha(?:s|ve) to|needs? to|demand\\w*|deadline|ultimatum|order\\w*|unless|if)\\b|\\b(?:agreed|agrees?|wants?|wanted|intends?|intended|decided|vowed|pledged|threatened|offered|seeks?|sought|asked|urged|told|plans?|planned|aims?|aimed)\\s+(?:\\w+\\s+)?to\\s+[a-z]{3,}\\b`, 'i');
// An "-ed" word that is no verb is no past: "the United States", "two hundred", "will succeed", "its need".
const NOT_PAST_ED = ['hundred', 'need', 'succeed', 'proceed', 'exceed', 'speed', 'feed', 'seed', 'indeed', 'breed', 'bleed', 'deed', 'heed', 'greed', 'creed', 'red', 'bed', 'shed', 'wed', 'sacred', 'naked', 'wicked', 'rugged', 'beloved'];
// Verbs whose past is their present are past after a subject, not after "to", a modal or "did": "a quake hit the town"
// (the present would be "hits"), but "will hit", "to cut"; "hard hit" and "hit by" are participles.
const SAME_IN_PAST = '(?<!\\b(?:to|will|would|can|could|may|might|must|should|shall|did|do|does|not|hard|badly)\\s+)(?<!n\'t\\s+)(?:hit|cut|put|shut|spread|hurt|burst|quit|cast)';
// Irregular past forms are listed. A participle after "be", "is" or "are", regular or not, is a passive whose tense is
// its auxiliary's ("will be completed in October" looks ahead); after an article or a possessive it is an adjective
// ("an increased dividend").
const PAST_ALL = new RegExp(`\\b(?<!\\b(?:a|an|the|its|their|his|her|our)\\s+)(?<!\\b(?:be|being|is|are)\\s+(?:(?:\\w+ly|now|still|not|also|already)\\s+)?)(was|were|had|did|said|told|announced|reported|ago|last|earlier|yesterday|(?!(?:${NOT_PAST_ED.join('|')})\\b)(?!United\\b|Limited\\b)\\w+ed|${[
  'began', 'brought', 'came', 'went', 'took', 'made', 'met', 'won', 'lost', 'left', 'held', 'fell', 'rose', 'sold', 'bought', 'paid', 'got', 'gave',
  'saw', 'found', 'struck', 'spoke', 'fought', 'led', 'sent', 'ran', 'fled', 'thought', 'knew', 'became', 'broke', 'chose', 'drove', 'flew', 'grew',
  'kept', 'meant', 'sank', 'shot', 'stood', 'threw', 'wrote', 'caught', 'drew', 'felt', 'heard', 'spent', 'taught', 'withdrew', 'sought', 'arose',
  'overtook', 'undertook', 'swore', 'slid', 'sank', 'rode', 'sat', 'slept', 'stole', 'tore', 'woke', 'wore', 'forgot', 'froze', 'hung', 'laid',
].join('|')}|${SAME_IN_PAST}(?!\\s+(?:by|hard)\\b))\\b`, 'gi');
/** PAST_ALL for one test, without the global flag's memory of where it stopped. */
const PAST_ONE = new RegExp(PAST_ALL.source, 'i');
const ATTRIBUTION = /^(?:said|told|reported|announced|added)$/i;
// How much farther a marker counts when it is in another clause, or is only the attribution after the report.
const OTHER_CLAUSE = 100;
const NEXT_PHRASE = 20;
const ATTRIBUTION_ONLY = 200;
const PRESENT_ALL = /\b(is|are|am)\b(?!(?<=\bthat\s+is),)/gi; // "that is," only glosses

/** The tense around one expression: the verb marker nearest to it wins, so in "On Thursday, Washington had said
 *  it would leave" Thursday reads "had said" (past), not "would" further on. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  let best: Tense = 'present';
  let bestDistance = Infinity;
  // In an opening phrase, "At a news conference Monday, Chavez said he would ...", the verb after the comma is its own.
  // (a short one: not "In looking ahead to the auctions on Tuesday, Singer said the market will ...")
  const fronted = start <= 40 && /^\s*["\u201C]?(?:At|In|On|During|After|Before|Following)\s+(?:(?!\w+ing\b)[^,;])*$/.test(sentence.slice(0, start)) && /^\s*,/.test(sentence.slice(end));
  // Earlier lists win ties: "expected" is a future marker before it is a past participle.
  for (const [re, tense] of [[FUTURE_ALL, 'future'], [PAST_ALL, 'past'], [PRESENT_ALL, 'present']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const mEnd = m.index + m[0].length;
      if (m.index < end && mEnd > start) continue; // a marker inside the expression ("last", "next") is the expression's own
      if (m[0] === 'May') continue; // the month, not the modal
      if (m.index >= end && AHEAD_OF_ITSELF.test(m[0])) continue;
      // A marker in another clause counts for less: "on Wednesday, but he may not be confirmed".
      const between = mEnd <= start ? sentence.slice(mEnd, start) : sentence.slice(end, m.index);
      // The attribution after a quotation is no tense of the words quoted: '"... not in May or in June," said an official'.
      if (m.index >= end && ATTRIBUTION.test(m[0]) && /["\u201D]/.test(between)) continue;
      // The attribution after a report is its tense only when the report has none: "NYNEX will file its comments on
      // Friday, he said", but "Shares hit a record on Friday, he said".
      const attribution = m.index >= end && !fronted && ATTRIBUTION.test(m[0]) && /,\s*(?:[\w.'-]+\s+){1,5}$/.test(between);
      const distance = (mEnd <= start ? start - mEnd : m.index - end) + clauseBreak(between, m.index >= end, fronted) + (attribution ? ATTRIBUTION_ONLY : 0);
      if (distance < bestDistance) {
        // A plan in the past perfect, or one that was changed, was past: "had been scheduled to expire at midnight
        // Friday", "originally scheduled for Wednesday".
        best = tense === 'future' && /\b(?:had\s+(?:been\s+)?|originally\s+|initially\s+)$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)) ? 'past' : tense;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** Whether a deadline or an end ("by Friday", "until Friday") was reached before the story was told: "had filed their
 *  reports by Wednesday", "restored some services by Saturday" (a past verb before it and nothing in the sentence that
 *  looks ahead or demands); "met with the lawyers until late Thursday night but failed to agree". Not what still holds
 *  ("has kept the markets closed until Friday") nor what was meant ("decided to keep the cuts until March"). */
function doneBy(prep: 'by' | 'until' | 'till', sentence: string, start: number, end: number): boolean {
  if (prep === 'by' && /\bhad\b/i.test(sentence)) return true;
  const before = sentence.slice(0, start);
  if (prep !== 'by' && /\b(?:has|have|continues?|continued|to\s+[a-z]{3,})\b/i.test(before)) return false;
  return !LOOKS_AHEAD.test(sentence) && PAST_ONE.test(before) && tenseAt(sentence, start, end) === 'past';
}

/** How much further a tense marker stands for being in another clause than the expression's, from what lies between
 *  them and whether the marker comes after it. */
function clauseBreak(between: string, after: boolean, fronted: boolean): number {
  // One across a quotation mark is in someone else's words: 'defended the government Sunday, saying, "We are ...'.
  if (/;|,\s*but\b|["\u201C\u201D]/i.test(between)) return OTHER_CLAUSE;
  // The verb after an opening phrase's comma is the phrase's own: "At a news conference Monday, Chavez said".
  if (after && fronted && /^\s*,\s*(?:[\w.'-]+\s+){0,5}$/.test(between)) return 0;
  // A verb past a comma or an "and" is likelier another clause's than one before the expression with neither ("The
  // ship, which left port Tuesday, is expected to arrive Sunday"), the more so after it, as is one in a relative
  // clause after it ("declared a state of emergency Saturday that will remain").
  if (/,|\band\b/i.test(between) || (after && /\b(?:that|which|who)\b/i.test(between))) return after ? 2 * NEXT_PHRASE : NEXT_PHRASE;
  return 0;
}

/** A document date as YYYY-MM-DD from the forms feeds and corpora use: "2009-02-03", "20090203", "2009-02-03T10:00Z",
 *  "03-02-2009" (day first, unless the second number cannot be a month), "02/03/2009" (month first, the US way, unless
 *  the first cannot be), "Tue, 03 Feb 2009 10:00:00 GMT"; undefined when it is none of them. */
export function readDocumentDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const at = (y: number, mo: number, d: number) => {
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? ymd(date) : undefined;
  };
  const iso = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(text);
  if (iso) return at(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const monthFirst = a > 12 ? false : b > 12 ? true : numeric[2] === '/';
    return monthFirst ? at(Number(numeric[4]), a, b) : at(Number(numeric[4]), b, a);
  }
  if (!/[a-z]{3}/i.test(text) || !/\d{4}/.test(text)) return undefined;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : ymd(new Date(parsed));
}

export function parseDct(dct: string | undefined): Date | null {
  const date = readDocumentDate(dct);
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

/** The sentences, except that one ending on a clock time runs on into the next: the splitter keeps a zone or a day
 *  after "5 p.m." in the sentence, but ends it before a month ("5 p.m. Nov. 9" may be one time or two sentences). */
function joinClockTimes(doc: Doc): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of doc.sentences) {
    const last = out[out.length - 1];
    const sameParagraph = last && !/\n\s*\n/.test(doc.text.slice(last.end, s.start));
    if (last && sameParagraph && /\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.$/i.test(doc.text.slice(last.start, last.end).trimEnd())) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export function extractTimexes(doc: Doc): Timex[] {
  const dct = parseDct(doc.dct);
  const found: Timex[] = [];
  const clocks = new Set<Timex>();
  const anaphors = new Map<Timex, Anaphor>();
  for (const sentence of joinClockTimes(doc)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const c: Ctx = { dct, tense: 'present' };
    const taken: Array<[number, number]> = [];
    const candidates: Timex[] = [];
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        // "since April" fixes the direction whatever the verbs say; "until April" and "by April" look ahead, unless all
        // is told in the past.
        // A possessive names a thing, not a deadline: "wrecked by Friday's blast".
        const possessive = /^['\u2019]s\b/.test(text.slice(m.index + m[0].length));
        const attributive = /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && ATTRIBUTIVE_NOUN.test(text.slice(m.index + m[0].length));
        // So is a day something is set "for": "talks that Belgrade has offered for Monday".
        // (not a plan that was changed: "originally scheduled for Wednesday")
        const dayFor = !possessive && /^(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/.test(m[0]) && /\bfor\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\b(?:originally|initially|had\s+been)\s+\w+\s+for\s+$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
        const prep = possessive ? undefined : dayFor ? 'by' : /\b(since|until|till|by)\s+$/i.exec(text.slice(Math.max(0, m.index - 7), m.index))?.[1]?.toLowerCase();
        const deadline = prep === 'by' || prep === 'until' || prep === 'till' ? prep : undefined;
        const matchEnd = m.index + m[0].length;
        const tense = prep === 'since' || (deadline && doneBy(deadline, text, m.index, matchEnd)) ? 'past' : deadline ? 'future' : tenseAt(text, m.index, matchEnd);
        const made = rule.make(m, { ...c, tense, possessive, attributive });
        if (!made) continue;
        let start = m.index;
        let end = m.index + m[0].length;
        if (rule.group) {
          const g = m[rule.group];
          const off = m[0].indexOf(g);
          start = m.index + off;
          end = start + g.length;
        }
        // "on", "in", "since" and other prepositions are not part of the expression.
        const lead = /^(on|in|since|by|at|during|from|until|till|before|after|coming)\s+/i.exec(text.slice(start, end));
        // "at least" is the expression's own qualifier, not a preposition.
        if (lead && !/^coming/i.test(lead[1]) && !/^at\s+least\b/i.test(text.slice(start, end))) start += lead[0].length;
        const t = { start: sentence.start + start, end: sentence.start + end, ...made };
        if (rule.clock) clocks.add(t);
        const a = rule.anaphor?.(m);
        if (a) anaphors.set(t, a);
        candidates.push(t);
      }
    }
    // Longest match wins; earlier rules win ties.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
    const chosen: Timex[] = [];
    for (const t of candidates) {
      if (taken.some(([s, e]) => t.start < e && s < t.end)) continue;
      taken.push([t.start, t.end]);
      chosen.push(t);
    }
    for (const t of dateClockTimes(doc.text, chosen, clocks, anaphors)) found.push(Object.assign(t, { text: doc.text.slice(t.start, t.end) }));
  }
  found.sort((a, b) => a.start - b.start);
  resolveAnaphors(doc.text, found, anaphors, dct);
  // Then what a whole story says about its own expressions, in order (each mends the list in place).
  for (const pass of [yearEarlierThanNamed, yearAgoQuarters, alignRanges, nowadaysAgainstThen]) pass(doc.text, found);
  return found;
}

/** The given weekday on or after a day, as a story moves on: "On May 3 ... That Friday" (May 3, 1995 was a
 *  Wednesday) is May 5. */
function nextWeekday(day: string, weekday: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  return ymd(addDays(d, daysTo(d, weekday).ahead));
}

/** Anaphoric times count from the last time the story named at their grain: "On May 22, 1995, he was promoted, and
 *  the following year ..." is 1996; with nothing named before, they count from the story's date. */
function resolveAnaphors(text: string, timexes: Timex[], anaphors: Map<Timex, Anaphor>, dct: Date | null): Timex[] {
  const last: Partial<Record<'year' | 'month' | 'day' | 'period' | 'span', string>> = {};
  // the day of the time of day last named, and whether it was a night or an evening
  let lastClock: { day: string; night: boolean } | undefined;
  for (const t of timexes) {
    // "Two years later" is a span, but the story has moved on: "that year" after it is two years on.
    const moved = t.type === 'DURATION' && /^(\d+)([YMWD])$/.exec(t.value?.slice(1) ?? '');
    const direction = moved && /^\s+(?:(later|afterwards?)|(earlier|before))\b/i.exec(text.slice(t.end, t.end + 12));
    if (moved && direction) {
      const n = Number(moved[1]) * (direction[1] ? 1 : -1);
      const code = moved[2];
      if (code === 'Y') {
        const plus = (v: string) => `${Number(v.slice(0, 4)) + n}${v.slice(4)}`;
        if (last.year) last.year = plus(last.year);
        if (last.month) last.month = plus(last.month);
        delete last.day; // years on, the day is not known ("that afternoon" is the story's again)
      } else if (code === 'M' && last.month) {
        last.month = countFrom(last.month, 'month', n);
        last.year = last.month.slice(0, 4);
        delete last.day;
      } else if ((code === 'W' || code === 'D') && last.day) {
        last.day = countFrom(last.day, 'day', code === 'W' ? 7 * n : n);
        last.month = last.day.slice(0, 7);
        last.year = last.day.slice(0, 4);
      }
      continue;
    }
    const a = anaphors.get(t);
    if (a) {
      const grain = a.unit === 'week' ? 'day' : a.unit;
      const anchor = (a.clock && dct ? clockAnchor(lastClock, a.part, dct) : last[grain]) ?? (dct ? (grain === 'year' ? String(dct.getUTCFullYear()) : grain === 'month' ? ymd(dct).slice(0, 7) : ymd(dct)) : null);
      t.value = anchor ? countFrom(anchor, a.unit, a.by) : a.unit === 'day' ? 'XXXX-XX-XX' : 'XXXX';
      if (a.yearBack && last.span) Object.assign(t, { type: 'DURATION', value: last.span }); // after "the first nine months": those months
      else if (a.yearBack && last.period) t.value = `${Number(last.period.slice(0, 4)) - 1}${last.period.slice(4)}`;
      if (a.inYear) t.value = `${a.inYear}${last.period?.slice(4) ?? ''}`;
      if (a.named) t.value = namedInYear(a.named, last.month ?? last.year ?? (dct ? ymd(dct).slice(0, 7) : undefined));
      if (a.weekday !== undefined) t.value = last.day ? nextWeekday(last.day, a.weekday) : `XXXX-WXX-${a.weekday || 7}`;
      if (a.part) t.value += a.part;
    }
    const v = (t.type === 'DATE' || t.type === 'TIME') && t.value ? t.value : '';
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) last.day = v.slice(0, 10);
    // (a UTC restatement in parentheses repeats the local time, whose day is the story's)
    if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !(IS_UTC.test(t.text ?? '') && /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)))) lastClock = { day: v.slice(0, 10), night: /T(?:NI|EV|2[0-4]:)/.test(v) };
    if (/^\d{4}-\d{2}/.test(v)) last.month = v.slice(0, 7);
    if (/^\d{4}(?!\d)/.test(v)) last.year = v.slice(0, 4);
    if (t.type === 'DATE' && /^\d{4}-(?:\d{2}|Q[1-4]|H[12])$/.test(v) && !a) [last.period, last.span] = [v, undefined];
    // a span of months a year is reported in, "the first nine months", "January-September"
    if (t.type === 'DURATION' && /^P\d+M$/.test(t.value ?? '') && /^(?:the\s+first\b|January\b)/i.test(t.text ?? '')) last.span = t.value;
  }
  return timexes;
}

/** The day of a clock time with no day of its own: that of the time of day named before it, the next one for a
 *  daytime hour after a night gone by ("rose last night, but eased back by 0830 GMT"; after "tonight" it is today's),
 *  else the story's day. */
function clockAnchor(lastClock: { day: string; night: boolean } | undefined, part: string | undefined, dct: Date): string {
  if (!lastClock) return ymd(dct);
  const morningAfter = lastClock.night && lastClock.day < ymd(dct) && /^T(?:0\d|1[0-7]):/.test(part ?? '');
  return morningAfter ? countFrom(lastClock.day, 'day', 1) : lastClock.day;
}

/** A month or season named against the time last named: "that fall" after August 1990 is 1990-FA, "the following
 *  January" 1991-01, "the previous March" 1990-03; a month after an anchor of a year alone is that year's next. */
function namedInYear(named: NonNullable<Anaphor['named']>, anchor: string | undefined): string {
  if (!anchor) return named.month ? `XXXX-${pad(named.month)}` : `XXXX-${named.season}`;
  const year = Number(anchor.slice(0, 4));
  const anchorMonth = anchor.length > 4 ? Number(anchor.slice(5, 7)) : named.dir > 0 ? 12 : 1;
  if (named.season) return `${year + named.dir}-${named.season}`;
  const month = named.month!;
  const y = named.dir > 0 ? (month > anchorMonth ? year : year + 1) : named.dir < 0 ? (month < anchorMonth ? year : year - 1) : year;
  return `${y}-${pad(month)}`;
}

/** The period `by` units from an anchor ("1995-05-22", "1995-05" or "1995"). */
function countFrom(anchor: string, unit: Unit, by: number): string {
  const [y, mo = 1, d = 1] = anchor.split('-').map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  const c: Ctx = { dct: date, tense: 'present' };
  return shift(c, unit, by) ?? 'XXXX';
}

const COMPARED_WITH = /\b(?:from|than|against|versus|vs\.?|with)\s+[^,;]*?\d[^,;]*?(?:\s+(?:late|early|on))?\s+$/i;

/** A clock time takes the day its sentence names: "flew Tuesday ... landing at 18:00 UTC" is Tuesday's 18:00, and
 *  written just before the day ("12:00 UTC Monday", "16:00 UTC today") the two are one expression. */
function dateClockTimes(text: string, chosen: Timex[], clocks: Set<Timex>, anaphors: Map<Timex, Anaphor>): Timex[] {
  const sorted = [...chosen].sort((a, b) => a.start - b.start);
  if (!sorted.some((t) => clocks.has(t))) return localAndUniversal(text, sorted, anaphors);
  // (not a day a figure is compared with: "125.70 yen at 5 p.m., up from 125.10 yen late Friday")
  const named = sorted.filter((t) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value ?? ''));
  const days = named.filter((t) => !COMPARED_WITH.test(text.slice(Math.max(0, t.start - 60), t.start)));
  // (nor the far end of a span after it: "opened at 9 a.m. and will run until March 15")
  const endsAfter = (clock: Timex) => (d: Timex) => d.start > clock.end && /\b(?:until|till|through|to)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start));
  const out: Timex[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i];
    if (!clocks.has(t)) {
      out.push(t);
      continue;
    }
    const next = sorted[i + 1];
    const adjacent = next && /^[\s,]*(?:on\s+)?$/i.test(text.slice(t.end, next.start));
    // The day after a clock time and its GMT is both's: "extended to 3 p.m. (1400 GMT) Tuesday".
    const afterUtc = next && UTC_AFTER_LOCAL.test(text.slice(t.end, next.start)) && sorted[i + 2];
    if (afterUtc && named.includes(afterUtc) && /^\s*\)[\s,]*(?:on\s+)?$/.test(text.slice(next.end, afterUtc.start))) {
      out.push({ ...t, value: `${afterUtc.value}${t.value!.slice(10)}` });
    } else if (adjacent && named.includes(next)) {
      out.push({ ...t, end: next.end, value: `${next.value}${t.value!.slice(10)}` });
      i++;
    } else if (adjacent && next.type === 'TIME' && /^\d{4}-\d\d-\d\dT[A-Z]{2}$/.test(next.value ?? '')) {
      out.push({ ...t, value: `${next.value!.slice(0, 10)}${t.value!.slice(10)}` }); // "at 6am on Sunday morning": two expressions, one day
    } else if (days.length && days.every((d) => d.value === days[0].value) && !days.some(endsAfter(t))) {
      out.push({ ...t, value: `${days[0].value}${t.value!.slice(10)}` });
    } else {
      // The day of the other end of its span: "open at 7 a.m. and close at 5 p.m. Monday", "between 3 p.m. and 7 p.m. Wednesday"
      const endDay = next && spanEndDay(text, t, next, sorted[i + 2], clocks, named);
      if (endDay) {
        out.push({ ...t, value: `${endDay}${t.value!.slice(10)}` });
        continue;
      }
      // A day named earlier in its sentence: "closed on Saturday, from midnight to 6 a.m."
      const before = days.filter((d) => d.end <= t.start).pop();
      if (before) {
        out.push({ ...t, value: `${before.value}${t.value!.slice(10)}` });
        continue;
      }
      // None: the day of the time of day named before it ("...began at 6:29 a.m. Thursday. Around 6:40 a.m., ..."), or else
      // the story's own day, not a day some clause named in passing ("three weeks ago, killing 80. The crowd dispersed
      // by 3 p.m.").
      const floating = { ...t };
      anaphors.set(floating, { unit: 'day', by: 0, part: t.value!.slice(10), clock: true });
      out.push(floating);
    }
  }
  return localAndUniversal(text, out, anaphors);
}

/** The day of the far end of a span of clock times, when it names one: "open at 7 a.m. and close at 5 p.m. Monday" (read
 *  as one expression, or as a clock and its day). */
function spanEndDay(text: string, clock: Timex, next: Timex, afterNext: Timex | undefined, clocks: Set<Timex>, named: Timex[]): string | undefined {
  if (!/^[\s,]*(?:and|to|until|till|through|-|\u2013)\s+(?:[a-z]+\s+){0,2}(?:at\s+)?$/i.test(text.slice(clock.end, next.start))) return undefined;
  if (/^\d{4}-\d\d-\d\dT\d/.test(next.value ?? '') && /day\b/i.test(text.slice(next.start, next.end))) return next.value!.slice(0, 10);
  if (clocks.has(next) && afterNext && named.includes(afterNext) && /^[\s,]*(?:on\s+)?$/.test(text.slice(next.end, afterNext.start))) return afterNext.value;
  return undefined;
}

/** A UTC restatement in parentheses: UTC_AFTER_LOCAL is what lies between the local time and it. */
const UTC_AFTER_LOCAL = /^\s*(?:local\s+time\s*)?\(\s*(?:about\s+|around\s+)?$/i;
const IS_UTC = /\b(?:GMT|UTC)\b|\d{4}Z\b/;

/** "struck at 1:47 a.m. (1747 GMT Monday)": local and universal time name one moment, so their days differ when the
 *  clocks straddle midnight. The local day is the GMT day moved by the zone's offset (within -12 and +14 hours); a
 *  GMT time with no day of its own takes the local time's. */
function localAndUniversal(text: string, timexes: Timex[], anaphors: Map<Timex, Anaphor>): Timex[] {
  const clock = (t: Timex) => /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(t.value ?? '');
  for (let i = 0; i + 1 < timexes.length; i++) {
    const [local, utc] = [timexes[i], timexes[i + 1]];
    const [l, u] = [clock(local), clock(utc)];
    if (!l || !u || !IS_UTC.test(text.slice(utc.start, utc.end)) || !UTC_AFTER_LOCAL.test(text.slice(local.end, utc.start))) continue;
    const offset = (Number(l[2]) * 60 + Number(l[3]) - (Number(u[2]) * 60 + Number(u[3]))) / 60;
    const dayShift = offset <= -12 ? 1 : offset > 14 ? -1 : 0;
    const utcHasItsDay = /(?:GMT|UTC)\W+\w/.test(text.slice(utc.start, utc.end)); // "1747 GMT Monday"
    if (utcHasItsDay) {
      // Its weekday is the one beside the day the sentence tells of: "a vigil tonight, with a moment of silence at
      // 10:31 p.m. (0131 GMT Friday)" on a Thursday is tomorrow's Friday, not last week's.
      const told = timexes.find((x) => /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i.test(text.slice(x.start, x.end)));
      if (told && /^\d{4}-\d\d-\d\d/.test(told.value ?? '')) {
        const weekday = parseDct(u[1])!.getUTCDay();
        const near = [-1, 0, 1].map((by) => countFrom(told.value!.slice(0, 10), 'day', by)).find((d) => parseDct(d)!.getUTCDay() === weekday);
        if (near) utc.value = `${near}${utc.value!.slice(10)}`;
      }
      local.value = `${countFrom(utc.value!.slice(0, 10), 'day', dayShift)}${local.value!.slice(10)}`;
      anaphors.delete(local);
    } else if (!anaphors.has(local)) {
      utc.value = `${countFrom(l[1], 'day', -dayShift)}${utc.value!.slice(10)}`;
      anaphors.delete(utc);
    }
  }
  return timexes;
}

/** A month or a day of one with no year: "December 31", "June" (not "last April"). */
const BARE_DATE = new RegExp(`^${MONTH_RE}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?$`);

/** The ends of a range lie in order: "from September 30, 1987, to December 31" ends in 1987, and "between March 25
 *  and June 25" in a past-tense sentence does not run backwards. The second end, with no year written, takes the
 *  first's. */
function alignRanges(text: string, timexes: Timex[]): Timex[] {
  const calendar = (t: Timex) => (t.type === 'DATE' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(t.value ?? '') ? t.value! : null);
  const written = (t: Timex) => /\b\d{4}\b|['\u2019]\d\d\b/.test(t.text ?? '');
  const bare = (t: Timex) => BARE_DATE.test(t.text ?? '');
  const withYear = (value: string, year: number) => `${year}${value.slice(4)}`;
  for (let i = 0; i + 1 < timexes.length; i++) {
    const [a, b] = [timexes[i], timexes[i + 1]];
    const [from, to] = [calendar(a), calendar(b)];
    // The second end is mended when it is a bare month or day; a first end with no year of its own must be bare too.
    const firstWritten = written(a);
    if (!from || !to || written(b) || !bare(b) || (!firstWritten && !bare(a))) continue;
    // "July-December" is a range; "March 11 - Jan 31 end" is a dateline and the story.
    const link = /^(?:\s*,?\s*(to|through|until|till|and)\s+|(-|\u2013))$/i.exec(text.slice(a.end, b.start));
    const opened = /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start));
    if (!link || (link[1]?.toLowerCase() === 'and' && !opened)) continue;
    if (!firstWritten && !(opened && link[1])) continue; // "the 1986/87 October-September season" is no calendar range
    const year = Number(from.slice(0, 4));
    b.value = withYear(to, withYear(to, year) < from ? year + 1 : year);
  }
  return timexes;
}

/** "a year earlier" compares with the month or year its sentence named before it: "Retail prices in November were
 *  2.9 percent lower than a year earlier" is the November before, "Exports last year fell from a year earlier" the
 *  year before last. */
function yearEarlierThanNamed(text: string, timexes: Timex[]): Timex[] {
  for (let i = 1; i < timexes.length; i++) {
    const t = timexes[i];
    if (!/^(?:a|one)[\s-]+year[\s-]+(?:earlier|before)$/i.test(t.text ?? '')) continue;
    const named = timexes[i - 1];
    // (Not one of a list of comparisons, "up from 1.82 mln in January and 1.64 mln a year earlier", which all compare
    // with the month the sentence is about; nor another comparison.)
    const between = text.slice(named.end, t.start);
    if (named.type !== 'DATE' || !/^\d{4}(?:-\d{2})?$/.test(named.value ?? '') || /[.!?]\s+[A-Z]|\band\b/.test(between) || /year[\s-]+(?:earlier|before|ago)/i.test(named.text ?? '')) continue;
    t.value = `${Number(named.value!.slice(0, 4)) - 1}${named.value!.slice(4)}`;
  }
  return timexes;
}

/** In a story about a quarter's results, "a year ago" and "a year earlier" compare with that quarter a year
 *  before: after "the third quarter" (1989-Q3), "up from $10 million a year ago" is 1988-Q3; so does "last year"
 *  after a figure it is compared with ("compared with a loss of $3 million last year"). */
function yearAgoQuarters(text: string, timexes: Timex[]): Timex[] {
  let quarter: RegExpMatchArray | null = null;
  for (const t of timexes) {
    const q = t.type === 'DATE' ? /^(\d{4})-Q([1-4])$/.exec(t.value ?? '') : null;
    if (q) quarter = q;
    else if (
      quarter &&
      t.value === String(Number(quarter[1]) - 1) &&
      (/^(?:a|one)[\s-]+year[\s-]+(?:ago|earlier|before)$/i.test(t.text ?? '') ||
        (/^last year$/i.test(t.text ?? '') && /\b(?:compared with|from|versus)\s+[^.;]{0,40}\d[^.;]{0,30}$/i.test(text.slice(Math.max(0, t.start - 80), t.start))))
    ) {
      t.value = `${Number(quarter[1]) - 1}-Q${quarter[2]}`;
    }
  }
  return timexes;
}
