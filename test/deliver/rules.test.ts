// The rule language: both spellings, what each field looks at, clear errors, and the index agreeing with a full scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, itemFacts, parseRule, ruleToText, RuleError, type Rule } from '../../src/deliver/rules.ts';
import { RuleIndex } from '../../src/deliver/matcher.ts';
import type { Item } from '../../src/item/types.ts';

function item(opts: {
  urgency?: number;
  place?: string;
  sources?: string[];
  entities?: string[];
  speakers?: string[];
  events?: Array<{ type: string; target?: string; count?: number }>;
  story?: string;
  text?: string;
}): Item {
  return {
    uri: 'urn:test:rules',
    urgency: opts.urgency,
    headlines: [{ value: 'Headline' }],
    infoSources: (opts.sources ?? []).map((name) => ({ name })),
    'x-wiredesk': {
      format: 'ninjs',
      text: opts.text ?? '',
      dateline: opts.place ? { text: opts.place.toUpperCase(), place: opts.place.toUpperCase() } : undefined,
      storyId: opts.story,
      extraction: {
        timexes: [],
        entities: (opts.entities ?? []).map((id) => ({ id, type: 'PERSON', start: 0, end: 1 })),
        quotes: (opts.speakers ?? []).map((speaker) => ({ speaker, kind: 'direct', start: 0, end: 1 })),
        quantities: [],
        events: (opts.events ?? []).map((e) => ({ type: e.type, target: e.target, count: e.count === undefined ? undefined : { value: e.count, bound: '=' } })),
      },
    },
  };
}

const passes = (rule: unknown, it: Item) => evaluate(parseRule(rule), itemFacts(it));

test('the text spelling and the JSON tree read to the same rule', () => {
  const text = parseRule('urgency<=3 AND place:Iraq AND quote.speaker:"Sabrina Singh"');
  const json = parseRule({ all: [{ field: 'urgency', op: '<=', value: 3 }, { field: 'place', eq: 'iraq' }, { field: 'quote.speaker', op: ':', value: 'Sabrina Singh' }] });
  assert.deepEqual(text, json);
  assert.equal(ruleToText(text), 'urgency<=3 AND place:iraq AND quote.speaker:"sabrina singh"');
  // What the desk writes (web/src/lib/rules.ts) reads too.
  assert.equal(ruleToText(parseRule('text ~ "grain ships" AND urgency <= 3 AND source = "AFP" AND place = "Kyiv" AND entity = "Volodymyr Zelensky" AND story = "st_1"')), 'text~"grain ships" AND urgency<=3 AND source:afp AND place:kyiv AND entity:"volodymyr zelensky" AND story:st_1');
  // Side-by-side conditions are ANDed; OR binds looser than AND; NOT and parentheses.
  assert.deepEqual(parseRule('place:Iraq urgency<=2'), parseRule('place:Iraq AND urgency<=2'));
  assert.equal(ruleToText(parseRule('a OR b AND NOT (c OR source:AFP)')), 'text~a OR (text~b AND NOT (text~c OR source:afp))');
});

test('each field looks at its part of the item', () => {
  const it = item({
    urgency: 2,
    place: 'Baghdad',
    sources: ['AFP'],
    entities: ['Sabrina Singh', 'Iraq'],
    speakers: ['Sabrina Singh'],
    events: [{ type: 'ASSAULT', target: 'coalition troops', count: 3 }],
    story: 'st_42',
    text: 'Rockets hit a base housing coalition troops near Baghdad, wounding three, the Pentagon said.',
  });
  for (const yes of [
    'urgency<=3',
    'urgency=2',
    'urgency!=1',
    'place:baghdad',
    'source:afp',
    'source!=Reuters',
    'entity:"Sabrina Singh"',
    'quote.speaker:"sabrina singh"',
    'speaker:"Sabrina Singh"',
    'event.type:ASSAULT AND event.count>=1',
    'event.target:"coalition troops"',
    'story:st_42',
    'text~"troops coalition" AND rockets', // a value's words, in any order
    'text~"\\"coalition troops\\""', // a "phrase" inside the value: in order
    'pentagon',
    'NOT place:Kyiv',
  ])
    assert.ok(passes(yes, it), yes);
  for (const no of ['urgency<2', 'place:Kyiv', 'source!=AFP', 'entity:Iran', 'event.count>3', 'story:st_1', 'text~"\\"troops coalition\\""', 'missile', 'place:Baghdad AND NOT rockets'])
    assert.ok(!passes(no, it), no);
  // A missing field fails every comparison, != included.
  assert.ok(!passes('urgency!=3', item({})));
  assert.ok(!passes('source!=AFP', item({})));
});

