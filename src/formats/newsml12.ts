// NewsML 1.2, as older AFP feeds send it: NewsItem with Identification, NewsManagement, and a NewsComponent
// whose ContentItem carries the text as NITF or HTML inside DataContent.
import type { FormatModule, ParseInput } from './types.ts';
import type { Dateline, PubStatus } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { looksXml, parseXml, find, findAll, textOf, paragraphsOf, toXml, type XNode } from './xml.ts';
import { matchDateline, titleCase } from './dateline.ts';

const STATUS: Record<string, PubStatus> = { usable: 'usable', withheld: 'withheld', canceled: 'canceled', cancelled: 'canceled' };

/** The text's DataContent: the component whose Role is Body, else the first one that is not a style sheet or media. */
function bodyContent(newsItem: XNode): XNode | undefined {
  const body = findAll(newsItem, 'NewsComponent').find((c) => find(c, 'Role')?.attrs.FormalName === 'Body' && find(c, 'DataContent'));
  if (body) return find(body, 'DataContent');
  const text = findAll(newsItem, 'ContentItem').find((c) => find(c, 'DataContent') && !/css|image|audio|video/i.test(find(c, 'MimeType')?.attrs.FormalName ?? ''));
  return find(text, 'DataContent');
}

export const newsml12: FormatModule = {
  name: 'newsml12',
  detect({ text }: ParseInput): number {
    return looksXml(text) && /<NewsML[\s>]/.test(text.slice(0, 4096)) ? 0.95 : 0;
  },
  parse({ text, source }: ParseInput) {
    const doc = parseXml(text);
    const items = findAll(doc, 'NewsItem').map((newsItem) => {
      const id = find(newsItem, 'NewsIdentifier');
      const mgmt = find(newsItem, 'NewsManagement');
      // The first NewsLines may hold only a CopyrightLine (Business Wire): read each line where it is.
      const lines = { name: 'NewsLines', attrs: {}, children: findAll(newsItem, 'NewsLines').flatMap((l) => l.children) };
      const data = bodyContent(newsItem);
      const body = find(data, 'body.content') ?? find(data, 'body') ?? data;
      const paragraphs = paragraphsOf(body);
      const datelineText = textOf(find(lines, 'DateLine')).replace(/\s*[-\u2013\u2014]\s*$/, '');
      const fromText = datelineText ? matchDateline(`${datelineText} - x`) : null;
      const city = findAll(newsItem, 'Property').find((p) => p.attrs.FormalName === 'City')?.attrs.Value;
      // The body's own dateline wins: it is what the text says; the DateLine element is a copy of it.
      let dateline: Dateline | undefined = (paragraphs[0] ? matchDateline(paragraphs[0])?.dateline : undefined) ?? fromText?.dateline;
      if (!dateline && (datelineText || city)) {
        // A DateLine the English pattern does not read ("Strasbourg, 10 juil 2024 (AFP)") still names its agencies.
        const agencies = datelineText.match(/\(([A-Za-z][\w&.\- ]*(?:\/[\w&.\- ]+)*)\)\s*$/)?.[1];
        dateline = { text: datelineText || city!, place: titleCase(city ?? datelineText.split(',')[0]) };
        if (agencies) dateline.sources = agencies.split('/').map((a) => a.trim());
      }
      const status = find(mgmt, 'Status')?.attrs.FormalName?.toLowerCase() ?? 'usable';
      const urgency = Number(find(mgmt, 'Urgency')?.attrs.FormalName ?? find(doc, 'Priority')?.attrs.FormalName);
      const provider = find(find(newsItem, 'Provider'), 'Party')?.attrs.FormalName ?? textOf(find(id, 'ProviderId'));
      return buildItem({
        format: 'newsml12',
        source,
        agencyId: textOf(find(id, 'PublicIdentifier')) || undefined,
        version: textOf(find(id, 'RevisionId')) || undefined,
        versionCreated: textOf(find(mgmt, 'ThisRevisionCreated')) || undefined,
        firstCreated: textOf(find(mgmt, 'FirstCreated')) || undefined,
        pubStatus: STATUS[status] ?? 'usable',
        urgency: Number.isFinite(urgency) && urgency > 0 ? urgency : undefined,
        headline: textOf(find(lines, 'HeadLine')) || undefined,
        subheadline: textOf(find(lines, 'SubHeadLine')) || undefined,
        slugline: textOf(find(lines, 'SlugLine')) || textOf(find(newsItem, 'NameLabel')) || undefined,
        by: textOf(find(lines, 'ByLine')) || undefined,
        language: find(find(newsItem, 'DescriptiveMetadata'), 'Language')?.attrs.FormalName ?? newsItem.attrs['xml:lang'],
        located: city,
        dateline,
        paragraphs,
        html: body ? toXml(body) : undefined,
        infoSources: provider ? [{ name: provider, role: 'originator' }] : undefined,
        copyrightNotice: textOf(find(lines, 'CopyrightLine')) || undefined,
      });
    });
    return { items, failures: [] };
  },
};
