import { expect, test } from 'vitest';
import { diffWords, type DiffOp } from './diff.ts';

const before = (ops: DiffOp[]) => ops.filter((d) => d.op !== '+').map((d) => d.text).join('');
const after = (ops: DiffOp[]) => ops.filter((d) => d.op !== '-').map((d) => d.text).join('');

test('a corrected figure shows as one word out and one word in', () => {
  const ops = diffWords('approved the deal by 82 percent.', 'approved the deal by 78 percent.');
  expect(ops).toEqual([
    { op: '=', text: 'approved the deal by ' },
    { op: '-', text: '82' },
    { op: '+', text: '78' },
    { op: '=', text: ' percent.' },
  ]);
});

test('both texts read back whole from the diff, whitespace and paragraphs included', () => {
  const a = 'ROTTERDAM, Oct 10 - Dockworkers agreed.\n\nThe port said it would take a week.';
  const b = 'ROTTERDAM, Oct 10 - Dockworkers agreed on Saturday.\n\nThe port authority said it would take at least a week.';
  const ops = diffWords(a, b);
  expect(before(ops)).toBe(a);
  expect(after(ops)).toBe(b);
  expect(ops.some((d) => d.op === '+' && d.text.includes('authority'))).toBe(true);
});

test('identical texts are one unchanged run; an empty side is all added or all removed', () => {
  expect(diffWords('same words', 'same words')).toEqual([{ op: '=', text: 'same words' }]);
  expect(diffWords('', 'new text')).toEqual([{ op: '+', text: 'new text' }]);
  expect(diffWords('old text', '')).toEqual([{ op: '-', text: 'old text' }]);
});
