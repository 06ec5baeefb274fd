// The subscription rule language: conditions on an item's fields and on what extraction found in it.
// Two spellings of one tree:
//   text  urgency<=3 AND place:Iraq AND quote.speaker:"Sabrina Singh"      (AND / OR / NOT, parentheses;
//         side-by-side conditions are ANDed; a bare word or "phrase" is a full-text condition)
//   JSON  {"all": [{"field": "urgency", "op": "<=", "value": 3}, {"field": "place", "eq": "iraq"}]}
//         ("all" / "any" / "not", leaves {field, op, value} or {field, eq})
// Every condition tests one field; event.* conditions are true when any one event of the item passes, and
// event(type:ASSAULT AND target:"coalition troops" AND count>=1) (JSON {"event": {...}}) needs one event to pass all.
import type { Item } from '../item/types.ts';
import type { Extraction } from '../extract/types.ts';

export const NUMBER_FIELDS = ['urgency', 'event.count'] as const;
export const KEYWORD_FIELDS = ['source', 'place', 'entity', 'quote.speaker', 'event.type', 'event.source', 'event.target', 'story'] as const;
export const FIELDS = [...NUMBER_FIELDS, ...KEYWORD_FIELDS, 'text'] as const;
export type Field = (typeof FIELDS)[number];
export type KeywordField = (typeof KEYWORD_FIELDS)[number];
export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~';

const ALIASES: Record<string, Field> = { speaker: 'quote.speaker', quote: 'quote.speaker', event: 'event.type', storyid: 'story', q: 'text', agency: 'source' };

export type Rule =
  | { kind: 'all'; of: Rule[] }
  | { kind: 'any'; of: Rule[] }
  | { kind: 'not'; of: Rule }
  /** One and the same event of the item passes the inner rule (whose fields are all event.*). */
  | { kind: 'event'; of: Rule }
  | { kind: 'cmp'; field: Field; op: Op; value: number | string; text?: TextQuery };

/** A full-text condition, parsed once: every word and every phrase must occur. */
export interface TextQuery {
  words: string[];
  phrases: string[][];
}

/** A rule that cannot be read: code BAD_RULE, what is wrong and where (a column of the text, or a JSON path). */
export class RuleError extends Error {
  readonly code = 'BAD_RULE';
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
  }
}

const MAX_RULE_CHARS = 4000;
const MAX_NODES = 200;

// ---------- reading ----------

/** Reads a rule given as text or as its JSON tree. */
export function parseRule(input: unknown): Rule {
  if (typeof input === 'string') return parseRuleText(input);
  if (input && typeof input === 'object') {
    const rule = fromJson(input, '$');
    if (countNodes(rule) > MAX_NODES) throw new RuleError(`the rule has more than ${MAX_NODES} conditions`, '$');
    return rule;
  }
  throw new RuleError('a rule is a string like `urgency<=3 AND place:Iraq` or a JSON object like {"all": [...]}', '$');
}

function countNodes(r: Rule): number {
  if (r.kind === 'cmp') return 1;
  if (r.kind === 'not' || r.kind === 'event') return 1 + countNodes(r.of);
  return 1 + r.of.reduce((n, c) => n + countNodes(c), 0);
}

const EVENT_FIELDS = ['event.type', 'event.source', 'event.target', 'event.count'];

/** Field names; inside event(...) they are the event's own: type, source, target, count. */
function resolveField(name: string, where: string, inEvent = false): Field {
  const lower = name.toLowerCase();
  if (inEvent) {
    const f = EVENT_FIELDS.includes(lower) ? lower : `event.${lower}`;
    if (EVENT_FIELDS.includes(f)) return f as Field;
    throw new RuleError(`inside event(...) the fields are type, source, target and count; got "${name}"`, where);
  }
  if ((FIELDS as readonly string[]).includes(lower)) return lower as Field;
  if (ALIASES[lower]) return ALIASES[lower];
  const near = [...FIELDS].sort((a, b) => editDistance(lower, a) - editDistance(lower, b))[0];
  const hint = editDistance(lower, near) <= 2 ? `did you mean "${near}"? ` : '';
  throw new RuleError(`unknown field "${name}"; ${hint}fields are ${FIELDS.join(', ')}`, where);
}

