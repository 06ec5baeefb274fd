// The reading pipeline, in order: Doc → dateline → timex → entities → quotes → quantities → events.
// Each stage is a pure function of the Doc and what came before; a stage that fails on odd input is
// recorded in `errors` and the others still run.
import type { Item } from '../item/types.ts';
import type { Extraction, ExtractionRecord } from './types.ts';
import { makeDoc } from '../text/doc.ts';
import { extractDateline } from './dateline.ts';
import { extractTimexes, readDocumentDate } from './timex.ts';
import { extractEntities } from './entities.ts';
import { extractQuotes } from './quotes.ts';
import { extractQuantities } from './quantities.ts';
import { extractEvents } from './events.ts';

export interface ExtractionWithErrors extends Extraction {
  errors?: string[];
}

function stage<T>(name: string, errors: string[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    errors.push(`${name}: ${(err as Error).message}`);
    return fallback;
  }
}

/** `dct` is the document date the caller vouches for; `sentAt` a time from the item's metadata (when it was sent or
 *  arrived), used only when neither a document date nor a dated dateline is there. */
export function extract(text: string, opts: { dct?: string; sentAt?: string } = {}): ExtractionWithErrors {
  const errors: string[] = [];
  const given = readDocumentDate(opts.dct);
  if (opts.dct && !given) errors.push(`dct: "${opts.dct}" is not a date this reader knows; dates are read against the dateline instead`);
  const sentAt = readDocumentDate(opts.sentAt);
  const doc = makeDoc(text, given ?? sentAt); // the dateline takes its missing year from it
  const dateline = stage('dateline', errors, undefined, () => extractDateline(doc));
  // Relative dates are read against the document date given (../shared/eval/FORMAT.md), else the dateline's day, and
  // only then the sending time: a story filed late on the 7th may be sent after midnight. A dateline a day or three
  // before the date given is when the story was written, and its "today" is that day: "MACAO, December 20 (Xinhua) --
  // President Jiang today inspected the garrison", archived on the 21st.
  doc.dct = writtenBefore(dateline?.date, given) ?? given ?? dateline?.date ?? sentAt;
  const timexes = stage('timex', errors, [], () => extractTimexes(doc));
  const entities = stage('entities', errors, [], () => extractEntities(doc, timexes, dateline));
  const quotes = stage('quotes', errors, [], () => extractQuotes(doc, entities, dateline));
  const quantities = stage('quantities', errors, [], () => extractQuantities(doc, timexes));
  const events = stage('events', errors, [], () => extractEvents(doc, { dateline, timexes, entities, quantities }));
  const result: ExtractionWithErrors = { dateline, timexes, entities, quotes, quantities, events };
  if (errors.length) result.errors = errors;
  return result;
}

/** The dateline's day when it is one to three days before the document date. */
function writtenBefore(datelineDay: string | undefined, given: string | undefined): string | undefined {
  if (!datelineDay || !given) return undefined;
  const days = (Date.parse(given) - Date.parse(datelineDay)) / 86_400_000;
  return days >= 1 && days <= 3 ? datelineDay : undefined;
}

/** The record format of ../shared/eval/FORMAT.md, with what went wrong reading it. */
type RecordWithErrors = ExtractionRecord & Pick<ExtractionWithErrors, 'errors'>;

export function extractRecord(input: { id: string; text: string; dct?: string }): RecordWithErrors {
  const x = extract(input.text, { dct: input.dct });
  const record: RecordWithErrors = { id: input.id, ...x };
  if (x.dateline) record.dateline = { place: x.dateline.place, date: x.dateline.date, sources: x.dateline.sources };
  return record;
}

/** Reads an item's plain text, dated by its dateline or, failing that, its version time or its arrival. */
export function extractItem(item: Item): Extraction {
  const ext = item['x-wiredesk'];
  // An item with no time of its own (plain text posted as is) is dated by when it arrived.
  return extract(ext.text, { dct: ext.dateline?.date, sentAt: item.versionCreated ?? item.firstCreated ?? ext.receivedAt });
}
