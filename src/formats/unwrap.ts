// Hard-wrapped wire copy (lines cut at ~70-80 columns) joined back into paragraphs. A paragraph ends at a
// blank line, at an indented line, or at a line that ends a sentence (AFP and most agencies write one or
// two sentences a paragraph and break the line after the last one). An abbreviation at the end of a line
// ("U.S.", "Jan.") does not end a sentence.

const ABBREVIATION = /(?:^|\s)(?:[A-Z]\.){1,3}$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|approx)\.$/;
const SENTENCE_END = /[.!?:]["'\u201D\u2019)]*$|\.\.\.["'\u201D\u2019]?$/;
/** AFP-style subhead: "- 'Clear timeline' -" or "-- Subhead --": a paragraph of its own. */
export const SUBHEAD = /^\s*-{1,2}\s+.{2,80}\s+-{1,2}\s*$/;

export interface UnwrapOptions {
  /** Also end a paragraph at a line that ends a sentence (plain wire text); off where indentation or blank lines mark paragraphs. */
  sentenceEnds?: boolean;
}

export function unwrapParagraphs(lines: string[], opts: UnwrapOptions = { sentenceEnds: true }): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    if (SUBHEAD.test(line)) {
      flush();
      out.push(line.trim());
      continue;
    }
    if (/^(\t+ *| {2,})\S/.test(line)) flush(); // an indented line opens a paragraph
    current += (current ? ' ' : '') + line.trim();
    if (opts.sentenceEnds && SENTENCE_END.test(line) && !ABBREVIATION.test(line)) flush();
  }
  flush();
  return out;
}

/**
 * Reuters and ANSA put a whole hard-wrapped story inside one <p>: each paragraph opens with an indented line
 * and its continuation lines start at the margin, every line short. Returns those paragraphs, or null when the
 * text is not laid out that way (pretty-printed markup indents lines around inline elements, and its lines run long).
 */
export function splitIndentedParagraphs(raw: string): string[] | null {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const after = lines.slice(1); // the first line follows the opening tag, so its indentation says nothing
  const indented = after.filter((l) => /^(\t| {2,})\S/.test(l)).length;
  const atMargin = after.filter((l) => /^\S/.test(l)).length;
  const hardWrapped = lines.every((l) => l.trim().length <= 90);
  if (indented < 2 || atMargin < 1 || !hardWrapped) return null;
  return unwrapParagraphs(lines, { sentenceEnds: false });
}