/** Checks a field/op/value triple and turns it into a condition. */
function condition(field: Field, op: Op, raw: string | number, where: string): Rule {
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
    if (op === '~') throw new RuleError(`"${field}" is a number: use =, !=, <, <=, > or >=`, where);
    const value = typeof raw === 'number' ? raw : Number(raw);
    if (raw === '' || !Number.isFinite(value)) throw new RuleError(`"${field}" needs a number; got ${JSON.stringify(raw)}`, where);
    if (field === 'urgency' && (!Number.isInteger(value) || value < 1 || value > 9)) throw new RuleError(`urgency is an integer from 1 (flash) to 9; got ${value}`, where);
    return { kind: 'cmp', field, op, value };
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new RuleError(`"${field}" needs a string value`, where);
  const value = normalize(String(raw));
  if (!value) throw new RuleError(`"${field}" needs a non-empty value`, where);
  if (field === 'text') {
    if (op !== '~' && op !== '=') throw new RuleError(`"text" takes ~ (contains) or : ; got ${op}`, where);
    const text = parseTextQuery(String(raw));
    if (!text.words.length && !text.phrases.length) throw new RuleError(`"text" needs at least one word; got ${JSON.stringify(raw)}`, where);
    return { kind: 'cmp', field, op: '~', value: String(raw), text };
  }
  if (op !== '=' && op !== '!=') throw new RuleError(`"${field}" compares names: use : (or =) or !=; got ${op}`, where);
  return { kind: 'cmp', field, op, value };
}

function fromJson(node: unknown, path: string, inEvent = false): Rule {
  if (typeof node === 'string') {
    if (!inEvent) return parseRuleText(node);
    // Read as the inside of event(...), so that type, source, target and count are the event's fields.
    const wrapped = parseRuleText(`event(${node})`);
    if (wrapped.kind !== 'event') throw new RuleError(`expected conditions on the event like type:ASSAULT; got ${JSON.stringify(node)}`, path);
    return wrapped.of;
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) throw new RuleError('expected an object: {"all": [...]}, {"any": [...]}, {"not": {...}} or {"field", "op", "value"}', path);
  const o = node as Record<string, unknown>;
  for (const group of ['all', 'any'] as const) {
    if (group in o) {
      const list = o[group];
      if (!Array.isArray(list) || list.length === 0) throw new RuleError(`"${group}" needs a non-empty array of rules`, `${path}.${group}`);
      return { kind: group, of: list.map((c, i) => fromJson(c, `${path}.${group}[${i}]`, inEvent)) };
    }
  }
  if ('not' in o) return { kind: 'not', of: fromJson(o.not, `${path}.not`, inEvent) };
  if ('event' in o) {
    if (inEvent) throw new RuleError('event(...) cannot hold another event(...)', `${path}.event`);
    return { kind: 'event', of: fromJson(o.event, `${path}.event`, true) };
  }
  if (!('field' in o)) throw new RuleError('a condition needs "field" (or use "all", "any", "not")', path);
  if (typeof o.field !== 'string') throw new RuleError('"field" must be a string', `${path}.field`);
  const field = resolveField(o.field, `${path}.field`, inEvent);
  let op: Op;
  let value: unknown;
  if ('eq' in o) {
    op = field === 'text' ? '~' : '=';
    value = o.eq;
  } else {
    const ops = ['=', '!=', '<', '<=', '>', '>=', '~', ':', '=='];
    if (typeof o.op !== 'string' || !ops.includes(o.op)) throw new RuleError(`"op" must be one of ${ops.join(' ')}; got ${JSON.stringify(o.op)}`, `${path}.op`);
    op = o.op === ':' || o.op === '==' ? (field === 'text' ? '~' : '=') : (o.op as Op);
    value = o.value;
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw new RuleError('"value" must be a string or a number', `${path}.${'eq' in o ? 'eq' : 'value'}`);
  return condition(field, op, value, path);
}

interface Token {
  kind: 'word' | 'string' | 'op' | '(' | ')' | 'and' | 'or' | 'not' | 'end';
  text: string;
  col: number; // 1-based column in the rule text
}

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const col = i + 1;
    if (c === '(' || c === ')') {
      tokens.push({ kind: c, text: c, col });
      i++;
    } else if (c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && i + 1 < src.length) i++;
        s += src[i++];
      }
      if (i >= src.length) throw new RuleError('this quoted string is never closed: add a closing "', `column ${col}`);
      i++;
      tokens.push({ kind: 'string', text: s, col });
    } else if (/[<>=!:~]/.test(c)) {
      const two = src.slice(i, i + 2);
      const op = ['<=', '>=', '!=', '=='].includes(two) ? two : c;
      if (op === '!') throw new RuleError('"!" alone is not an operator: use != or NOT', `column ${col}`);
      tokens.push({ kind: 'op', text: op, col });
      i += op.length;
    } else {
      const m = /^[^\s()"<>=!:~]+/.exec(src.slice(i))!;
      const word = m[0];
      const upper = word.toUpperCase();
      const kind = upper === 'AND' || upper === '&&' ? 'and' : upper === 'OR' || upper === '||' ? 'or' : upper === 'NOT' ? 'not' : 'word';
      tokens.push({ kind, text: word, col });
      i += word.length;
    }
  }
  tokens.push({ kind: 'end', text: '', col: src.length + 1 });
  return tokens;
}

