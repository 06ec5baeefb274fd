// ninjs (IPTC News in JSON) 1.x, 2.x and 3.x, and the envelopes agencies wrap it in (AP Media API
// `data.item` / `data.items[].item`, BBC `{item}`), or a plain array (a ninjs 3 collection): one item each.
// 1.x/2.x lower-case names (versioncreated, body_html, headline, byline...) are mapped to 3.1's camelCase.
import type { FormatModule, ParseInput } from './types.ts';
import type { Item, NinjsConcept, NinjsInfoSource, ParseFailure, PubStatus } from '../item/types.ts';
import { buildItem, toIsoDateTime } from '../item/build.ts';
import { htmlParagraphs } from './html.ts';
import { matchDateline } from './dateline.ts';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : v && typeof v === 'object' ? [v as Json] : []);

/** Pulls ninjs objects out of whatever envelope they came in. */
function unwrap(doc: unknown): Json[] {
  if (Array.isArray(doc)) return doc.flatMap(unwrap);
  if (!doc || typeof doc !== 'object') return [];
  const o = doc as Json;
  const data = o.data as Json | undefined;
  if (data && typeof data === 'object') {
    if (Array.isArray(data.items)) return (data.items as Json[]).map((x) => (x.item as Json) ?? x);
    if (data.item) return [data.item as Json];
  }
  if (o.item && typeof o.item === 'object' && !o.uri && !o.guid) return unwrap(o.item);
  if (Array.isArray(o.items) && !o.uri) return unwrap(o.items);
  return [o];
}

function concepts(v: unknown): NinjsConcept[] {
  return arr(v)
    // Superdesk's "code" ("#Biologie", "06011000") is a literal code, not a URI.
    .map((c) => ({ name: str(c.name), uri: str(c.uri), literal: str(c.literal) ?? str(c.code), rel: str(c.rel) }))
    .filter((c) => c.name || c.uri || c.literal)
    .map((c) => Object.fromEntries(Object.entries(c).filter(([, x]) => x !== undefined)) as NinjsConcept);
}

/**
 * A text/plain body marks paragraphs with blank lines or indentation; where it uses neither and its lines run
 * longer than any hard wrap (TT sends one paragraph a line), every line break ends a paragraph.
 */
