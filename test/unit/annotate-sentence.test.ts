// The passage the card's "Annotate" proposes when nothing is selected (src/core/annotations/sentence.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PROPOSED_CHARS, sentenceAround } from '../../src/core/annotations/sentence.js';

const around = (block: string, name: string) => {
  const start = block.indexOf(name);
  const { start: from, end: to } = sentenceAround(block, start, start + name.length);
  return block.slice(from, to);
};

test('the sentence that holds the name, without the white space around it', () => {
  const block = '  The board met on Monday. Gen. Stock of Interpol said officers needed training. Nobody else spoke.  ';
  assert.equal(around(block, 'Interpol'), 'Gen. Stock of Interpol said officers needed training.');
  assert.equal(around(block, 'board'), 'The board met on Monday.');
  assert.equal(around(block, 'Nobody'), 'Nobody else spoke.');
});

test('Russian and Japanese sentences are found too', () => {
  assert.equal(around('Совещание прошло в Москве. Генпрокурор Игорь Краснов выступил с докладом. Затем был перерыв.', 'Краснов'), 'Генпрокурор Игорь Краснов выступил с докладом.');
  assert.equal(around('会合は月曜日に開かれた。金融庁は新しい規則を発表した。反応はなかった。', '金融庁'), '金融庁は新しい規則を発表した。');
});

test('a name across a sentence break gets both sentences; a block without full stops is cut around the name', () => {
  assert.equal(around('One ends here. Two starts here.', 'here. Two'), 'One ends here. Two starts here.');
  const long = `${'word '.repeat(300)}Bekir Bozdag ${'word '.repeat(300)}`;
  const passage = around(long, 'Bekir Bozdag');
  assert.ok(passage.length <= MAX_PROPOSED_CHARS, `${passage.length} characters`);
  assert.ok(passage.includes('Bekir Bozdag'));
});