test('event(...) needs one and the same event to pass every condition inside', () => {
  const it = item({ events: [{ type: 'ASSAULT', target: 'coalition troops', count: 3 }, { type: 'PROTEST' }] });
  const grouped = 'event(type:ASSAULT AND target:"coalition troops" AND count>=1)';
  assert.ok(passes(grouped, it));
  assert.deepEqual(parseRule(grouped), parseRule({ event: { all: [{ field: 'type', eq: 'ASSAULT' }, { field: 'target', eq: 'coalition troops' }, { field: 'count', op: '>=', value: 1 }] } }));
  assert.deepEqual(parseRule(grouped), parseRule({ event: 'type:ASSAULT AND target:"coalition troops" AND count>=1' }));
  assert.equal(ruleToText(parseRule(grouped)), 'event(type:assault AND target:"coalition troops" AND count>=1)');
  assert.deepEqual(parseRule(ruleToText(parseRule(grouped))), parseRule(grouped));
  // Conditions on event.* outside a group may be met by different events; inside one they may not.
  assert.ok(passes('event.type:PROTEST AND event.count>=1', it));
  assert.ok(!passes('event(type:PROTEST AND count>=1)', it));
  assert.ok(passes('urgency<=3 OR event(type:PROTEST AND NOT count>=0)', it));
});

