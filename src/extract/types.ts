// Extraction results, in the shared record format (../shared/eval/FORMAT.md).
// Offsets are JavaScript string indices into the text that was read, end exclusive.

export interface Span {
  start: number;
  end: number;
  text?: string;
}

export interface DatelineFact {
  place?: string; // "Baghdad" (as the gazetteer names it)
  date?: string; // "2024-01-27"
  sources?: string[]; // ["BSS", "AFP"], distributor first, as written
  country?: string; // ISO 3166-1 alpha-2 of the place
  lat?: number;
  lon?: number;
  start?: number;
  end?: number;
}

export interface Timex extends Span {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod?: 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER' | 'APPROX' | 'LESS_THAN' | 'MORE_THAN';
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'MISC';

export interface EntityMention extends Span {
  type: EntityType;
  /** Canonical entity name: every mention of one entity carries the same id. */
  id: string;
}

export interface Quote extends Span {
  speaker?: string; // canonical name of who said it
  kind: 'direct' | 'mixed' | 'indirect';
  cue?: string; // the speech verb: "said", "told"
  speakerStart?: number; // span of the speaker mention the attribution came from
  speakerEnd?: number;
}

export interface Quantity extends Span {
  value: number;
  unit: string; // what is counted ("troops"), an ISO 4217 code for money, "percent"
  approx: boolean;
  bound: '=' | '>' | '<' | '>=' | '<=';
}

export interface EventRecord {
  type: string; // PLOVER 2.0 type
  source?: string;
  target?: string;
  date?: string;
  place?: string;
  trigger?: string;
  start?: number;
  end?: number;
  count?: { value: number; bound: Quantity['bound'] };
}

export interface Extraction {
  dateline?: DatelineFact;
  timexes: Timex[];
  entities: EntityMention[];
  quotes: Quote[];
  quantities: Quantity[];
  events: EventRecord[];
}

/** One line of `wiredesk extract --jsonl` output (and of gold files). */
export interface ExtractionRecord extends Partial<Extraction> {
  id: string;
}
