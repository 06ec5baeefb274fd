// NITF 3.x (News Industry Text Format): head/docdata for ids, urgency and dates; body.head for headline,
// byline and dateline; body.content paragraphs.
import type { FormatModule, ParseInput } from './types.ts';
import type { Dateline, PubStatus } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { looksXml, parseXml, find, findAll, textOf, paragraphsOf, child, toXml, type XNode } from './xml.ts';
import { matchDateline, titleCase } from './dateline.ts';

export function nitfToItem(root: XNode, format: string, source: string | undefined) {
  const head = child(root, 'head');
  const docdata = find(head, 'docdata');
  const bodyHead = find(root, 'body.head');
  const content = find(root, 'body.content');
  const meta = Object.fromEntries(findAll(head, 'meta').map((m) => [m.attrs.name, m.attrs.content]));
  const paragraphs = paragraphsOf(content);
  const datelineNode = find(bodyHead, 'dateline');
  let dateline: Dateline | undefined;
  const first = paragraphs[0] ? matchDateline(paragraphs[0]) : null;
  if (first) dateline = first.dateline;
  else if (datelineNode) {
    // <dateline> may hold <location>/<city>, a bare place, or (EFE) only a <story.date>.
    const text = textOf({ ...datelineNode, children: datelineNode.children.filter((c) => c.name !== 'story.date') });
    const place = textOf(find(datelineNode, 'city')) || textOf(find(datelineNode, 'location')) || text.split(/,| \(| (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/)[0];
    if (text && place.trim()) dateline = { text, place: titleCase(place.trim()) };
  }
  const status = docdata?.attrs['management-status'];
  const urg = find(docdata, 'urgency')?.attrs['ed-urg'];
  const copyright = find(docdata, 'doc.copyright');
  const from = find(docdata, 'from-src')?.attrs['src-name'];
  return buildItem({
    format,
    source,
    agencyId: find(docdata, 'doc-id')?.attrs['id-string'],
    version: find(docdata, 'du-key')?.attrs.version ?? meta['anpa-takekey']?.match(/\d+/)?.[0],
    versionCreated: find(docdata, 'date.issue')?.attrs.norm ?? find(root, 'pubdata')?.attrs['date.publication'],
    firstCreated: find(docdata, 'date.release')?.attrs.norm,
    pubStatus: status === 'withheld' || status === 'canceled' ? (status as PubStatus) : 'usable',
    urgency: urg ? Number(urg) : undefined,
    headline: textOf(find(find(bodyHead, 'hedline'), 'hl1')) || textOf(find(head, 'title')),
    subheadline: textOf(find(find(bodyHead, 'hedline'), 'hl2')) || undefined,
    slugline: find(docdata, 'keyword')?.attrs.key ?? meta['anpa-keyword'],
    by: bylineOf(find(bodyHead, 'byline')),
    language: root.attrs['xml:lang'] ?? find(root, 'body')?.attrs['xml:lang'],
    dateline,
    paragraphs,
    html: content ? toXml(content) : undefined,
    description: textOf(find(bodyHead, 'abstract')) || undefined,
    edNote: find(docdata, 'ed-msg')?.attrs.info || undefined,
    copyrightHolder: copyright?.attrs.holder,
    infoSources: from ? [{ name: from, role: 'originator' }] : undefined,
    subjects: findAll(head, 'tobject.subject').map((s) => ({
      name: s.attrs['tobject.subject.matter'] ?? s.attrs['tobject.subject.type'],
      uri: s.attrs['tobject.subject.refnum'] ? `http://cv.iptc.org/newscodes/subjectcode/${s.attrs['tobject.subject.refnum']}` : undefined,
    })),
    wire: Object.fromEntries(Object.entries(meta).filter(([k, v]) => k?.startsWith('anpa-') && v)),
  });
}

/** The byline's name without its <byttl> title ("By BERNARD CONDON<byttl>AP Business Writer</byttl>"). */
function bylineOf(byline: XNode | undefined): string | undefined {
  if (!byline) return undefined;
  return textOf({ ...byline, children: byline.children.filter((c) => c.name !== 'byttl') }) || undefined;
}

export const nitf: FormatModule = {
  name: 'nitf',
  detect({ text }: ParseInput): number {
    return looksXml(text) && /<nitf[\s>]/.test(text.slice(0, 4096)) ? 0.95 : 0;
  },
  parse({ text, source }: ParseInput) {
    const doc = parseXml(text);
    const root = find(doc, 'nitf');
    if (!root) throw Object.assign(new Error('no <nitf> element'), { code: 'XML_MALFORMED' });
    const item = nitfToItem(root, 'nitf', source);
    if (!item.headlines && !item.bodies?.some((b) => b.contentType === 'text/plain')) {
      const failure = { code: 'NO_TEXT_CONTENT', message: 'the NITF document has an empty headline and an empty body.content: nothing to read', raw: new TextEncoder().encode(text), position: {} };
      return { items: [], failures: [failure] };
    }
    return { items: [item], failures: [] };
  },
};