test('bad rules get clear errors: code BAD_RULE, where (column or JSON path), and what to do', () => {
  const cases: Array<[unknown, RegExp]> = [
    ['', /column 1: the rule is empty/],
    ['urgency<=3 AND plcae:Iraq', /column 16: unknown field "plcae"; did you mean "place"\?/],
    ['urgency<=x', /column 10: "urgency" needs a number; got "x"/],
    ['urgency<=0', /urgency is an integer from 1 \(flash\) to 9; got 0/],
    ['place>Iraq', /"place" compares names: use : \(or =\) or !=; got >/],
    ['urgency~3', /"urgency" is a number/],
    ['place:"Iraq', /column 7: this quoted string is never closed/],
    ['(place:Iraq', /column 12: expected \) to close the \( at column 1; found the end of the rule/],
    ['place:Iraq)', /column 11: unexpected "\)" \(no \( to close\)/],
    ['place:Iraq AND', /column 15: expected a condition like place:Iraq; found the end of the rule/],
    ['place', /"place" is a field: follow it with an operator and a value/],
    ['place:', /column 7: expected a value after place:; found the end of the rule/],
    [{ all: [] }, /\$\.all: "all" needs a non-empty array/],
    [{ any: [{ field: 'urgency', op: '<=', value: 3 }, { field: 'plac', eq: 'x' }] }, /\$\.any\[1\]\.field: unknown field "plac"/],
    [{ field: 'urgency', op: 'lte', value: 3 }, /\$\.op: "op" must be one of/],
    [{ field: 'place', op: '=', value: null }, /\$\.value: "value" must be a string or a number/],
    [{ foo: 1 }, /\$: a condition needs "field"/],
    ['event(place:Iraq)', /column 7: inside event\(\.\.\.\) the fields are type, source, target and count; got "place"/],
    ['event(type:X AND event(count>1))', /column 18: event\(\.\.\.\) cannot hold another event/],
    ['event(type:X', /expected \) to close the event\( at column 6/],
    ['event(troops)', /inside event\(\.\.\.\) write conditions like type:ASSAULT/],
    [{ event: { field: 'place', eq: 'x' } }, /\$\.event\.field: inside event/],
    [42, /\$: a rule is a string/],
  ];
  for (const [rule, message] of cases) {
    assert.throws(
      () => parseRule(rule),
      (err: unknown) => err instanceof RuleError && err.code === 'BAD_RULE' && message.test(err.message),
      `${JSON.stringify(rule)} should fail with ${message}`,
    );
  }
});

// ---- the index against a brute-force scan ----

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PLACES = ['Baghdad', 'Kyiv', 'Gaza', 'Paris', 'Lagos'];
const PEOPLE = ['Sabrina Singh', 'Lloyd Austin', 'Volodymyr Zelensky', 'Emmanuel Macron'];
const SOURCES = ['AFP', 'Reuters', 'AP', 'dpa'];
const EVENTS = ['ASSAULT', 'PROTEST', 'AGREE', 'COERCE'];
const WORDS = ['ceasefire', 'troops', 'grain', 'port', 'strike', 'talks', 'rockets', 'election'];

function randomRule(r: () => number, depth = 0): Rule {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const roll = r();
  if (depth < 2 && roll < 0.3) return { kind: r() < 0.6 ? 'all' : 'any', of: Array.from({ length: 2 + Math.floor(r() * 2) }, () => randomRule(r, depth + 1)) } as Rule;
  if (depth < 2 && roll < 0.36) return { kind: 'not', of: randomRule(r, depth + 1) };
  if (depth < 2 && roll < 0.42) return parseRule(`event(type:${pick(EVENTS)}${r() < 0.5 ? ` AND count${pick(['>=', '<'])}${Math.floor(r() * 20)}` : ''})`);
  const leaf = pick([
    () => `urgency${pick(['<=', '<', '=', '!=', '>=', '>'])}${1 + Math.floor(r() * 9)}`,
    () => `place${pick([':', '!='])}"${pick(PLACES)}"`,
    () => `source${pick([':', '!='])}${pick(SOURCES)}`,
    () => `entity:"${pick(PEOPLE)}"`,
    () => `quote.speaker:"${pick(PEOPLE)}"`,
    () => `event.type:${pick(EVENTS)}`,
    () => `event.count${pick(['>=', '<', '='])}${Math.floor(r() * 20)}`,
    () => `story:st_${Math.floor(r() * 5)}`,
    () => `text~"${pick(WORDS)}${r() < 0.3 ? ` ${pick(WORDS)}` : ''}"`,
  ])();
  return parseRule(leaf);
}

function randomItem(r: () => number): Item {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const some = <T>(xs: T[]) => xs.filter(() => r() < 0.3);
  return item({
    urgency: r() < 0.9 ? 1 + Math.floor(r() * 9) : undefined,
    place: r() < 0.8 ? pick(PLACES) : undefined,
    sources: some(SOURCES),
    entities: some(PEOPLE),
    speakers: some(PEOPLE),
    events: some(EVENTS).map((type) => ({ type, count: r() < 0.5 ? Math.floor(r() * 20) : undefined })),
    story: r() < 0.7 ? `st_${Math.floor(r() * 5)}` : undefined,
    text: Array.from({ length: 6 }, () => pick(WORDS)).join(' '),
  });
}

test('the rule index gives the same subscriptions as evaluating every rule, on random rules and items', () => {
  const r = rng(20261125);
  const index = new RuleIndex<number>();
  for (let i = 0; i < 2000; i++) index.add(i, randomRule(r));
  for (let i = 0; i < 500; i += 7) index.remove(i); // removal keeps postings right
  let matched = 0;
  for (let n = 0; n < 1000; n++) {
    const it = randomItem(r);
    const fast = index.match(it).sort((a, b) => a - b);
    const slow = index.scan(it).sort((a, b) => a - b);
    assert.deepEqual(fast, slow, `item ${n}`);
    matched += fast.length;
  }
  assert.ok(matched > 1000, 'the random rules do match things');
});
