// The tagger: features, beam decoding and the document-level passes, on sentences written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel, tagWords, tagDocument, harmonise, shapeOf, type Tag } from '../../src/extract/ner.ts';

const words = (s: string) => s.split(' ');

test('word shapes collapse runs', () => {
  assert.equal(shapeOf('Baghdad'), 'Xx');
  assert.equal(shapeOf('2,500'), 'd,d');
  assert.equal(shapeOf('al-Sudani'), 'x-Xx');
});

test('an I- tag only ever follows its own type', () => {
  const model = loadModel();
  const sentence = words('The European Union and Prime Minister Mohamed Shia al-Sudani met in New York on Monday .');
  const tags = tagWords(model, sentence);
  assert.equal(tags.length, sentence.length);
  tags.forEach((t, i) => {
    if (t.startsWith('I-')) assert.equal(tags[i - 1]?.slice(2), t.slice(2), `${sentence[i]}: ${t} after ${tags[i - 1]}`);
  });
  assert.deepEqual(tags.slice(11, 13), ['B-LOC', 'I-LOC']); // New York
});

test('consistency: a name keeps its majority class; a surname recurs as the person', () => {
  const doc = [words('Ana Quispe scored twice .'), words('Quispe left the field .'), words('Kent beat Surrey .'), words('Kent won again .'), words('Kent lost .')];
  const tags: Tag[][] = [
    ['B-PER', 'I-PER', 'O', 'O', 'O'],
    ['O', 'O', 'O', 'O', 'O'], // missed
    ['B-ORG', 'O', 'B-ORG', 'O'],
    ['B-ORG', 'O', 'O', 'O'],
    ['B-LOC', 'O', 'O'], // the odd one out
  ];
  harmonise(doc, tags);
  assert.equal(tags[1][0], 'B-PER');
  assert.equal(tags[4][0], 'B-ORG');
});

test('consistency leaves words the document also writes in lower case', () => {
  const doc = [words('First Bank said profits rose .'), words('First , the bank cut costs .')];
  const tags: Tag[][] = [['B-ORG', 'I-ORG', 'O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O', 'O', 'O', 'O']];
  harmonise(doc, tags);
  assert.equal(tags[1][0], 'O'); // "first" is a word here, not a name on its own
});

test('the document pass tags a whole story, sentence by sentence', () => {
  const doc = [words('Police chief Roberto Quispe Torres spoke in Lima .'), words('Quispe Torres said the curfew would end .')];
  const tags = tagDocument(loadModel(), doc);
  assert.deepEqual(tags.map((t) => t.length), [9, 8]);
  assert.equal(tags[1][0], 'B-PER');
});

test('word signatures: words used alike share more leading bits than words used unlike', () => {
  const sig = loadModel().signatures;
  assert.ok(sig && sig.size > 10_000, 'the model carries its word signatures');
  const shared = (a: string, b: string) => {
    const x = sig.get(a)! ^ sig.get(b)!;
    return x === 0 ? 16 : Math.clz32(x) - 16;
  };
  const alike = shared('Monday', 'Tuesday') + shared('January', 'February') + shared('said', 'added');
  const unlike = shared('Monday', 'the') + shared('January', 'said') + shared('said', 'Tuesday');
  assert.ok(alike > unlike, `alike ${alike} vs unlike ${unlike}`);
});
