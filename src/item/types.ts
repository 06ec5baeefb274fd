// The canonical record: an IPTC ninjs 3.1 news item, plus wiredesk's own fields under the single
// extension key `x-wiredesk`. ninjs 3.1 forbids unknown root properties, so validation checks the
// item with the extension removed against the official schema, and the extension against our own.

export type PubStatus = 'usable' | 'withheld' | 'canceled';

export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
  charCount?: number;
  wordCount?: number;
}

export interface NinjsConcept {
  name?: string;
  uri?: string;
  rel?: string;
  literal?: string;
}

export interface NinjsInfoSource {
  name?: string;
  role?: string; // "originator" | "distributor" | ...
  uri?: string;
  literal?: string;
}

export interface NinjsAltId {
  role?: string;
  value: string;
}

/** The subset of ninjs 3.1 that wiredesk reads and writes (all names as in the 3.1 schema). */
export interface Ninjs {
  uri: string;
  type?: 'text' | 'picture' | 'video' | 'audio' | 'graphic' | 'composite' | 'planning' | 'component' | 'event';
  representationType?: 'full' | 'partial';
  profile?: string;
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  contentCreated?: string;
  embargoedUntil?: string;
  pubStatus?: PubStatus;
  urgency?: number;
  copyrightHolder?: string;
  copyrightNotice?: string;
  usageTerms?: string;
  edNote?: string;
  language?: string;
  descriptions?: NinjsText[];
  bodies?: NinjsText[];
  headlines?: NinjsText[];
  people?: NinjsConcept[];
  organisations?: NinjsConcept[];
  places?: NinjsConcept[];
  subjects?: NinjsConcept[];
  genres?: NinjsConcept[];
  infoSources?: NinjsInfoSource[];
  by?: string;
  slugline?: string;
  located?: string;
  altIds?: NinjsAltId[];
}

/** The dateline as the wire wrote it, split into its parts. */
export interface Dateline {
  text: string; // "BAGHDAD, Jan 27, 2024 (BSS/AFP)"
  place?: string; // "BAGHDAD"
  date?: string; // ISO date "2024-01-27" when the dateline (or item metadata) gives it
  /** Agency chain as written, distributor first: "BSS/AFP" -> ["BSS", "AFP"] (AFP originated, BSS distributed). */
  sources?: string[];
}

/** wiredesk's own fields, kept under `x-wiredesk`. */
export interface WiredeskExt {
  /** Format module that read the item: "wire-text", "anpa1312", "iptc7901", "nitf", "newsml-g2", "ninjs", "newsml12", "rss", "atom", "reuters-sgml". */
  format: string;
  /** Where the bytes came from: a file path, "http", a feed URL... */
  source?: string;
  /** The item's plain text: dateline and body paragraphs joined by "\n\n". Extraction offsets point into this. */
  text: string;
  /** Paragraph spans [start, end) into `text`. */
  paragraphs?: Array<[number, number]>;
  dateline?: Dateline;
  /** Format-specific header fields worth keeping (ANPA category, take number, keyword...). */
  wire?: Record<string, string | number>;
  /** When wiredesk received it (ISO). */
  receivedAt?: string;
  /** Extraction results (see src/extract/types.ts), added after parsing. */
  extraction?: unknown;
  /** The developing story this item belongs to, assigned by src/stories. */
  storyId?: string;
  /** Set on items the store hands out: the stable internal id and the change sequence number. */
  id?: string;
  seq?: number;
  /** Set by GET /v1/items/:id: every stored version, newest first. */
  versions?: Array<{ version: string; versionCreated?: string; pubStatus?: PubStatus }>;
}

export interface Item extends Ninjs {
  'x-wiredesk': WiredeskExt;
}

/** Where something went wrong in the input. */
export interface Position {
  file?: string;
  line?: number;
  column?: number;
  byte?: number;
  /** Index of the item inside a container (an RSS channel, an SGML file). */
  index?: number;
}

/** A part of the input that could not be read: kept whole in quarantine with its reason. */
export interface ParseFailure {
  code: string; // e.g. "XML_MALFORMED", "EMPTY_INPUT", "TOO_LARGE", "ENCODING_INVALID", "UNKNOWN_FORMAT", "ENTITY_EXPANSION", "SCHEMA_INVALID"
  message: string; // what is wrong and what to do
  position?: Position;
  raw: Uint8Array; // the bytes that could not be read (the whole input or the bad item)
}

export interface ParseResult {
  format: string;
  items: Item[];
  failures: ParseFailure[];
}
