// The dateline fact: where and when the story was filed and by whom, with the place resolved in the gazetteer.
// The same reader as the formats use (src/formats/dateline.ts), here on the text the extractors see.
import type { Doc } from '../text/types.ts';
import type { DatelineFact } from './types.ts';
import { matchDateline } from '../formats/dateline.ts';
import { lookupPlace } from '../knowledge/gazetteer.ts';
import { parseDct } from './timex.ts';

export function extractDateline(doc: Doc): DatelineFact | undefined {
  const year = parseDct(doc.dct)?.getUTCFullYear();
  // A header line ("News Flash", a headline) may come first: look at the first few paragraphs.
  for (const p of doc.paragraphs.slice(0, 3)) {
    const m = matchDateline(doc.text.slice(p.start, p.end), year);
    if (!m) continue;
    const d = m.dateline;
    const fact: DatelineFact = { start: p.start, end: p.start + d.text.length };
    if (d.place) {
      const place = lookupPlace(d.place);
      fact.place = place?.name ?? d.place;
      if (place) Object.assign(fact, { country: place.country, lat: place.lat, lon: place.lon });
    }
    if (d.date) fact.date = d.date;
    if (d.sources) fact.sources = d.sources;
    return fact;
  }
  // A format that keeps the dateline apart (NewsML-G2, NITF) leaves the place alone on the first line: "Lima".
  const first = doc.paragraphs[0];
  const line = first && doc.paragraphs.length > 1 ? doc.text.slice(first.start, first.end).trim() : '';
  const place = /^\p{Lu}[\p{L} .'-]{1,40}$/u.test(line) ? lookupPlace(line) : undefined;
  if (!place) return undefined;
  const start = first.start + doc.text.slice(first.start, first.end).indexOf(line);
  return { start, end: start + line.length, place: place.name, country: place.country, lat: place.lat, lon: place.lon };
}
