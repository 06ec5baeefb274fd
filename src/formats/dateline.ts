// The dateline as wires write it at the head of a story: "BAGHDAD, Jan 27, 2024 (BSS/AFP) - ",
// "SALVADOR, Feb 26 - ", "BUENOS AIRES, Argentina (AP) _ ", "Berlin (dpa) - ", "CHENNAI, June 17: ". Shared by every
// text format.
import type { Dateline } from '../item/types.ts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// PLACE[, Region], [Month Day[, Year] [AGENCY]] [(AGENCY[/AGENCY])] dash
const DATELINE = new RegExp(
  '^\\s*' +
    "([A-Z][A-Za-z\\u00C0-\\u024F.'\\- ]{1,40}?(?:, [A-Z][A-Za-z\\u00C0-\\u024F.' ]{1,30}?)?)" + // place (and region or country)
    `(?:,\\s+${MONTH}\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?(?:\\s+([A-Z]{2,5}))?)?` + // date, then maybe AAP's bare agency ("Nov 26 AFP")
    '\\s*(?:\\(([A-Za-z][\\w&.\\- ]{0,40}(?:/[\\w&.\\- ]{1,40})*)\\))?' + // agency chain
    '(?:\\s+(?:-{1,2}|\\u2013|\\u2014|_)|\\.-|\\s*(:))\\s+', // the colon of Indian papers: "KOLKATA:", "CHENNAI, June 17:"
);
/** Words a story may open with in capitals before a colon that are no place. */
const NOT_A_PLACE = /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|NOTE|CORRECTION|CORRECTED|CLARIFICATION|ADVISORY|URGENT|FLASH|BULLETIN|EDITORS?|EDS|ATTENTION|WARNING|EXCLUSIVE|ANALYSIS|INTERVIEW|FACTBOX|FEATURE|OPINION|EDITORIAL|COMMENT|PHOTO|VIDEO|LIVE|WATCH|READ|ALSO|TIMELINE|BACKGROUND|RECAP|PREVIEW|Q&A|NEW|SOURCE|SOURCES|BYLINE|DATELINE|HEADLINE|SUMMARY|TOPIC|TAGS?)$/;

// ANSA writes the agency first: "(ANSA) - Rome, October 11 - ", "(ANSA) - ROMA, 1 LUG - " (an Italian month).
const AGENCY_FIRST = new RegExp(
  '^\\s*\\(([A-Za-z][\\w&.\\- ]{0,20})\\)\\s+-\\s+' + // agency
    "([A-Z][A-Za-z\\u00C0-\\u024F.'\\- ]{1,40}?)" + // place
    `,\\s+(?:${MONTH}\\s+(\\d{1,2})|\\d{1,2}\\s+[A-Za-z]{3,9}\\.?)` + // English month and day, or day and month
    '\\s+-\\s+',
);

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the matched dateline including its dash and following space. */
  length: number;
  /** Whether it names a month and day, with a year or not ("CHENNAI, Aug 7:"). */
  dated: boolean;
}

/**
 * Finds a dateline at the start of a paragraph. `year` fills in a date without one (Reuters-21578 datelines
 * have none; the year is in the item's DATE). A place must be written in capitals or carry an agency or a date,
 * so that an ordinary sentence opening with "However - " is never taken for a dateline.
 */
export function matchDateline(text: string, year?: number): DatelineMatch | null {
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m) return matchAgencyFirst(text, year);
  const [whole, rawPlace, month, day, yearText, bare, chain, colon] = m;
  const agencies = chain ?? bare;
  const place = rawPlace.trim();
  const town = place.split(',')[0].trim(); // the place itself, without its region or country
  const shouting = town === town.toUpperCase();
  if (!shouting && !agencies && !month) return null;
  // Before a colon only a place in capitals of a few words is a dateline: not "Note:", "UPDATE:" nor "Analysts said:".
  if (colon && (!shouting || NOT_A_PLACE.test(town) || town.split(/\s+/).length > 3)) return null;
  if (!month && !agencies && place.split(' ').length > 4) return null;
  const dateline: Dateline = { text: whole.replace(/\s*(?:-{1,2}|\u2013|\u2014|_|\.-|:)\s*$/, '').trim(), place: titleCase(town) };
  if (month) {
    const y = yearText ? Number(yearText) : year;
    const mo = MONTHS[month.slice(0, 3).toLowerCase()];
    if (y && mo) dateline.date = `${y}-${String(mo).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`;
  }
  if (agencies) dateline.sources = agencies.split('/').map((s) => s.trim()).filter(Boolean);
  return { dateline, length: whole.length, dated: !!month };
}

function matchAgencyFirst(text: string, year?: number): DatelineMatch | null {
  const m = AGENCY_FIRST.exec(text.slice(0, 160));
  if (!m) return null;
  const [whole, agency, place, month, day] = m;
  const dateline: Dateline = { text: whole.replace(/\s+-\s+$/, '').trim(), place: titleCase(place.trim()), sources: [agency.trim()] };
  const mo = month ? MONTHS[month.slice(0, 3).toLowerCase()] : undefined;
  if (year && mo) dateline.date = `${year}-${String(mo).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`;
  return { dateline, length: whole.length, dated: true };
}

/** "BAGHDAD" → "Baghdad", "NEW YORK" → "New York", "BUENOS AIRES" → "Buenos Aires"; mixed case is kept. */
export function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s\-'.])([a-z\u00E0-\u024F])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
