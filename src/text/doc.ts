// The Doc: one pass over the text gives tokens with offsets; sentences and paragraphs are built on them.
// Hard-wrapped wire copy is read as it stands: a single line break is just whitespace, so names and quotes
// that run across a line break stay whole; a blank line, or a line break after a sentence end, ends a paragraph.
import type { Doc, Paragraph, Sentence, Token } from './types.ts';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc corp co ltd bros no vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ste ft pres maj brig supt insp det'.split(' '),
);

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 0x2028;
/** Letters and digits of any script; general punctuation (quotes, dashes: U+2000-U+206F) is not. */
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || c >= 0x2070;

/** Splits text into tokens: words (with inner hyphens, apostrophes, periods of abbreviations), numbers with separators, punctuation. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(c)) {
      i++;
      for (;;) {
        while (i < to && isWordChar(text.charCodeAt(i))) i++;
        const n = text.charCodeAt(i);
        const after = i + 1 < to ? text.charCodeAt(i + 1) : 0;
        // Joiners inside a token: 2,500  3.9  al-Sudani  U.S.  don't (but "Sudani's" splits off 's).
        if ((n === 44 || n === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(after)) i++;
        else if (n === 45 && isWordChar(after)) i++;
        else if (n === 46 && isUpper(text.charCodeAt(i - 1)) && i - 1 - start < 2 && isUpper(after) && text.charCodeAt(i + 2) === 46) i++;
        else if ((n === 39 || n === 0x2019) && isWordChar(after) && !((after === 115 || after === 83) && !isWordChar(text.charCodeAt(i + 2)))) i++;
        else break;
      }
      // An abbreviation keeps its period ("U.S.", "Gen.", "Jan.").
      if (text.charCodeAt(i) === 46 && isAbbreviation(text.slice(start, i), text, i)) i++;
      tokens.push({ start, end: i, text: text.slice(start, i) });
      continue;
    }
    if ((c === 39 || c === 0x2019) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && !isWordChar(text.charCodeAt(i + 2)) && i > from && isWordChar(text.charCodeAt(i - 1))) {
      i += 2; // possessive 's
    } else if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
      i += 3; // ellipsis
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      i += 2; // "--" dash
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    tokens.push({ start, end: i, text: text.slice(start, i) });
  }
  return tokens;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);

function isAbbreviation(word: string, text: string, dot: number): boolean {
  // "No. 10" is an abbreviation, a plain "no." ends a sentence.
  if (word.toLowerCase() === 'no') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(word)) return true; // U.S -> U.S.
  if (/^[A-Z]$/.test(word)) {
    // An initial ("John F. Kennedy") unless it ends a sentence ("... Plan B. The next").
    const next = text.slice(dot + 1, dot + 3);
    return /^\s[A-Z]/.test(next);
  }
  return false;
}

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);
const ENDERS = new Set(['.', '!', '?', '...', '\u2026']);

/** What may follow "p.m." in the same sentence though it is capitalised: a time zone or a day. */
const CLOCK_RUNS_ON = /^(?:[ECMP][SD]T|GMT|UTC|BST|CET|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

const SPEECH_VERB = /^(?:said|says|asked|asks|told|tells|added|adds|replied|shouted|tweeted|wrote|declared|exclaimed)$/;

/** A name or a description, perhaps set off by commas, then a speech verb: "DeGeneres said", "the team's coach
 *  asked", "Liu Wei, from the operations office, said". */
function attributionAt(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 14; k++) {
    if (SPEECH_VERB.test(tokens[k].text)) return k > from;
    if (!/^(?:[\p{L}'\u2019.-]+|,)$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** Sentences end after . ! ? (with any closing quotes or brackets) when the next token starts a new sentence. */
export function splitSentences(text: string, tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  let p = 0;
  let current: Token[] = [];
  const flush = () => {
    if (current.length) sentences.push({ start: current[0].start, end: current[current.length - 1].end, tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (p < paragraphs.length && t.start >= paragraphs[p].end) {
      p++;
      flush();
    }
    current.push(t);
    const last = t.text;
    const endsWithAbbrevDot = last.length > 1 && last.endsWith('.') && last !== '...';
    if (!ENDERS.has(last) && !endsWithAbbrevDot) continue;
    // Take closing quotes and brackets along.
    const ender = i;
    while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1].text) && tokens[i + 1].start === tokens[i].end) current.push(tokens[++i]);
    const next = tokens[i + 1];
    if (!next) continue;
    // A quote that ends in "!" or "?" runs on into its attribution: '"I'm hosting the Oscars!" DeGeneres said Friday.'
    if ((last === '!' || last === '?') && i > ender && attributionAt(tokens, i + 1)) continue;
    const nextStartsSentence = /^[A-Z0-9"'`\u201C\u2018(\u00AB\u00C0-\u00DE-]/.test(next.text); // `` opens AP's quotes
    if (endsWithAbbrevDot && !/^(?:[A-Z]\.)+$/.test(last)) continue; // "Gen." "Jan." never end one
    if (endsWithAbbrevDot && nextStartsSentence && /^(The|A|An|He|She|It|They|We|I|In|But|On|At|This|That|There)$/.test(next.text)) {
      flush(); // "...in the U.S. The next..."
      continue;
    }
    if (endsWithAbbrevDot) continue;
    // An ellipsis inside a quote runs on ("timeline... and to begin").
    if ((last === '...' || last === '\u2026') && !nextStartsSentence) continue;
    // "at 4:15 p.m. EDT on Monday", "at 10 p.m. Wednesday": a clock time's zone or day runs on.
    if (last === '.' && CLOCK_RUNS_ON.test(next.text) && /^[ap]\.m$/i.test(current.slice(-4, -1).map((x) => x.text).join(''))) continue;
    if (nextStartsSentence) flush();
  }
  flush();
  return sentences;
}

/** Wire copy wraps its lines at a fixed width (at most 100 columns): most lines that run on into another line
 *  come close to the longest. Text whose lines are sentences or paragraphs (one per line) is not wrapped. */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trimEnd().length);
  const width = Math.max(...lines);
  if (lines.length < 2 || width > 100) return false;
  let runOn = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] === 0 || lines[i + 1] === 0) continue; // a blank line ends a paragraph in any layout
    runOn++;
    if (lines[i] >= 0.6 * width) full++;
  }
  return runOn > 0 && full >= 0.5 * runOn;
}

