// Feeds out, one per subscription: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of its latest matches (feedsmith writes them).
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { StoredItem } from '../store/types.ts';
import type { Subscription } from './subscriptions.ts';

export const FEED_KINDS = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8', json: 'application/feed+json; charset=utf-8' } as const;
export type FeedKind = keyof typeof FEED_KINDS;

const SUMMARY_CHARS = 400;

interface Entry {
  uri: string;
  title: string;
  link: string;
  date: Date;
  summary: string;
  text: string;
  sources: string[];
}

function entry(s: StoredItem, base: string): Entry {
  const ext = s.item['x-wiredesk'];
  const text = ext?.text ?? '';
  const firstPara = text.split('\n\n')[0] ?? '';
  const date = new Date(s.item.versionCreated ?? ext?.receivedAt ?? 0);
  return {
    uri: s.item.uri,
    title: s.item.headlines?.[0]?.value ?? firstPara.slice(0, 80),
    link: `${base}/v1/items/${encodeURIComponent(s.id)}`,
    date: Number.isNaN(date.getTime()) ? new Date(0) : date,
    summary: firstPara.length > SUMMARY_CHARS ? `${firstPara.slice(0, SUMMARY_CHARS)}…` : firstPara,
    text,
    sources: (s.item.infoSources ?? []).map((i) => i.name).filter((n): n is string => !!n),
  };
}

/** `items` newest first; `base` is the desk's URL as the client reached it. */
export function renderFeed(kind: FeedKind, sub: Subscription, items: StoredItem[], base: string): string {
  const entries = items.map((s) => entry(s, base));
  const self = `${base}/v1/subscriptions/${sub.id}/feed.${kind}`;
  const title = `wiredesk: ${sub.name}`;
  const description = `Items matching ${sub.ruleText}`;
  const updated = entries[0]?.date ?? new Date(sub.createdAt);
  if (kind === 'rss')
    return generateRssFeed({
      title,
      link: `${base}/`,
      description,
      lastBuildDate: updated,
      items: entries.map((e) => ({ title: e.title, link: e.link, description: e.summary, guid: { value: e.uri, isPermaLink: false }, pubDate: e.date })),
    });
  if (kind === 'atom')
    return generateAtomFeed({
      id: `urn:wiredesk:subscription:${sub.id}`,
      title: { value: title },
      subtitle: { value: description },
      updated,
      links: [{ href: self, rel: 'self' }, { href: `${base}/` }],
      entries: entries.map((e) => ({
        id: e.uri,
        title: { value: e.title },
        updated: e.date,
        summary: { value: e.summary },
        links: [{ href: e.link }],
        authors: e.sources.map((name) => ({ name })),
      })),
    });
  return JSON.stringify(
    generateJsonFeed({
      title,
      home_page_url: `${base}/`,
      feed_url: self,
      description,
      items: entries.map((e) => ({ id: e.uri, url: e.link, title: e.title, summary: e.summary, content_text: e.text, date_published: e.date, authors: e.sources.map((name) => ({ name })) })),
    }),
  );
}
