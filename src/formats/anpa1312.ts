// ANPA-1312 (the American newspaper wire standard, as AP still sends it): SYN SYN SOH, selector and sequence,
// a header line "r z BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500" (priority, category, keyword and
// version, date, word count), then STX, "^"-lines (slug, headline, notes, byline), indented paragraphs,
// and ETX with the transmission stamp "AP-WF-02-20-16 0337GMT". One file may hold several stories.
import type { FormatModule, ParseInput } from './types.ts';
import type { Item, ParseFailure } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { matchDateline } from './dateline.ts';
import { unwrapParagraphs } from './unwrap.ts';

/** ANPA priority codes to ninjs urgency: flash, bulletin, urgent, (s)pecial, routine, deferred. */
const PRIORITY: Record<string, number> = { f: 1, b: 2, u: 3, s: 4, r: 5, d: 6, a: 5 };
const HEADER = /^([a-z])\s([a-z]{1,2})[\x11-\x14]*\s*(\S+)\s*(.*?)\s+(\d{2})-(\d{2})(?:\s+(\d{4}))?\s*$/;
const STAMP = /([A-Z]{2,})-[A-Z]+-(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})GMT/;

/** "1stLd-Writethru" is the second version of a story; "2ndLd" the third. */
function versionOf(words: string): number {
  const m = words.match(/(\d+)(?:st|nd|rd|th)\s*Ld/i);
  if (m) return Number(m[1]) + 1;
  return /writethru|corrects?|sub\b/i.test(words) ? 2 : 1;
}

function parseStory(raw: string, source: string | undefined): Item {
  const text = raw.replace(/\r/g, '');
  const lines = text.split('\n');
  const headerIndex = lines.findIndex((l) => HEADER.test(l.replace(/[\x00-\x08\x0e-\x10\x15-\x1f]/g, '')));
  if (headerIndex < 0) throw Object.assign(new Error('no ANPA header line ("r a BC-SLUG   MM-DD NNNN") after SOH'), { code: 'ANPA_NO_HEADER', line: 1 });
  const h = HEADER.exec(lines[headerIndex].replace(/[\x00-\x08\x0e-\x10\x15-\x1f]/g, ''))!;
  const [, priority, category, keyword, versionWords, month, day, wordCount] = h;
  const stx = text.indexOf('\x02');
  const etx = text.indexOf('\x03', stx);
  const bodyText = text.slice(stx >= 0 ? stx + 1 : 0, etx >= 0 ? etx : undefined);
  const stamp = STAMP.exec(text.slice(etx >= 0 ? etx : 0));
  const caretLines: string[] = [];
  const bodyLines: string[] = [];
  // "^" lines before the first paragraph are the head block; later ones (tables, "^END") belong to the body.
  for (const line of bodyText.split('\n')) {
    const clean = line.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
    if (clean.startsWith('^') && !bodyLines.some((l) => l.trim())) caretLines.push(clean.slice(1).replace(/[<=]\s*$/, '').trim());
    // A "^" line inside the body is a heading ("NATIONAL LEAGUE=", "Sunday's Games="): a paragraph of its own.
    else if (clean.startsWith('^')) bodyLines.push('', clean.slice(1).replace(/[<=]\s*$/, '').trim(), '');
    else bodyLines.push(clean.replace(/[<=]\s*$/, '').replace(/\s+$/, ''));
    // A line opened by BS is a row of an agate table (standings, results): a paragraph of its own.
    if (line.startsWith('\x08')) bodyLines.push('');
  }
  // "^" lines: the slug line first ("BC-BKN--Heat-Hawks, 1st Ld-Writethru,416"), then headline, notes, byline.
  const [, ...rest] = caretLines;
  const byIndex = rest.findIndex((l) => /^By\s/.test(l));
  const notes = rest.filter((l) => /^(Eds|EDITOR'S NOTE|AP Photo|AP Video)\b/i.test(l));
  const headline = rest.find((l, i) => i !== byIndex && !notes.includes(l) && l.length > 0 && i < (byIndex < 0 ? rest.length : byIndex));
  let paragraphs = unwrapParagraphs(bodyLines, { sentenceEnds: false }).filter((p) => p !== '___');
  // A digest (AP Top Entertainment News) has no indented body: its "^" lines after the headline are the text.
  if (paragraphs.length === 0) paragraphs = rest.filter((l, i) => l && l !== headline && i !== byIndex && !notes.includes(l));
  const dl = paragraphs[0] ? matchDateline(paragraphs[0]) : null;
  const year = stamp ? 2000 + Number(stamp[4]) : undefined;
  const versionCreated = stamp ? `${year}-${stamp[2]}-${stamp[3]}T${stamp[5]}:${stamp[6]}:00Z` : undefined;
  const agency = stamp?.[1];
  return buildItem({
    format: 'anpa1312',
    source,
    // The keyword names the story across its takes and leads; with its date it is the story's id.
    agencyId: `urn:anpa:${(agency ?? 'wire').toLowerCase()}:${year ?? 'x'}-${month}-${day}:${keyword}`,
    version: versionOf(versionWords),
    versionCreated,
    urgency: PRIORITY[priority] ?? 5,
    headline: headline ?? keyword,
    slugline: keyword,
    by: byIndex >= 0 ? rest[byIndex] : undefined,
    dateline: dl ? { ...dl.dateline, date: dl.dateline.date ?? (year ? `${year}-${month}-${day}` : undefined) } : undefined,
    paragraphs,
    edNote: notes.length ? notes.join(' ') : undefined,
    infoSources: agency ? [{ name: agency, role: 'originator' }] : undefined,
    wire: { priority, category, keyword, ...(versionWords ? { take: versionWords } : {}), ...(wordCount ? { words: Number(wordCount) } : {}) },
  });
}

export const anpa1312: FormatModule = {
  name: 'anpa1312',
  detect({ text }: ParseInput): number {
    const head = text.slice(0, 600);
    return /\x01/.test(head) && /^[a-z]\s[a-z]{1,2}[\x11-\x14]*\s*\S+.*\d{2}-\d{2}(\s+\d{4})?\s*\r?$/m.test(head) ? 0.95 : 0;
  },
  parse({ text, bytes, source }: ParseInput) {
    const items: Item[] = [];
    const failures: ParseFailure[] = [];
    // Stories are separated by EOT (end of transmission); each begins with SOH.
    const stories = text.split('\x04').filter((s) => s.includes('\x01'));
    let line = 1;
    stories.forEach((story, index) => {
      try {
        items.push(parseStory(story.slice(story.indexOf('\x01')), source));
      } catch (err) {
        const e = err as { code?: string; message: string };
        failures.push({ code: e.code ?? 'ANPA_MALFORMED', message: e.message, raw: bytes, position: { index, line } });
      }
      line += story.split('\n').length - 1;
    });
    return { items, failures };
  },
};
