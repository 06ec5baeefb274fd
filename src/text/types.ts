// The Doc: the text of one item with its paragraphs, sentences and tokens as offsets into it.
// Offsets are JavaScript string indices into `text`, end exclusive (see ../shared/DESIGN.md).

export interface Token {
  start: number;
  end: number;
  text: string; // the token's characters (a hard line break inside a token never happens: tokens split on whitespace)
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  /** Document creation time (ISO date), when known: the anchor for relative dates. */
  dct?: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