/** Paragraphs: a blank line, or a line break after a sentence end (hard-wrapped wire copy), starts a new one.
 *  In text that is not hard-wrapped every line break does (one sentence or paragraph a line). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  };
  if (!isHardWrapped(text)) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      push(i);
      start = i + 1;
    }
    push(text.length);
    return paragraphs;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const nextLineBlank = /^[ \t]*(\r?\n|$)/.test(text.slice(i + 1, i + 3));
    const before = text.slice(Math.max(start, i - 4), i).replace(/\s+$/, '');
    const sentenceEnd = /[.!?:]["'\u201D\u2019)]*$/.test(before) && !/\b(?:[A-Z]\.)+$|\b(?:Mr|Mrs|Dr|Gen|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/.test(text.slice(Math.max(start, i - 8), i));
    const subheadNext = /^\s*-{1,2} .{2,80} -{1,2}\s*$/m.test(text.slice(i + 1, text.indexOf('\n', i + 1) < 0 ? undefined : text.indexOf('\n', i + 1)));
    // A short first line is a header ("News Flash") when the next line starts afresh, not when a sentence wraps on.
    const lineIsShortHeader = i - start < 40 && !/[.,;]$/.test(before) && paragraphs.length === 0 && /^[ \t]*[A-Z0-9]/.test(text.slice(i + 1, i + 4));
    if (nextLineBlank || sentenceEnd || subheadNext || lineIsShortHeader || /^\s*-{1,2} .{2,80} -{1,2}\s*$/.test(text.slice(start, i))) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return paragraphs;
}

export function makeDoc(text: string, dct?: string): Doc {
  const paragraphs = splitParagraphs(text);
  const tokens = tokenize(text);
  return { text, dct, paragraphs, sentences: splitSentences(text, tokens, paragraphs) };
}
