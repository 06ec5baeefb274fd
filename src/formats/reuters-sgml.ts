// The Reuters-21578 SGML container: one <REUTERS> element per 1987 wire story, with DATE, TITLE, DATELINE
// ("SALVADOR, Feb 26 - ", the year is in DATE), BODY (paragraphs open with an indent, the story ends with
// "Reuter" and ETX), category lists, and the original ANPA header line in UNKNOWN. A broken element becomes
// one failure with its index and line; the rest of the file still comes out.
import type { FormatModule, ParseInput } from './types.ts';
import type { Item, ParseFailure } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { matchDateline } from './dateline.ts';
import { unwrapParagraphs } from './unwrap.ts';
import { decodeEntities } from './html.ts';

const MONTHS: Record<string, string> = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };
const PRIORITY: Record<string, number> = { f: 1, b: 2, u: 3, s: 4, r: 5, d: 6 };

function tag(block: string, name: string): string | undefined {
  const open = block.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const start = block.indexOf('>', open) + 1;
  const end = block.indexOf(`</${name}>`, start);
  return end < 0 ? undefined : block.slice(start, end);
}

function list(block: string, name: string): string[] {
  const inner = tag(block, name);
  if (!inner) return [];
  return [...inner.matchAll(/<D>(.*?)<\/D>/g)].map((m) => m[1]);
}

/** SGML character references (&#3; &#22; ...) are wire control codes: dropped; &lt; &amp; decoded. */
function clean(s: string): string {
  return decodeEntities(s.replace(/&#(\d+);/g, (m, n: string) => (Number(n) < 32 ? '' : m)));
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01Z"; a garbled time (one item has "605:12:19") keeps the day. */
function isoDate(date: string | undefined): string | undefined {
  const m = date?.trim().match(/^(\d{1,2})-([A-Z]{3})-(\d{4})(?:\s+(\d{2}):(\d{2}):(\d{2})(?!\d))?/);
  if (!m || !MONTHS[m[2]]) return undefined;
  const day = `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}`;
  return m[4] ? `${day}T${m[4]}:${m[5]}:${m[6]}Z` : `${day}T00:00:00Z`;
}

function toItem(block: string, source: string | undefined): Item {
  const newId = block.match(/NEWID="(\d+)"/)?.[1];
  if (!newId) throw Object.assign(new Error('<REUTERS> element without a NEWID attribute'), { code: 'SGML_MALFORMED' });
  const versionCreated = isoDate(tag(block, 'DATE'));
  if (!versionCreated) throw Object.assign(new Error(`item ${newId}: DATE is missing or not like 26-FEB-1987 15:01:01.79`), { code: 'SGML_MALFORMED' });
  const year = Number(versionCreated.slice(0, 4));
  const text = tag(block, 'TEXT') ?? '';
  const title = clean(tag(text, 'TITLE') ?? '').replace(/\s+/g, ' ').trim();
  const datelineRaw = clean(tag(text, 'DATELINE') ?? '');
  const typeUnproc = /<TEXT[^>]*TYPE="UNPROC"/.test(block);
  let body = tag(text, 'BODY') ?? (typeUnproc ? text : '');
  body = clean(body).replace(/\s*Reuter\s*$/, '').replace(/\s*REUTER\s*$/, '');
  const paragraphs = unwrapParagraphs(body.split('\n'), { sentenceEnds: false });
  const dl = datelineRaw.trim() ? matchDateline(`${datelineRaw.trim()} `, year) ?? matchDateline(`${datelineRaw.trim()} - `, year) : null;
  if (dl && paragraphs.length) paragraphs[0] = `${datelineRaw.trim()} ${paragraphs[0]}`;
  // UNKNOWN keeps the ANPA header: "u f BC-BAHIA-COCOA-REVIEW   02-26 0105".
  const anpa = clean(tag(block, 'UNKNOWN') ?? '').match(/^\s*([a-z])\s+([a-z]{1,2})\s+(\S+)\s+\d{2}-\d{2}\s+(\d{4})/m);
  const places = list(block, 'PLACES');
  const topics = list(block, 'TOPICS');
  return buildItem({
    format: 'reuters-sgml',
    source,
    agencyId: `urn:reuters21578:${newId}`,
    versionCreated,
    urgency: anpa ? (PRIORITY[anpa[1]] ?? 5) : undefined,
    headline: title || undefined,
    slugline: anpa?.[3],
    language: 'en',
    dateline: dl?.dateline,
    paragraphs,
    infoSources: [{ name: 'Reuters', role: 'originator' }],
    subjects: [...topics.map((t) => ({ name: t, uri: `reuters21578:topic:${t}` })), ...places.map((p) => ({ name: p, uri: `reuters21578:place:${p}` }))],
    wire: anpa ? { priority: anpa[1], category: anpa[2], keyword: anpa[3], words: Number(anpa[4]) } : undefined,
  });
}

export const reutersSgml: FormatModule = {
  name: 'reuters-sgml',
  detect({ text }: ParseInput): number {
    return /^<REUTERS\s+\w+="/m.test(text.slice(0, 2048)) ? 0.99 : 0;
  },
  parse({ text, bytes, source }: ParseInput) {
    const items: Item[] = [];
    const failures: ParseFailure[] = [];
    let pos = 0;
    let line = 1;
    let index = 0;
    for (;;) {
      const start = text.indexOf('<REUTERS', pos);
      if (start < 0) break;
      for (let i = pos; i < start; i++) if (text.charCodeAt(i) === 10) line++;
      const end = text.indexOf('</REUTERS>', start);
      const next = text.indexOf('<REUTERS', start + 8);
      // An element left open (truncated file, or the next one starts first) is one failure, not the file's.
      const close = end < 0 || (next >= 0 && next < end) ? (next < 0 ? text.length : next) : end + '</REUTERS>'.length;
      const block = text.slice(start, close);
      try {
        if (end < 0 || (next >= 0 && next < end)) throw Object.assign(new Error('<REUTERS> element is not closed'), { code: 'SGML_MALFORMED' });
        items.push(toItem(block, source));
      } catch (err) {
        const e = err as { code?: string; message: string };
        failures.push({ code: e.code ?? 'SGML_MALFORMED', message: e.message, raw: new TextEncoder().encode(block), position: { index, line } });
      }
      pos = start;
      for (let i = pos; i < close; i++) if (text.charCodeAt(i) === 10) line++;
      pos = close;
      index++;
    }
    return { items, failures };
  },
};
