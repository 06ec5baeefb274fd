// RSS 2.0 and Atom: an item per <item> / <entry>. Parsed with feedsmith (a maintained parser that knows the
// namespaces feeds use: content:encoded, dc:creator, Atom text constructs), after the same XML checks as
// every XML format so a broken feed gets a line and column.
import { parseFeed } from 'feedsmith';
import type { FormatModule, ParseInput } from './types.ts';
import type { Item, ParseFailure } from '../item/types.ts';
import { buildItem } from '../item/build.ts';
import { checkXml, looksXml } from './xml.ts';
import { htmlParagraphs, decodeEntities } from './html.ts';
import { matchDateline } from './dateline.ts';

interface Entry {
  id?: string;
  title?: string;
  link?: string;
  date?: string;
  updated?: string;
  author?: string;
  summary?: string;
  html?: string;
  categories: string[];
}

function textOrHtml(s: string | undefined): string[] {
  if (!s) return [];
  return /<[a-z][\s\S]*>/i.test(s) ? htmlParagraphs(s) : s.split(/\n\s*\n/).map((p) => decodeEntities(p).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function entryToItem(e: Entry, format: string, channel: string | undefined, source: string | undefined): Item | null {
  const paragraphs = textOrHtml(e.html ?? e.summary);
  if (!e.title && paragraphs.length === 0) return null;
  const dl = paragraphs[0] ? matchDateline(paragraphs[0]) : null;
  return buildItem({
    format,
    source,
    agencyId: e.id ?? e.link,
    versionCreated: e.updated ?? e.date,
    firstCreated: e.date,
    headline: e.title ? decodeEntities(e.title) : undefined,
    by: e.author,
    dateline: dl?.dateline,
    paragraphs,
    html: e.html,
    description: e.html && e.summary ? textOrHtml(e.summary).join(' ') : undefined,
    infoSources: channel ? [{ name: channel, role: 'distributor' }] : undefined,
    subjects: e.categories.map((name) => ({ name })),
  });
}

function parseEntries(text: string, format: 'rss' | 'atom'): { channel?: string; entries: Entry[] } {
  checkXml(text);
  const { feed } = parseFeed(text) as { feed: Record<string, unknown> };
  if (format === 'rss') {
    const items = (feed.items as Array<Record<string, any>> | undefined) ?? [];
    return {
      channel: feed.title as string | undefined,
      entries: items.map((i) => ({
        id: i.guid?.value ?? i.link,
        title: i.title,
        link: i.link,
        date: i.pubDate ?? i.dc?.date,
        author: i.dc?.creators?.[0] ?? i.authors?.[0],
        summary: i.description,
        html: i.content?.encoded,
        categories: (i.categories ?? []).map((c: { name?: string }) => c.name).filter(Boolean),
      })),
    };
  }
  const entries = (feed.entries as Array<Record<string, any>> | undefined) ?? [];
  const text_ = (t: unknown) => (typeof t === 'string' ? t : (t as { value?: string } | undefined)?.value);
  return {
    channel: text_(feed.title),
    entries: entries.map((e) => ({
      id: e.id,
      title: text_(e.title),
      link: e.links?.[0]?.href,
      date: e.published,
      updated: e.updated,
      author: e.authors?.[0]?.name,
      summary: text_(e.summary),
      html: text_(e.content),
      categories: (e.categories ?? []).map((c: { term?: string; label?: string }) => c.label ?? c.term).filter(Boolean),
    })),
  };
}

function feedModule(format: 'rss' | 'atom', pattern: RegExp): FormatModule {
  return {
    name: format,
    detect({ text }: ParseInput): number {
      return looksXml(text) && pattern.test(text.slice(0, 4096)) ? 0.9 : 0;
    },
    parse({ text, bytes, source }: ParseInput) {
      const { channel, entries } = parseEntries(text, format);
      const items: Item[] = [];
      const failures: ParseFailure[] = [];
      entries.forEach((e, index) => {
        const item = entryToItem(e, format, channel, source);
        if (item) items.push(item);
        else failures.push({ code: 'NO_TEXT_CONTENT', message: `${format} entry ${index + 1} has neither a title nor any text`, raw: bytes, position: { index } });
      });
      return { items, failures };
    },
  };
}

export const rss = feedModule('rss', /<rss[\s>]/);
export const atom = feedModule('atom', /<feed[\s>][^>]*xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/);
