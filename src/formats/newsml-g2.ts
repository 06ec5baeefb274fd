// NewsML-G2: a newsItem, or a newsMessage carrying several items. Text newsItems become items; pictures,
// graphics and packageItems carry no text of their own and are passed over.
import type { FormatModule, ParseInput } from './types.ts';
import type { Dateline, Item, NinjsInfoSource, PubStatus } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { looksXml, parseXml, find, findAll, child, childrenNamed, textOf, paragraphsOf, toXml, type XNode } from './xml.ts';
import { matchDateline, titleCase } from './dateline.ts';
import { htmlParagraphs } from './html.ts';

const STATUS: Record<string, PubStatus> = { usable: 'usable', withheld: 'withheld', canceled: 'canceled', cancelled: 'canceled' };

function nameOf(node: XNode | undefined): string | undefined {
  if (!node) return undefined;
  return textOf(child(node, 'name')) || node.attrs.literal || undefined;
}

function isText(item: XNode): boolean {
  const cls = find(item, 'itemClass')?.attrs.qcode ?? '';
  return /(:|^)text$/.test(cls) || cls === '';
}

function newsItemToItem(item: XNode, source: string | undefined): Item {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const content = find(item, 'inlineXML') ?? find(item, 'inlineData');
  const body = content?.name === 'inlineXML' ? (find(content, 'body') ?? content) : undefined;
  const paragraphs = body
    ? paragraphsOf(body)
    : content
      ? inlineDataParagraphs(collectText(content))
      : [];
  const status = (find(itemMeta, 'pubStatus')?.attrs.qcode ?? '').split(':').pop() ?? '';
  const located = child(contentMeta, 'located');
  const place = nameOf(located);
  const datelineText = textOf(child(contentMeta, 'dateline'));
  // Reuters opens some stories with a byline paragraph ("By Marwan Makdisi"); the dateline is in the next one.
  const lead = /^By [^.]{2,60}$/.test(paragraphs[0] ?? '') ? paragraphs[1] : paragraphs[0];
  let dateline: Dateline | undefined = lead ? matchDateline(lead)?.dateline : undefined;
  if (!dateline && place) dateline = { text: datelineText && !/^\d{4}-/.test(datelineText) ? datelineText : place, place: titleCase(place) };
  const infoSources: NinjsInfoSource[] = childrenNamed(contentMeta, 'infoSource')
    .map((s): NinjsInfoSource => ({ name: nameOf(s) ?? s.attrs.qcode, role: /origProv|source/i.test(s.attrs.role ?? '') ? 'originator' : s.attrs.role }))
    .filter((s) => !!s.name);
  const provider = find(itemMeta, 'provider');
  const providerName = nameOf(provider) ?? provider?.attrs.qcode?.split(':').pop();
  if (!infoSources.length && providerName) infoSources.push({ name: providerName, role: 'originator' });
  const headlines = childrenNamed(contentMeta, 'headline');
  // NITF inside inlineXML may carry the only headline (BusinessDesk leaves contentMeta without one).
  const nitf = find(content, 'nitf');
  const nitfHeadline = textOf(find(find(nitf, 'hedline'), 'hl1')) || textOf(find(find(nitf, 'head'), 'title'));
  const urgency = Number(textOf(child(contentMeta, 'urgency')));
  const language = item.attrs['xml:lang'] ?? child(contentMeta, 'language')?.attrs.tag;
  const rights = child(item, 'rightsInfo');
  return buildItem({
    format: 'newsml-g2',
    source,
    agencyId: item.attrs.guid,
    version: item.attrs.version,
    versionCreated: textOf(find(itemMeta, 'versionCreated')) || undefined,
    firstCreated: textOf(find(itemMeta, 'firstCreated')) || undefined,
    pubStatus: STATUS[status] ?? 'usable',
    urgency: Number.isFinite(urgency) && urgency > 0 ? urgency : undefined,
    headline: textOf(headlines.find((h) => !h.attrs.role || /main|headline/i.test(h.attrs.role)) ?? headlines[0]) || nitfHeadline || undefined,
    subheadline: textOf(headlines.find((h) => /sub/i.test(h.attrs.role ?? ''))) || undefined,
    slugline: textOf(child(contentMeta, 'slugline')) || undefined,
    by: textOf(child(contentMeta, 'by')) || nameOf(child(contentMeta, 'creator')),
    language,
    located: place,
    dateline,
    paragraphs,
    html: body ? toXml(body) : undefined,
    description: textOf(child(contentMeta, 'description')) || undefined,
    edNote: textOf(find(itemMeta, 'edNote')) || undefined,
    copyrightHolder: nameOf(find(rights, 'copyrightHolder')),
    copyrightNotice: textOf(find(rights, 'copyrightNotice')) || undefined,
    infoSources,
    subjects: childrenNamed(contentMeta, 'subject').map((s) => ({ name: nameOf(s), uri: s.attrs.qcode ? `qcode:${s.attrs.qcode}` : s.attrs.uri })),
  });
}

/** inlineData is plain text with blank lines between paragraphs, or (ANSA) HTML in a CDATA section. */
function inlineDataParagraphs(text: string): string[] {
  if (/<(p|br)[\s>\/]/i.test(text)) return htmlParagraphs(text);
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** inlineData keeps its line breaks: paragraphs are separated by blank lines there. */
function collectText(node: XNode): string {
  return node.children.map((c) => (c.name === '#text' ? (c.text ?? '') : collectText(c))).join('');
}

export const newsmlG2: FormatModule = {
  name: 'newsml-g2',
  detect({ text }: ParseInput): number {
    const head = text.slice(0, 4096);
    return looksXml(text) && /<(\w+:)?(newsItem|newsMessage|packageItem)[\s>]/.test(head) && /iptc\.org\/std\/nar\/2006-10-01/.test(head) ? 0.95 : 0;
  },
  parse({ text, source }: ParseInput) {
    const doc = parseXml(text);
    const newsItems = findAll(doc, 'newsItem');
    const textItems = newsItems.filter(isText);
    const items = textItems.map((n) => newsItemToItem(n, source));
    const failures = [];
    if (items.length === 0) {
      const kinds = [...new Set(newsItems.map((n) => find(n, 'itemClass')?.attrs.qcode ?? 'unknown'))];
      failures.push({
        code: 'NO_TEXT_CONTENT',
        message: newsItems.length
          ? `the NewsML-G2 document holds no text item (item classes: ${kinds.join(', ')})`
          : 'a NewsML-G2 package (packageItem) only refers to other items and carries no text of its own',
        raw: new TextEncoder().encode(text),
        position: {},
      });
    }
    return { items, failures };
  },
};
