// An index of subscription rules, so that matching an item looks only at rules that could pass.
// Each rule is filed under a few keys that any matching item must produce (an entity id, a place, a word of
// its text, an urgency value...). For an AND the most selective child decides the keys; an OR is filed under
// the keys of all its children. An item produces its keys, the postings of those keys are the candidates, and
// only candidates are evaluated in full. Rules with no necessary key (a bare NOT) are checked for every item.
import { evaluate, itemFacts, type ItemFacts, type Rule } from './rules.ts';
import type { Item } from '../item/types.ts';

const KEY_SEP = '\u0000';

/** How many items a key is expected to select, roughly: a word or a name is rare, routine urgency is not. */
function weight(key: string): number {
  const [kind, value] = key.split(KEY_SEP);
  if (kind === 'urgency') return Number(value) <= 2 ? 3 : Number(value) === 3 ? 5 : 50;
  if (kind === 'count') return 30;
  if (kind === 'word') return 2;
  if (kind === 'event.type') return 5; // a few dozen PLOVER types: each is common
  if (kind === 'source') return 3; // a handful of agencies
  return 1;
}

/** The keys under which a rule is filed, or null when no key is necessary for it to pass. */
export function necessaryKeys(r: Rule): Set<string> | null {
  switch (r.kind) {
    case 'not':
      return null;
    case 'event': // the event that passes produces its keys as the item's own
      return necessaryKeys(r.of);
    case 'any': {
      const union = new Set<string>();
      for (const c of r.of) {
        const keys = necessaryKeys(c);
        if (!keys) return null;
        for (const k of keys) union.add(k);
      }
      return union;
    }
    case 'all': {
      let best: Set<string> | null = null;
      let bestCost = Infinity;
      for (const c of r.of) {
        const keys = necessaryKeys(c);
        if (!keys) continue;
        const cost = [...keys].reduce((n, k) => n + weight(k), 0);
        if (cost < bestCost) [best, bestCost] = [keys, cost];
      }
      return best;
    }
    case 'cmp': {
      if (r.field === 'urgency') {
        const keys = new Set<string>();
        for (let u = 1; u <= 9; u++) if (evaluate(r, { urgency: u, names: new Map(), counts: [], words: new Set(), joined: '' })) keys.add(`urgency${KEY_SEP}${u}`);
        return keys;
      }
      if (r.field === 'event.count') return new Set([`count${KEY_SEP}`]);
      if (r.field === 'text') {
        // Every word must occur: the longest one is the rarest guess.
        const words = [...r.text!.words, ...r.text!.phrases.flat()].sort((a, b) => b.length - a.length);
        return new Set([`word${KEY_SEP}${words[0]}`]);
      }
      return r.op === '=' ? new Set([`${r.field}${KEY_SEP}${r.value}`]) : null;
    }
  }
}

export class RuleIndex<Id = string> {
  private readonly rules = new Map<Id, { rule: Rule; keys: Set<string> | null }>();
  /** field ("entity", "word", "urgency"...) → value → rules filed under it. */
  private readonly postings = new Map<string, Map<string, Set<Id>>>();
  private readonly unindexed = new Set<Id>();

  get size(): number {
    return this.rules.size;
  }

  add(id: Id, rule: Rule): void {
    this.remove(id);
    const keys = necessaryKeys(rule);
    this.rules.set(id, { rule, keys });
    if (!keys) {
      this.unindexed.add(id);
      return;
    }
    for (const k of keys) {
      const [field, value] = k.split(KEY_SEP);
      let values = this.postings.get(field);
      if (!values) this.postings.set(field, (values = new Map()));
      let ids = values.get(value);
      if (!ids) values.set(value, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(id: Id): void {
    const entry = this.rules.get(id);
    if (!entry) return;
    this.rules.delete(id);
    this.unindexed.delete(id);
    for (const k of entry.keys ?? []) {
      const [field, value] = k.split(KEY_SEP);
      const values = this.postings.get(field);
      const ids = values?.get(value);
      ids?.delete(id);
      if (ids?.size === 0) values!.delete(value);
      if (values?.size === 0) this.postings.delete(field);
    }
  }

  /** Rules filed under a key the item produces: its urgency, counted events, names per field, words. */
  private candidates(f: ItemFacts): Set<Id> {
    const out = new Set<Id>(this.unindexed);
    const addAll = (ids: Set<Id> | undefined) => {
      if (ids) for (const id of ids) out.add(id);
    };
    if (f.urgency !== undefined) addAll(this.postings.get('urgency')?.get(String(f.urgency)));
    if (f.counts.length) addAll(this.postings.get('count')?.get(''));
    for (const [field, names] of f.names) {
      const values = this.postings.get(field);
      if (values) for (const n of names) addAll(values.get(n));
    }
    const words = this.postings.get('word');
    if (words) {
      // Walk the smaller side: the item's words or the words rules are filed under.
      if (words.size < f.words.size) {
        for (const [w, ids] of words) if (f.words.has(w)) addAll(ids);
      } else for (const w of f.words) addAll(words.get(w));
    }
    return out;
  }

  /** Ids of the rules the item passes, in no particular order. */
  match(item: Item | ItemFacts): Id[] {
    const facts = asFacts(item);
    const out: Id[] = [];
    for (const id of this.candidates(facts)) if (evaluate(this.rules.get(id)!.rule, facts)) out.push(id);
    return out;
  }

  /** The same answer by evaluating every rule: the reference the index is tested against. */
  scan(item: Item | ItemFacts): Id[] {
    const facts = asFacts(item);
    const out: Id[] = [];
    for (const [id, { rule }] of this.rules) if (evaluate(rule, facts)) out.push(id);
    return out;
  }
}

const asFacts = (item: Item | ItemFacts): ItemFacts => ('names' in item && item.names instanceof Map ? (item as ItemFacts) : itemFacts(item as Item));
