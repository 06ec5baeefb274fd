// The Doc: sentences that survive abbreviations and ellipses, names that run across hard line breaks,
// paragraphs of hard-wrapped wire copy, offsets that point back into the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/text/doc.ts';

const sentences = (text: string) => {
  const doc = makeDoc(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

test('"U.S." inside a sentence does not end it; at the end of one before "The" it does', () => {
  assert.deepEqual(sentences('The U.S. Army said it would stay. Officials agreed.'), ['The U.S. Army said it would stay.', 'Officials agreed.']);
  assert.deepEqual(sentences('Talks went on in the U.S. The next day they ended.'), ['Talks went on in the U.S.', 'The next day they ended.']);
  const doc = makeDoc('The U.S. Army left.');
  assert.ok(doc.sentences[0].tokens.some((t) => t.text === 'U.S.'), 'U.S. is one token with its periods');
});

test('"Jan. 27" and "Gen." do not end a sentence', () => {
  assert.deepEqual(sentences('The vote on Jan. 27 was close. Gen. Alvarez Ruiz said so.'), ['The vote on Jan. 27 was close.', 'Gen. Alvarez Ruiz said so.']);
  assert.deepEqual(sentences('The cars will be built at Ste. Therese from May. GM said so.'), ['The cars will be built at Ste. Therese from May.', 'GM said so.']);
});

test('an ellipsis inside a quote runs on; one before a capital ends the sentence', () => {
  assert.deepEqual(sentences('"We want a clear plan... and a date," she said. He left.'), ['"We want a clear plan... and a date," she said.', 'He left.']);
  assert.deepEqual(sentences('They waited... Nobody came.'), ['They waited...', 'Nobody came.']);
});

test('a closing quote stays with its sentence', () => {
  assert.deepEqual(sentences('He said "no." Then he left.'), ['He said "no."', 'Then he left.']);
});

test("AP's opening quote marks (``) start a sentence", () => {
  assert.deepEqual(sentences("The talks failed. ``We will try again,'' he said."), ['The talks failed.', "``We will try again,'' he said."]);
});

test('a name across a hard line break stays in one sentence and one paragraph, with offsets into the text', () => {
  const text = 'LIMA, March 3 (NW) - Talks resumed on Monday.\nThe envoy of President Ana Maria\nQuispe Torres arrived in the capital with\nher adviser.';
  const doc = makeDoc(text);
  const s = doc.sentences.find((x) => text.slice(x.start, x.end).includes('Quispe'))!;
  assert.equal(text.slice(s.start, s.end), 'The envoy of President Ana Maria\nQuispe Torres arrived in the capital with\nher adviser.');
  const words = s.tokens.map((t) => t.text);
  assert.deepEqual(words.slice(4, 8), ['Ana', 'Maria', 'Quispe', 'Torres']);
  for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const para = doc.paragraphs.find((p) => p.start <= s.start && s.end <= p.end);
  assert.ok(para, 'the wrapped sentence lies within one paragraph');
});

test('hard-wrapped copy: a line break after a sentence end, or a blank line, starts a paragraph', () => {
  const text = 'First line of a paragraph that wraps\nonto a second line.\nA new paragraph starts here.\n\nAnd another after a blank line.';
  const doc = makeDoc(text);
  assert.deepEqual(
    doc.paragraphs.map((p) => text.slice(p.start, p.end)),
    ['First line of a paragraph that wraps\nonto a second line.', 'A new paragraph starts here.', 'And another after a blank line.'],
  );
});

test('thousands separators, decimals and possessives tokenize as wire copy reads them', () => {
  const doc = makeDoc("Sudani's office counted 2,500 troops and $3.9 million.");
  assert.deepEqual(
    doc.sentences[0].tokens.map((t) => t.text),
    ['Sudani', "'s", 'office', 'counted', '2,500', 'troops', 'and', '$', '3.9', 'million', '.'],
  );
});

test('a quote that ends in "!" or "?" runs on into its attribution: \'"We won!" Smith said.\' is one sentence', () => {
  const doc = makeDoc('"We won!" Smith said. "Who knew?" The crowd cheered.');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), ['"We won!" Smith said.', '"Who knew?"', 'The crowd cheered.']);
  const apposed = makeDoc('"We are ready!" Liu Wei, from the operations office, said.');
  assert.equal(apposed.sentences.length, 1);
});
