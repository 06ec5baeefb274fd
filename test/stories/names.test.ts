// A lone surname in a story is the one person of the story whose full name ends with it; otherwise it stays apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { surnamesToFullNames } from '../../src/stories/names.ts';

test('a surname maps to the one full name it ends; ambiguous surnames, places and organisations stay', () => {
  const map = surnamesToFullNames([
    { id: 'Marta Quiroga', type: 'PERSON' },
    { id: 'Quiroga', type: 'PERSON' },
    { id: 'Ana Lind', type: 'PERSON' },
    { id: 'Per Lind', type: 'PERSON' },
    { id: 'Lind', type: 'PERSON' },
    { id: 'Georgia', type: 'GPE' },
    { id: 'Tom Georgia', type: 'PERSON' },
    { id: 'Hale', type: 'ORG' },
    { id: 'Rita Hale', type: 'PERSON' },
  ]);
  assert.deepEqual([...map], [['Quiroga', 'Marta Quiroga']]);
});
