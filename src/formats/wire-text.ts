// Plain wire text, as agencies' text feeds and the seed story deliver it:
//
//   [Key: value lines — Slug, Version, Id, Urgency, Date, Headline, By, Language; or a bare Correction / Kill]
//   [a header line: "News Flash", "Flash", "Bulletin", "Urgent"]
//   [a headline line]
//   PLACE, Mon DD, YYYY (DIST/ORIG) - First paragraph, hard-wrapped at ~80 columns...
import type { FormatModule, ParseInput } from './types.ts';
import type { Dateline, PubStatus } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { matchDateline } from './dateline.ts';
import { unwrapParagraphs } from './unwrap.ts';
import { makeDoc } from '../text/doc.ts';

const HEADER_URGENCY: Record<string, number> = { 'news flash': 1, flash: 1, bulletin: 2, urgent: 3, 'news alert': 2, alert: 2 };
const KEY_LINE = /^(slug|version|id|uri|urgency|date|headline|by|language|status):\s*(.*)$/i;
const STATUS_LINE = /^(correction|corrected|kill|killed|withdrawn|withhold|withheld|advisory)(?:[:.!]\s*|\s+|$)(.*)$/i;

function firstLines(text: string, n: number): string[] {
  return text.split(/\r?\n/, n + 1).slice(0, n);
}

export const wireText: FormatModule = {
  name: 'wire-text',
  detect({ text }: ParseInput): number {
    if (/^\s*[<{]/.test(text)) return 0;
    // A dateline with an agency or a day makes wire text, a year or not: "CHENNAI, Aug 7: ", "NAIROBI, March 3 - ".
    return firstLines(text, 12).some((l) => {
      const m = matchDateline(l);
      return m && (m.dateline.sources || m.dated);
    })
      ? 0.8
      : 0;
  },
  parse({ text, source }: ParseInput) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const meta: Record<string, string> = {};
    let urgency: number | undefined;
    let pubStatus: PubStatus = 'usable';
    let status: string | undefined;
    let headline: string | undefined;
    let i = 0;
    // Header block: everything before the dateline line.
    for (; i < lines.length && i < 20; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      if (matchDateline(line)) break;
      const key = KEY_LINE.exec(line);
      const st = STATUS_LINE.exec(line);
      if (key) meta[key[1].toLowerCase()] = key[2].trim();
      else if (HEADER_URGENCY[line.toLowerCase()] !== undefined) urgency = HEADER_URGENCY[line.toLowerCase()];
      else if (st) status = st[1].toLowerCase() + (st[2] ? `: ${st[2]}` : '');
      else headline ??= line;
    }
    if (i >= lines.length || i >= 20) {
      throw Object.assign(new Error('no dateline found in the first 20 lines ("PLACE, Mon DD, YYYY (AGENCY) - ")'), { code: 'NO_DATELINE', line: 1 });
    }
    const first = matchDateline(lines[i].trim())!;
    const dateline: Dateline = first.dateline;
    const paragraphs = unwrapParagraphs([lines[i].trim().slice(first.length), ...lines.slice(i + 1)]);
    if (status?.startsWith('kill') || status?.startsWith('withdrawn')) pubStatus = 'canceled';
    else if (status?.startsWith('withh')) pubStatus = 'withheld';
    if (meta.status && ['usable', 'withheld', 'canceled'].includes(meta.status.toLowerCase())) pubStatus = meta.status.toLowerCase() as PubStatus;
    if (meta.urgency) urgency = Number(meta.urgency);
    const item = buildItem({
      format: 'wire-text',
      source,
      agencyId: meta.id ?? meta.uri,
      version: meta.version,
      versionCreated: meta.date ?? (dateline.date ? `${dateline.date}T00:00:00Z` : undefined),
      pubStatus,
      urgency,
      headline: meta.headline ?? headline ?? leadSentence(paragraphs[0] ?? ''),
      slugline: meta.slug,
      by: meta.by,
      language: meta.language ?? 'en',
      dateline,
      // The dateline stays at the head of the first paragraph, as the wire wrote it.
      paragraphs: paragraphs.length ? [`${lines[i].trim().slice(0, first.length)}${paragraphs[0]}`, ...paragraphs.slice(1)] : [],
      edNote: status ? status[0].toUpperCase() + status.slice(1) : undefined,
      wire: status ? { status } : undefined,
    });
    return { items: [item], failures: [] };
  },
};

/** A story without a headline line gets its first sentence as one (cut at a word, ~100 characters). */
function leadSentence(p: string): string {
  const s = p.replace(/^.*?\s(?:-{1,2}|\u2013|\u2014|_)\s/, '');
  // The reader's own sentence splitter knows "U.S.", "Gen." and "Jan." do not end a sentence.
  const first = makeDoc(s).sentences[0];
  const sentence = first ? s.slice(first.start, first.end).replace(/[.!?]$/, '') : s;
  if (sentence.length <= 110) return sentence;
  return sentence.slice(0, 100).replace(/\s+\S*$/, '') + '…';
}
