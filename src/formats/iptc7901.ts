// IPTC 7901 (the older international text standard, as dpa sends it): SOH and a header
// "eca062 4 i 211 ccccb   dpa 061" (service and number, priority 1-6, category, word count, source),
// a keyword line ("Germany-politics/"), STX, a head block that ends with " =" (markers such as "1ST LEAD",
// the headline, the byline), paragraphs separated by blank lines, ETX and a "DDHHMM GMT Mon DD" stamp.
import type { FormatModule, ParseInput } from './types.ts';
import { buildItem } from '../item/build.ts';
import { matchDateline } from './dateline.ts';
import { unwrapParagraphs } from './unwrap.ts';

const HEADER = /^\x01([a-z]{2,4})(\d{2,4})\s+(\d)\s+([a-z]{1,3})\s+(\d+)\s+(?:([a-z]+)\s+)?([\w-]+)\s+(\d+)/i;
/** The ETX stamp, day-hour-minute (GMT) and the month and day: "080630 GMT Oct 8", dpa's "071341 GMT Okt 15". */
const STAMP = /(\d{2})(\d{2})(\d{2})\s*(?:GMT\s+)?([A-Z][a-z\u00e4]{2})[a-z]*\.?\s+(\d{1,2})\b/;
const MONTHS = ['jan', 'feb', 'mar|m\u00e4r', 'apr', 'may|mai', 'jun', 'jul', 'aug', 'sep', 'oct|okt', 'nov', 'dec|dez'].map((m) => m.split('|'));
const MARKER = /^(\d+(?:ST|ND|RD|TH) LEAD|REFILE|URGENT|EXTRA|EILT|BLITZ|\(Achtung\)|CORRECTION|KORREKTUR|WITHDRAWAL)$/i;
/** What follows "* * * *" or a "# ... NOTEBOOK" heading is for editors, not for publication. */
const NOT_FOR_PUBLICATION = /^(\* \* \* \*|#+ .*(NOTEBOOK|contacts))/i;

export const iptc7901: FormatModule = {
  name: 'iptc7901',
  detect({ text }: ParseInput): number {
    return HEADER.test(text.slice(0, 200)) ? 0.95 : 0;
  },
  parse({ text, source }: ParseInput) {
    const t = text.replace(/\r/g, '');
    const h = HEADER.exec(t)!;
    const [, service, number, priority, category, words, , agency] = h;
    const stx = t.indexOf('\x02');
    if (stx < 0) throw Object.assign(new Error('no STX (start of text) after the IPTC 7901 header'), { code: 'IPTC7901_NO_TEXT', line: 1 });
    const keyword = t.slice(h[0].length, stx).replace(/[\x00-\x1f]/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean)[0];
    const etx = t.indexOf('\x03', stx);
    const lines = t.slice(stx + 1, etx >= 0 ? etx : undefined).replace(/[\x00-\x09\x0b-\x1f\x7f]/g, '').split('\n');
    const headEnd = lines.findIndex((l) => /=\s*$/.test(l));
    const head = lines.slice(0, headEnd + 1).map((l) => l.replace(/=\s*$/, '').trim()).filter(Boolean);
    const markers = head.filter((l) => MARKER.test(l));
    const by = head.find((l) => /^(By|Von)\s/.test(l));
    const headline = head.filter((l) => !markers.includes(l) && l !== by).join(' ');
    const body = lines.slice(headEnd + 1);
    const cut = body.findIndex((l) => NOT_FOR_PUBLICATION.test(l.trim()));
    const published = cut >= 0 ? body.slice(0, cut) : body;
    const paragraphs = unwrapParagraphs(published, { sentenceEnds: false }).filter((p) => !/^dpa( [a-z]{2,4})+$/.test(p));
    const lead = markers.map((m) => m.match(/^(\d+)/)?.[1]).find(Boolean);
    const dl = paragraphs[0] ? matchDateline(paragraphs[0]) : null;
    // The stamp has no year: kept as a yearless ISO time; ingest dates it by when the item arrived.
    const stamp = etx >= 0 ? STAMP.exec(t.slice(etx, etx + 80)) : null;
    const month = stamp ? MONTHS.findIndex((names) => names.includes(stamp[4].toLowerCase())) + 1 : 0;
    const sentAt = stamp && month ? `--${String(month).padStart(2, '0')}-${stamp[5].padStart(2, '0')}T${stamp[2]}:${stamp[3]}Z` : undefined;
    const item = buildItem({
      format: 'iptc7901',
      source,
      version: lead ? Number(lead) + 1 : 1,
      urgency: Number(priority),
      headline: headline || keyword,
      slugline: keyword?.replace(/\/$/, ''),
      by,
      dateline: dl?.dateline,
      paragraphs,
      edNote: [...markers, ...(cut >= 0 ? [body.slice(cut).join('\n').trim()] : [])].join('\n') || undefined,
      infoSources: [{ name: agency, role: 'originator' }],
      wire: { service, number, priority, category, words: Number(words), ...(sentAt ? { sentAt } : {}) },
    });
    return { items: [item], failures: [] };
  },
};
