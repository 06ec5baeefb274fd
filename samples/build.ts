// Renders samples/stories.ts into wire files, one folder per format, and writes samples/stories.json
// (which item belongs to which story, by the uri the desk reads back) for the tests. Run: npx tsx samples/build.ts
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { SAMPLES, STORIES, type SampleItem } from './stories.ts';
import { parseBytes } from '../src/formats/index.ts';
import type { Item } from '../src/item/types.ts';

const ROOT = dirname(fileURLToPath(import.meta.url));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AGENCY_NAMES: Record<string, string> = { MP: 'Meridian Press', NW: 'Northwire', BND: 'Baltic News Desk', ASUR: 'Agencia Sur', GNA: 'Global News Alliance' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const d = (iso: string) => new Date(iso);
const slug = (s: SampleItem) => s.id.split(':').pop()!;
const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
const chain = (s: SampleItem) => (s.distributor ? `${s.distributor}/${s.agency}` : s.agency);

function wrap(text: string, width = 78): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function wireText(s: SampleItem): string {
  const t = d(s.time);
  const head: string[] = [`Id: ${s.id}`, `Version: ${s.version}`, `Date: ${s.time}`, `Slug: ${slug(s)}`];
  if (s.status === 'canceled') head.push('Kill');
  if (s.note) head.push(`Correction: ${s.note}`);
  if (s.urgency === 1) head.push('News Flash');
  else if (s.urgency === 2) head.push('Bulletin');
  else if (s.urgency === 3) head.push('Urgent');
  head.push(s.headline);
  const dateline = `${s.place}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} (${chain(s)}) - `;
  const body = s.paragraphs.flatMap((p, i) => wrap(i === 0 ? dateline + p : p));
  return [...head, ...body].join('\n') + '\n';
}

function anpa(s: SampleItem): string {
  const t = d(s.time);
  const mm = String(t.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(t.getUTCDate()).padStart(2, '0');
  const priority = { 1: 'f', 2: 'b', 3: 'u' }[s.urgency] ?? 'r';
  const keyword = `BC-${slug(s).split('-').slice(0, 3).map((w) => w[0].toUpperCase() + w.slice(1)).join('-')}`;
  const take = s.version > 1 ? `${s.version - 1}${['st', 'nd', 'rd'][s.version - 2] ?? 'th'}Ld-Writethru` : '';
  const words = s.paragraphs.join(' ').split(/\s+/).length;
  const stamp = `${s.agency}-WF-${mm}-${dd}-${String(t.getUTCFullYear()).slice(2)} ${String(t.getUTCHours()).padStart(2, '0')}${String(t.getUTCMinutes()).padStart(2, '0')}GMT`;
  const lines = [
    `\x16\x16\x01w${String(1000 + SAMPLES.indexOf(s)).slice(1)}\x1f-----`,
    `${priority} i\x13\x11 ${keyword} ${take}   ${mm}-${dd} ${String(words).padStart(4, '0')}`,
    `\x02^${keyword}${take ? `, ${take}` : ''},${words}<`,
    `^${s.headline}<`,
    ...(s.byline ? [`^${s.byline}=`] : []),
    ...s.paragraphs.map((p) => `\t   ${p}`),
    '',
    `\t   \x03${stamp}<`,
    '',
    '\x0c',
    '\x04',
  ];
  return lines.join('\r\n');
}

function iptc7901(s: SampleItem): string {
  const t = d(s.time);
  const priority = Math.min(s.urgency, 6);
  const words = s.paragraphs.join(' ').split(/\s+/).length;
  const stamp = `${String(t.getUTCDate()).padStart(2, '0')}${String(t.getUTCHours()).padStart(2, '0')}${String(t.getUTCMinutes()).padStart(2, '0')} GMT ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}`;
  const keyword = slug(s).split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('-') + '/';
  const body = s.paragraphs.flatMap((p) => [...wrap(p, 70), '']);
  return [`\x01bnd${String(100 + SAMPLES.indexOf(s))} ${priority} i ${words}  bnd ${String(SAMPLES.indexOf(s)).padStart(4, '0')}`, '', keyword, `\x02${s.headline} =`, '', ...body, `\x03${stamp}`, '\x7f\x04'].join('\r\n');
}

function nitf(s: SampleItem): string {
  const t = d(s.time);
  const ps = s.paragraphs.map((p) => `      <p>${esc(p)}</p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>${esc(s.headline)}</title>
    <meta name="anpa-keyword" content="${esc(slug(s))}"/>
    <docdata management-status="${s.status ?? 'usable'}">
      <doc-id id-string="${esc(s.id)}"/>
      <du-key key="${esc(slug(s))}" version="${s.version}"/>
      <urgency ed-urg="${s.urgency}"/>
      <date.issue norm="${compact(s.time)}"/>
      <from-src src-name="${s.agency}"/>
      <doc.copyright holder="${esc(AGENCY_NAMES[s.agency])}" year="${t.getUTCFullYear()}"/>${s.note && s.status !== 'canceled' ? `\n      <correction info="${esc(s.note)}" id-string="${esc(s.id)}"/>` : ''}${s.note ? `\n      <ed-msg info="${esc(s.note)}"/>` : ''}
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>${esc(s.headline)}</hl1></hedline>${s.byline ? `\n      <byline>${esc(s.byline)}</byline>` : ''}
      <dateline><location><city>${esc(s.place)}</city></location></dateline>
    </body.head>
    <body.content>
${ps}
    </body.content>
  </body>
</nitf>
`;
}

/** When the first version of this item went out. */
function firstCreated(s: SampleItem): string {
  return SAMPLES.filter((o) => o.id === s.id).map((o) => o.time).sort()[0];
}

function newsmlG2(s: SampleItem): string {
  const ps = s.paragraphs.map((p) => `            <p>${esc(p)}</p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${esc(s.id)}" version="${s.version}" standard="NewsML-G2" standardversion="2.33" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_39.xml"/>
  <rightsInfo><copyrightHolder literal="${esc(AGENCY_NAMES[s.agency])}"><name>${esc(AGENCY_NAMES[s.agency])}</name></copyrightHolder></rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="${s.agency}"/>
    <versionCreated>${s.time}</versionCreated>
    <firstCreated>${firstCreated(s)}</firstCreated>
    <pubStatus qcode="stat:${s.status ?? 'usable'}"/>${s.note ? `\n    <edNote>${esc(s.note)}</edNote>` : ''}${s.note && s.status !== 'canceled' ? '\n    <signal qcode="sig:correction"/>' : ''}
  </itemMeta>
  <contentMeta>
    <urgency>${s.urgency}</urgency>
    <located type="cptype:city"><name>${esc(s.place[0] + s.place.slice(1).toLowerCase())}</name></located>
    <infoSource literal="${s.agency}" role="cRole:origProv"/>
    <slugline>${esc(slug(s))}</slugline>
    <headline>${esc(s.headline)}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>${esc(s.headline)}</title></head>
        <body>
${ps}
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
`;
}

function ninjs3(s: SampleItem): object {
  return {
    uri: s.id,
    type: 'text',
    version: String(s.version),
    versionCreated: s.time,
    pubStatus: s.status ?? 'usable',
    urgency: s.urgency,
    language: 'en',
    headlines: [{ role: 'main', value: s.headline }],
    bodies: [{ role: 'main', contentType: 'text/html', value: s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') }],
    located: s.place[0] + s.place.slice(1).toLowerCase(),
    infoSources: [{ name: s.agency, role: 'originator' }],
    slugline: slug(s),
    copyrightHolder: AGENCY_NAMES[s.agency],
  };
}

function ninjs2(s: SampleItem): object {
  return {
    uri: s.id,
    type: 'text',
    version: String(s.version),
    versioncreated: s.time,
    pubstatus: s.status ?? 'usable',
    urgency: s.urgency,
    language: 'en',
    headlines: [{ role: 'main', value: s.headline }],
    bodies: [{ role: 'main', contenttype: 'text/plain', value: s.paragraphs.join('\n\n') }],
    located: s.place,
    copyrightholder: AGENCY_NAMES[s.agency],
  };
}

function ninjs1(s: SampleItem): object {
  return {
    uri: s.id,
    type: 'text',
    version: String(s.version),
    versioncreated: s.time,
    pubstatus: s.status ?? 'usable',
    urgency: s.urgency,
    headline: s.headline,
    body_text: s.paragraphs.join('\n\n'),
    byline: s.byline,
    located: s.place,
    copyrightholder: AGENCY_NAMES[s.agency],
  };
}

function newsml12(s: SampleItem): string {
  const t = d(s.time);
  const ps = s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<NewsML Version="1.2">
<NewsEnvelope>
<DateAndTime>${compact(s.time)}</DateAndTime>
<Priority FormalName="${s.urgency}"/>
</NewsEnvelope>
<NewsItem xml:lang="en">
<Identification>
<NewsIdentifier>
<ProviderId>${s.agency.toLowerCase()}.example</ProviderId>
<DateId>${compact(s.time).slice(0, 8)}</DateId>
<NewsItemId>${esc(slug(s))}</NewsItemId>
<RevisionId PreviousRevision="${s.version - 1}" Update="N">${s.version}</RevisionId>
<PublicIdentifier>${esc(s.id)}</PublicIdentifier>
</NewsIdentifier>
<NameLabel>${esc(slug(s))}</NameLabel>
</Identification>
<NewsManagement>
<NewsItemType FormalName="News"/>
<FirstCreated>${compact(s.time)}</FirstCreated>
<ThisRevisionCreated>${compact(s.time)}</ThisRevisionCreated>
<Status FormalName="${s.status === 'canceled' ? 'Canceled' : 'Usable'}"/>
<Urgency FormalName="${s.urgency}"/>
</NewsManagement>
<NewsComponent>
<NewsLines>
<DateLine>${esc(s.place)}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} (${chain(s)}) -</DateLine>
<HeadLine>${esc(s.headline)}</HeadLine>
<SlugLine>${esc(slug(s))}</SlugLine>
</NewsLines>
<AdministrativeMetadata><Provider><Party FormalName="${s.agency}"/></Provider></AdministrativeMetadata>
<DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
<ContentItem>
<MediaType FormalName="Text"/>
<Format FormalName="NITF3.1"/>
<DataContent>
<nitf><body><body.content>
${ps}
</body.content></body></nitf>
</DataContent>
</ContentItem>
</NewsComponent>
</NewsItem>
</NewsML>
`;
}

function rss(items: SampleItem[]): string {
  const entries = items
    .map(
      (s) => `    <item>
      <title>${esc(s.headline)}</title>
      <link>https://wire.example/${s.agency.toLowerCase()}/${slug(s)}</link>
      <guid isPermaLink="false">${esc(s.id)}</guid>
      <pubDate>${d(s.time).toUTCString()}</pubDate>
      <dc:creator>${esc(AGENCY_NAMES[s.agency])}</dc:creator>
      <description>${esc(s.paragraphs[0])}</description>
      <content:encoded><![CDATA[${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}]]></content:encoded>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Meridian Press - Americas and world</title>
    <link>https://wire.example/mp</link>
    <description>Sample wire feed written for wiredesk</description>
${entries}
  </channel>
</rss>
`;
}

function atom(items: SampleItem[]): string {
  const entries = items
    .map(
      (s) => `  <entry>
    <id>${esc(s.id)}</id>
    <title type="text">${esc(s.headline)}</title>
    <updated>${s.time}</updated>
    <published>${s.time}</published>
    <author><name>${esc(AGENCY_NAMES[s.agency])}</name></author>
    <link href="https://wire.example/${s.agency.toLowerCase()}/${slug(s)}"/>
    <content type="html">${esc(s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''))}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Baltic News Desk - world service</title>
  <id>urn:baltic:feed:world</id>
  <updated>${items.map((s) => s.time).sort().pop()}</updated>
${entries}
</feed>
`;
}

function sgml(items: SampleItem[]): string {
  const upper = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  return items
    .map((s, i) => {
      const t = d(s.time);
      const date = `${t.getUTCDate()}-${upper[t.getUTCMonth()]}-${t.getUTCFullYear()} ${s.time.slice(11, 19)}.00`;
      const [first, ...rest] = s.paragraphs;
      const datelineEnd = first.indexOf(' - ') + 3;
      const body = [first.slice(datelineEnd), ...rest].map((p) => wrap(p, 64).join('\n')).join('\n    ');
      // NEWIDs far above Reuters-21578's 21,578, so the sample never collides with the real corpus in one store.
      return `<REUTERS TOPICS="YES" LEWISSPLIT="NOT-USED" CGISPLIT="NOT-USED" OLDID="${900000 + i}" NEWID="${900000 + SAMPLES.indexOf(s)}">
<DATE>${date}</DATE>
<TOPICS><D>${s.story || 'misc'}</D></TOPICS>
<PLACES></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>&#5;&#5;&#5;M
&#22;&#22;&#1;f${String(i).padStart(4, '0')}&#31;reute
r f BC-${slug(s).toUpperCase()}   ${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')} 0${s.paragraphs.join(' ').split(' ').length}</UNKNOWN>
<TEXT>&#2;
<TITLE>${esc(s.headline)}</TITLE>
<DATELINE>    ${first.slice(0, datelineEnd)}</DATELINE><BODY>${esc(body)}
 Meridian
&#3;</BODY></TEXT>
</REUTERS>`;
    })
    .join('\n');
}

const EXT: Record<string, string> = { 'wire-text': 'txt', anpa1312: 'tst', iptc7901: 'txt', nitf: 'xml', 'newsml-g2': 'xml', newsml12: 'xml', ninjs3: 'json', ninjs2: 'json', ninjs1: 'json' };

function fileFor(s: SampleItem): string {
  return s.file ?? `${s.format}/${slug(s)}${s.version > 1 ? `-v${s.version}` : ''}.${EXT[s.format]}`;
}

function render(s: SampleItem): string {
  switch (s.format) {
    case 'wire-text':
      return wireText(s);
    case 'anpa1312':
      return anpa(s);
    case 'iptc7901':
      return iptc7901(s);
    case 'nitf':
      return nitf(s);
    case 'newsml-g2':
      return newsmlG2(s);
    case 'newsml12':
      return newsml12(s);
    case 'ninjs3':
      return JSON.stringify(ninjs3(s), null, 2) + '\n';
    case 'ninjs2':
      return JSON.stringify(ninjs2(s), null, 2) + '\n';
    case 'ninjs1':
      return JSON.stringify(ninjs1(s), null, 2) + '\n';
    default:
      throw new Error(`${s.format} is a container format: rendered per file`);
  }
}

function encode(s: SampleItem, text: string): Buffer {
  if (s.encoding === 'windows-1252') return iconv.encode(text, 'windows-1252');
  if (s.encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  return Buffer.from(text);
}

for (const dir of ['wire-text', 'anpa1312', 'iptc7901', 'nitf', 'newsml-g2', 'newsml12', 'ninjs3', 'ninjs2', 'ninjs1', 'rss', 'atom', 'reuters-sgml']) {
  rmSync(join(ROOT, dir), { recursive: true, force: true });
}
const containers = new Map<string, SampleItem[]>();
for (const s of SAMPLES) {
  const file = fileFor(s);
  if (s.file) {
    containers.set(file, [...(containers.get(file) ?? []), s]);
    continue;
  }
  mkdirSync(dirname(join(ROOT, file)), { recursive: true });
  writeFileSync(join(ROOT, file), encode(s, render(s)));
}
for (const [file, items] of containers) {
  mkdirSync(dirname(join(ROOT, file)), { recursive: true });
  const f = items[0].format;
  writeFileSync(join(ROOT, file), f === 'rss' ? rss(items) : f === 'atom' ? atom(items) : sgml(items));
}

// The manifest names items by the uri the desk gives them, so read every file back the way the desk does.
const placed = new Map<SampleItem, { file: string; index: number }>();
for (const s of SAMPLES) placed.set(s, { file: fileFor(s), index: s.file ? containers.get(s.file)!.indexOf(s) : 0 });
const parsedFiles = new Map<string, Item[]>();
function uriOf(s: SampleItem): string {
  const { file, index } = placed.get(s)!;
  if (!parsedFiles.has(file)) {
    const result = parseBytes(readFileSync(join(ROOT, file)), join(ROOT, file));
    if (result.failures.length) throw new Error(`${file}: ${result.failures.map((f) => `${f.code} ${f.message}`).join('; ')}`);
    parsedFiles.set(file, result.items);
  }
  const item = parsedFiles.get(file)![index];
  if (item?.headlines?.[0]?.value !== s.headline) throw new Error(`${file} #${index} reads back as "${item?.headlines?.[0]?.value}", not "${s.headline}"`);
  return item.uri;
}
const uris = (list: SampleItem[]) => [...new Set(list.map(uriOf))];

const manifest = {
  // Names what this file is, so that reading samples/ as wire copy does not take it for ninjs items.
  $schema: 'urn:wiredesk:schema:sample-manifest',
  stories: Object.entries(STORIES).map(([key, name]) => ({ key, name, members: uris(SAMPLES.filter((s) => s.story === key)) })),
  flashes: uris(SAMPLES.filter((s) => s.urgency === 1)),
  corrections: uris(SAMPLES.filter((s) => s.note && s.status !== 'canceled')),
  kills: uris(SAMPLES.filter((s) => s.status === 'canceled')),
  republished: SAMPLES.filter((s) => s.distributor).map((s) => [uriOf(s), uriOf(SAMPLES.find((o) => o !== s && o.headline === s.headline && !o.distributor)!)]),
  // Every item (each version counts), where it is and what it is, for tests that need more than uris.
  items: SAMPLES.map((s) => ({ uri: uriOf(s), version: s.version, ...placed.get(s)!, story: s.story || null, urgency: s.urgency, headline: s.headline })),
};
writeFileSync(join(ROOT, 'stories.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${SAMPLES.length} items in ${new Set(SAMPLES.map(fileFor)).size} files`);