function plainParagraphs(plain: string): string[] {
  const text = plain.replace(/\r\n?/g, '\n');
  const marked = /\n\s*\n|\n(?=\s)/;
  const parts = marked.test(text) ? text.split(marked) : text.split('\n').some((l) => l.length > 100) ? text.split('\n') : [text];
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function toItem(o: Json, source: string | undefined): Item | null {
  // 3.x names first, then the 1.x/2.x spellings.
  const headline = str((o.headlines as Json[] | undefined)?.[0]?.value) ?? str(o.headline) ?? str(o.title);
  const bodies = arr(o.bodies);
  const textBody = bodies.find((b) => /text\/plain/.test(String(b.contentType ?? b.contenttype ?? '')) || (!b.contentType && !b.contenttype && !/</.test(String(b.value))));
  const htmlBody = bodies.find((b) => /html/.test(String(b.contentType ?? b.contenttype ?? b.role ?? ''))) ?? bodies.find((b) => /</.test(String(b.value)));
  const html = str(htmlBody?.value) ?? str(o.body_html) ?? str(o.body_xhtml);
  const plain = str(textBody?.value) ?? str(o.body_text);
  const paragraphs = plain ? plainParagraphs(plain) : html ? htmlParagraphs(html) : [];
  const description = str((o.descriptions as Json[] | undefined)?.[0]?.value) ?? str(o.description_text) ?? str(o.description);
  if (!headline && paragraphs.length === 0 && !description) return null;
  const dl = paragraphs[0] ? matchDateline(paragraphs[0]) : null;
  const pubStatus = (str(o.pubStatus) ?? str(o.pubstatus))?.toLowerCase();
  const infoSources: NinjsInfoSource[] = arr(o.infoSources ?? o.infosource).map((s) => ({ name: str(s.name), role: str(s.role), uri: str(s.uri) }));
  if (!infoSources.length && str(o.source)) infoSources.push({ name: str(o.source), role: 'originator' });
  const located = str(o.located);
  const item = buildItem({
    format: 'ninjs',
    source,
    agencyId: str(o.uri) ?? str(o.guid) ?? str((o.altids as Json | undefined)?.itemid),
    version: str(o.version),
    versionCreated: str(o.versionCreated) ?? str(o.versioncreated),
    firstCreated: str(o.firstCreated) ?? str(o.firstcreated),
    pubStatus: pubStatus === 'withheld' || pubStatus === 'canceled' ? (pubStatus as PubStatus) : 'usable',
    urgency: typeof o.urgency === 'number' ? o.urgency : Number(str(o.urgency)) || undefined,
    headline,
    slugline: str(o.slugline),
    by: str(o.by) ?? str(o.byline),
    language: str(o.language),
    located,
    dateline: dl?.dateline ?? (located ? { text: located, place: located } : undefined),
    paragraphs,
    html,
    description,
    edNote: str(o.edNote) ?? str(o.ednote),
    copyrightHolder: str(o.copyrightHolder) ?? str(o.copyrightholder),
    copyrightNotice: str(o.copyrightNotice) ?? str(o.copyrightnotice),
    infoSources: infoSources.filter((s) => s.name),
    subjects: concepts(o.subjects ?? o.subject),
  });
  // 3.x embargoedUntil, 1.x/2.x embargoed: the time before which the item must not be published.
  const embargoedUntil = toIsoDateTime(str(o.embargoedUntil) ?? str(o.embargoed));
  if (embargoedUntil) item.embargoedUntil = embargoedUntil;
  const type = str(o.type);
  if (type && ['text', 'picture', 'video', 'audio', 'graphic', 'composite', 'planning', 'component', 'event'].includes(type)) item.type = type as Item['type'];
  const people = concepts(o.people ?? o.person);
  const orgs = concepts(o.organisations ?? o.organisation);
  const places = concepts(o.places ?? o.place);
  if (people.length) item.people = people;
  if (orgs.length) item.organisations = orgs;
  if (places.length) item.places = places;
  return item;
}

export const ninjs: FormatModule = {
  name: 'ninjs',
  detect({ text }: ParseInput): number {
    const head = text.trimStart();
    if (!head.startsWith('{') && !head.startsWith('[')) return 0;
    // A JSON document that names a schema other than ninjs (the sample wire's manifest, say) is not wire copy.
    const schema = /^\{\s*"\$schema"\s*:\s*"([^"]*)"/.exec(head)?.[1];
    if (schema !== undefined && !/ninjs/i.test(schema)) return 0;
    return /"(uri|guid|versioncreated|versionCreated|headlines?|body_\w+|bodies)"\s*:/.test(text.slice(0, 20000)) ? 0.9 : 0.1;
  },
  parse({ text, bytes, source }: ParseInput) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      const m = String((err as Error).message).match(/position (\d+)/);
      const pos = m ? Number(m[1]) : undefined;
      const line = pos !== undefined ? text.slice(0, pos).split('\n').length : undefined;
      throw Object.assign(new Error(`invalid JSON${line ? ` at line ${line}` : ''}: ${(err as Error).message}`), { code: 'JSON_MALFORMED', line });
    }
    const items: Item[] = [];
    const failures: ParseFailure[] = [];
    unwrap(doc).forEach((o, index) => {
      const item = toItem(o, source);
      if (item) items.push(item);
      else failures.push({ code: 'NO_TEXT_CONTENT', message: `ninjs object ${index} has no headline, body or description to read`, raw: bytes, position: { index } });
    });
    return { items, failures };
  },
};
