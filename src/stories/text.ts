// What a story is made of, read from one item: weighted content terms and entities (for clustering),
// the item's date, and the text that near-duplicate detection compares (body without the dateline,
// which differs between an original and its republished copy).
import type { Item } from '../item/types.ts';
import type { EntityMention, Extraction } from '../extract/types.ts';

// Function words of English and of the Spanish the wire also carries, plus wire boilerplate words
// that say nothing about which story an item belongs to.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so ' +
    'some such than that the their theirs them then there these they this those through to too under until up very was we were what when ' +
    'where which while who whom why will with would you your yours its it\'s ' +
    'said says say told according added one two three four five six seven eight nine ten first last new year years week weeks day days ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow mr mrs ms per cent percent may might must ' +
    'de la el en los las que por con del se un una y para al lo su sus es como pero fue más mas ha han sobre este esta entre ' +
    'news flash urgent update updated writethru story reuters afp ap ' +
    // Magnitudes and hedges carry a figure, not a topic: "$12 million in aid" and "at least 29 dead" share them.
    'hundred hundreds thousand thousands million millions billion billions least nearly about around almost'
  ).split(/\s+/),
);

/** Lower-cased content words with a light English plural/verb-ending strip, so "talks" meets "talk". */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu) ?? []) {
    const w = raw.replace(/['\u2019]s$/, '');
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    if (/^\p{N}+$/u.test(w) && w.length !== 4) continue; // keep years, drop counts and page numbers
    const t = stem(w);
    out.push(SHORTHAND.get(t) ?? t);
  }
  return out;
}

/** Headline shorthand and its long forms read as one word: a lead says "earthquake", the follow-ups "quake". */
const SHORTHAND = new Map(
  Object.entries({ earthquak: 'quak', temblor: 'quak', terremoto: 'quak', sismo: 'quak', government: 'govt' }),
);

function stem(w: string): string {
  let s = w;
  if (s.length > 5 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  // "raise", "raises", "raised", "raising" all end as "rais"
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Entity types that tell stories apart (MISC is mostly hyphenated modifiers: "US-led", "anti-Islamic"). */
const STORY_ENTITY_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT']);

/** The lead (the body's first characters) and the headline count this many times over the rest. */
const LEAD_CHARS = 400;
const LEAD_WEIGHT = 2;
/** The slug counts like the headline. */
const SLUG_WEIGHT = 2;

export interface ItemFeatures {
  /** Raw counts of content terms (headline counted twice: it names the story). */
  terms: Map<string, number>;
  /** Raw counts of canonical entity ids mentioned outside the dateline, and of the months it dates things to ("#2023-10"). */
  entities: Map<string, number>;
  /** The date the item speaks for (ISO date-time), or undefined when nothing dates it. */
  date?: string;
  /** Body text for shingling: the item's text after its dateline. */
  body: string;
  headline: string;
}

export function extractionOf(item: Item): Extraction | undefined {
  const x = item['x-wiredesk'].extraction as Partial<Extraction> | undefined;
  if (!x || typeof x !== 'object' || 'error' in x) return undefined;
  return { timexes: [], entities: [], quotes: [], quantities: [], events: [], ...x } as Extraction;
}

/** The item's own date: when it was filed, else its dateline date. Not when it was received: an archive loaded
 * today is not news of today, and an undated item is better compared without time decay than with a wrong date. */
export function itemDate(item: Item): string | undefined {
  return item.versionCreated ?? item.firstCreated ?? item['x-wiredesk'].dateline?.date;
}

export function featuresOf(item: Item): ItemFeatures {
  const ext = item['x-wiredesk'];
  const x = extractionOf(item);
  const datelineEnd = x?.dateline?.end ?? 0;
  const body = ext.text.slice(datelineEnd);
  const headline = item.headlines?.[0]?.value ?? '';
  const terms = new Map<string, number>();
  // The headline and the lead say what the story is; the rest adds detail.
  const lead = body.slice(0, LEAD_CHARS);
  // The slug is the agency's own name for the story ("BC-Peru-Quake-Aftershock", "quake-peru-aid"): its words
  // stay the same over every take, sidebar and follow-up, when headlines move on to aid, toll or reaction.
  const slug = (item.slugline ?? '').replace(/[-_./]+/g, ' ');
  const weighted: Array<[string, number]> = [[headline, LEAD_WEIGHT], [slug, SLUG_WEIGHT], [lead, LEAD_WEIGHT - 1], [body, 1]];
  for (const [text, w] of weighted) for (const t of contentTerms(text)) terms.set(t, (terms.get(t) ?? 0) + w);
  const entities = new Map<string, number>();
  for (const e of x?.entities ?? []) if (countsForStory(e, datelineEnd)) entities.set(e.id, (entities.get(e.id) ?? 0) + 1);
  // The months an item speaks of tell two look-alike stories apart (one quake in 2008, another in 2013).
  for (const t of x?.timexes ?? []) {
    const month = t.type === 'DATE' && t.start >= datelineEnd ? /^\d{4}(-\d{2})?/.exec(t.value)?.[0] : undefined;
    if (month) entities.set('#' + month, (entities.get('#' + month) ?? 0) + 1);
  }
  return { terms, entities, date: itemDate(item), body, headline };
}

function countsForStory(e: EntityMention, datelineEnd: number): boolean {
  return e.start >= datelineEnd && STORY_ENTITY_TYPES.has(e.type) && e.id.length > 1;
}