/** Reads the text spelling. */
export function parseRuleText(src: string): Rule {
  if (src.length > MAX_RULE_CHARS) throw new RuleError(`the rule is longer than ${MAX_RULE_CHARS} characters`, 'column 1');
  if (!src.trim()) throw new RuleError('the rule is empty; write conditions like `urgency<=3 AND place:Iraq`', 'column 1');
  const tokens = lex(src);
  let p = 0;
  let nodes = 0;
  let inEvent = false;
  const peek = () => tokens[p];
  const at = (t: Token) => `column ${t.col}`;
  const describe = (t: Token) => (t.kind === 'end' ? 'the end of the rule' : `"${t.text}"`);

  const orExpr = (): Rule => {
    const of = [andExpr()];
    while (peek().kind === 'or') {
      p++;
      of.push(andExpr());
    }
    return of.length === 1 ? of[0] : { kind: 'any', of };
  };
  const andExpr = (): Rule => {
    const of = [notExpr()];
    for (;;) {
      const t = peek();
      if (t.kind === 'and') {
        p++;
        of.push(notExpr());
      } else if (t.kind === 'word' || t.kind === 'string' || t.kind === '(' || t.kind === 'not') of.push(notExpr()); // side by side: AND
      else break;
    }
    return of.length === 1 ? of[0] : { kind: 'all', of };
  };
  const notExpr = (): Rule => {
    if (peek().kind === 'not') {
      p++;
      return { kind: 'not', of: notExpr() };
    }
    return primary();
  };
  const primary = (): Rule => {
    const t = tokens[p++];
    if (++nodes > MAX_NODES) throw new RuleError(`the rule has more than ${MAX_NODES} conditions`, at(t));
    if (t.kind === '(') {
      const inner = orExpr();
      const close = tokens[p++];
      if (close.kind !== ')') throw new RuleError(`expected ) to close the ( at column ${t.col}; found ${describe(close)}`, at(close));
      return inner;
    }
    if (t.kind === 'word' && t.text.toLowerCase() === 'event' && peek().kind === '(') {
      if (inEvent) throw new RuleError('event(...) cannot hold another event(...)', at(t));
      const open = tokens[p++];
      inEvent = true;
      const inner = orExpr();
      inEvent = false;
      const close = tokens[p++];
      if (close.kind !== ')') throw new RuleError(`expected ) to close the event( at column ${open.col}; found ${describe(close)}`, at(close));
      return { kind: 'event', of: inner };
    }
    if (inEvent && (t.kind === 'string' || (t.kind === 'word' && peek().kind !== 'op')))
      throw new RuleError(`inside event(...) write conditions like type:ASSAULT or count>=1; found ${describe(t)}`, at(t));
    if (t.kind === 'string') return condition('text', '~', t.text, at(t));
    if (t.kind !== 'word') throw new RuleError(`expected a condition like place:Iraq; found ${describe(t)}`, at(t));
    if (peek().kind !== 'op') {
      if (FIELDS.includes(t.text.toLowerCase() as Field) || ALIASES[t.text.toLowerCase()]) throw new RuleError(`"${t.text}" is a field: follow it with an operator and a value, like ${t.text}:VALUE`, at(peek()));
      return condition('text', '~', t.text, at(t)); // a bare word searches the text
    }
    const field = resolveField(t.text, at(t), inEvent);
    const opTok = tokens[p++];
    const value = tokens[p++];
    if (value.kind !== 'word' && value.kind !== 'string') throw new RuleError(`expected a value after ${t.text}${opTok.text}; found ${describe(value)}`, at(value));
    const op = (opTok.text === ':' || opTok.text === '==' ? (field === 'text' ? '~' : '=') : opTok.text) as Op;
    return condition(field, op, value.text, at(value));
  };

  const rule = orExpr();
  const rest = peek();
  if (rest.kind !== 'end') throw new RuleError(`unexpected ${describe(rest)}${rest.kind === ')' ? ' (no ( to close)' : ''}`, at(rest));
  return rule;
}

/** The rule in its text spelling (how the API shows it back). */
export function ruleToText(r: Rule, top = true, inEvent = false): string {
  switch (r.kind) {
    case 'event':
      return `event(${ruleToText(r.of, true, true)})`;
    case 'cmp': {
      const v = typeof r.value === 'number' ? String(r.value) : /^[^\s()"<>=!:~]+$/.test(r.value) && !/^(and|or|not)$/i.test(r.value) ? r.value : JSON.stringify(r.value);
      const field = inEvent ? r.field.slice('event.'.length) : r.field;
      return r.field === 'text' ? `text~${v}` : `${field}${r.op === '=' ? ':' : r.op}${v}`;
    }
    case 'not':
      return `NOT ${ruleToText(r.of, false, inEvent)}`;
    default: {
      const s = r.of.map((c) => ruleToText(c, false, inEvent)).join(r.kind === 'all' ? ' AND ' : ' OR ');
      return top ? s : `(${s})`;
    }
  }
}

// ---------- the facts of an item ----------

/** What rules look at, computed once per item: lower-cased names per field, numbers, the text's words. */
export interface ItemFacts {
  urgency?: number;
  names: Map<KeywordField, Set<string>>;
  counts: number[];
  words: Set<string>;
  /** The words joined by single spaces, with a space at each end: phrases are found with indexOf. */
  joined: string;
  /** Each event's own facts (its type, source, target, count), for event(...) conditions. */
  events?: ItemFacts[];
}

export const normalize = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const tokenize = (s: string) => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function parseTextQuery(q: string): TextQuery {
  const phrases: string[][] = [];
  const rest = q.replace(/"([^"]*)"/g, (_m, phrase: string) => {
    const words = tokenize(phrase);
    if (words.length > 1) phrases.push(words);
    else if (words.length === 1) return ` ${words[0]} `;
    return ' ';
  });
  return { words: [...new Set(tokenize(rest))], phrases };
}

export function itemFacts(item: Item): ItemFacts {
  const ext = item['x-wiredesk'];
  const x = (ext?.extraction ?? {}) as Partial<Extraction>;
  const names = new Map<KeywordField, Set<string>>();
  const add = (f: KeywordField, v: string | undefined) => {
    if (!v) return;
    const n = normalize(v);
    if (!n) return;
    let set = names.get(f);
    if (!set) names.set(f, (set = new Set()));
    set.add(n);
  };
  for (const s of item.infoSources ?? []) add('source', s.name);
  for (const s of ext?.dateline?.sources ?? []) add('source', s);
  for (const s of x.dateline?.sources ?? []) add('source', s);
  add('place', ext?.dateline?.place);
  add('place', x.dateline?.place);
  for (const e of x.entities ?? []) add('entity', e.id);
  for (const q of x.quotes ?? []) add('quote.speaker', q.speaker);
  const counts: number[] = [];
  const events: ItemFacts[] = [];
  for (const e of x.events ?? []) {
    add('event.type', e.type);
    add('event.source', e.source);
    add('event.target', e.target);
    const count = e.count && Number.isFinite(e.count.value) ? [e.count.value] : [];
    counts.push(...count);
    const own = new Map<KeywordField, Set<string>>();
    for (const [field, value] of [['event.type', e.type], ['event.source', e.source], ['event.target', e.target]] as const) if (value && normalize(value)) own.set(field, new Set([normalize(value)]));
    events.push({ names: own, counts: count, words: new Set(), joined: '' });
  }
  add('story', ext?.storyId);
  const headline = (item.headlines ?? []).map((h) => h.value).join(' ');
  const words = tokenize(`${headline} ${ext?.text ?? ''}`);
  return { urgency: item.urgency, names, counts, words: new Set(words), joined: ` ${words.join(' ')} `, events };
}

// ---------- evaluation ----------

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return false;
  }
}

export function textMatches(t: TextQuery, f: ItemFacts): boolean {
  return t.words.every((w) => f.words.has(w)) && t.phrases.every((p) => f.joined.includes(` ${p.join(' ')} `));
}

/** Does the item pass the rule? A missing field fails every comparison (also !=); `source!=AFP` means AFP is not among the sources. */
export function evaluate(r: Rule, f: ItemFacts): boolean {
  switch (r.kind) {
    case 'all':
      return r.of.every((c) => evaluate(c, f));
    case 'any':
      return r.of.some((c) => evaluate(c, f));
    case 'not':
      return !evaluate(r.of, f);
    case 'event':
      return (f.events ?? []).some((e) => evaluate(r.of, e));
    case 'cmp':
      if (r.field === 'urgency') return f.urgency !== undefined && compare(f.urgency, r.op, r.value as number);
      if (r.field === 'event.count') return f.counts.some((c) => compare(c, r.op, r.value as number));
      if (r.field === 'text') return textMatches(r.text!, f);
      {
        const names = f.names.get(r.field);
        if (!names) return false;
        return r.op === '=' ? names.has(r.value as string) : !names.has(r.value as string);
      }
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
