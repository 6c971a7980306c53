import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Recognizer } from '../../src/core/finder.js';
import { type Candidate, PageContext, contextListsToLookUp, foldForContext, occursAsWord } from '../../src/core/recognize.js';
import { compileTestData, testReferenceData } from './fixture-data.js';
import type { CompiledAlias } from '../../src/core/types.js';

const recognizer = new Recognizer(testReferenceData().aliasIndex);

/** The entities recognised in a text, with the exact text each covers. */
function found(text: string): [string, string][] {
  return recognizer.recognize(text).map((m) => [m.entity, text.slice(m.start, m.end)]);
}

test('a full name is highlighted', () => {
  assert.deepEqual(found('Igor Krasnov met officials.'), [['igor-krasnov', 'Igor Krasnov']]);
});

test('whole words only: no match inside a longer word', () => {
  assert.deepEqual(found('Interpolation and the SECOND act.'), []);
});

test('a surname is highlighted when the page names the person in full, before or after it', () => {
  // A headline's bare surname above the story's full name is the same person to a reader.
  assert.deepEqual(found('Krasnov spoke. Later Igor Krasnov left, and Krasnov returned.'), [
    ['igor-krasnov', 'Krasnov'],
    ['igor-krasnov', 'Igor Krasnov'],
    ['igor-krasnov', 'Krasnov'],
  ]);
  assert.deepEqual(found('Krasnov spoke, and Krasnov returned.'), []);
});

test('a surname in a headline set in capitals counts: every word there is capitalised', () => {
  assert.deepEqual(found('BOZDAĞ, KRASNOV İLE GÖRÜŞTÜ. Adalet Bakanı Bekir Bozdağ, Başsavcı İgor Krasnov ile görüştü.').map(([id]) => id), [
    'bekir-bozdag', 'igor-krasnov', 'bekir-bozdag', 'igor-krasnov',
  ]);
  // In ordinary text a capitalised word after the surname still makes it part of another name.
  assert.deepEqual(found('Igor Krasnov spoke. Krasnov Street was closed.'), [['igor-krasnov', 'Igor Krasnov']]);
});

test('"Stock" is Jürgen Stock only after his full name, and never "stock" in lower case', () => {
  assert.deepEqual(found('The Stock market fell.'), []);
  assert.deepEqual(found('Jurgen Stock spoke. The stock market fell. Stock said more.'), [
    ['jurgen-stock', 'Jurgen Stock'],
    ['jurgen-stock', 'Stock'],
  ]);
});

test('diacritics-insensitive: "Bozdag" finds Bekir Bozdağ', () => {
  assert.deepEqual(found('Justice minister Bekir Bozdag said.'), [['bekir-bozdag', 'Bekir Bozdag']]);
});

test('case-sensitive aliases stay case-sensitive', () => {
  assert.deepEqual(found('The SEC sued.'), [['us-sec', 'SEC']]);
  assert.deepEqual(found('Wait a sec.'), []);
  assert.deepEqual(found('Under MiCA rules, mica is a mineral.'), [['eu-mica', 'MiCA']]);
});

test('case-insensitive names match in any case', () => {
  assert.deepEqual(found('INTERPOL issued a notice.'), [['int-interpol', 'INTERPOL']]);
});

test('longest match wins', () => {
  assert.deepEqual(found('The Central Bank of Russia said.'), [['ru-bank-of-russia', 'Central Bank of Russia']]);
});

test('possessives still match', () => {
  assert.deepEqual(found('Interpol’s unit in Singapore.'), [['int-interpol', 'Interpol']]);
});

test('an ambiguous acronym is resolved by the words of the page', () => {
  assert.deepEqual(found('Russian police and the FSB detained him in Moscow.'), [['ru-fsb', 'FSB']]);
  assert.deepEqual(found('The FSB told G20 finance ministers.'), [['int-fsb', 'FSB']]);
});

test('an ambiguous acronym the page does not settle is left alone', () => {
  assert.deepEqual(found('The FSB published a report.'), []);
  assert.deepEqual(found('In Moscow, the FSB briefed the G20.'), []);
});

test('an entity named in full on the page settles its own ambiguous short form', () => {
  // No Russia or G20 word on the page, but the Financial Stability Board is named by a name that needs none.
  assert.deepEqual(found('The FSB said more. The Financial Stability Board published a report.'), [
    ['int-fsb', 'FSB'],
    ['int-fsb', 'Financial Stability Board'],
  ]);
  // Both senses named in full: the short form stays ambiguous.
  assert.deepEqual(found('The FSB and the Financial Stability Board, and Russia’s Federal Security Service.').map(([id]) => id), ['int-fsb', 'ru-fsb']);
});

test('a notIn phrase names nothing: it does not settle the blocked entity\'s short form', () => {
  const senate = (id: string, name: string, context: string[], notIn?: string[]) => ({
    id, type: 'agency', name, country: id.slice(0, 2).toUpperCase(), summary: 'S.',
    aliases: [{ text: 'Senate', context: { any: context }, ...(notIn ? { notIn } : {}) }],
  });
  const result = compileTestData([senate('au-senate', 'Australian Senate', ['Australia'], ['Senate Banking']), senate('us-senate', 'United States Senate', ['US'])], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const text = 'The Senate Banking Committee met. Opposition in the Senate grew.';
  assert.deepEqual(r.recognize(text), []);
});

test('a body named plainly makes its jurisdiction the context of its neighbours\' short forms', () => {
  const agency = (id: string, name: string, aliases: object[]) => ({ id, type: 'agency', name, country: id.slice(0, 2).toUpperCase(), summary: 'S.', aliases });
  const result = compileTestData(
    [
      agency('ru-duma', 'State Duma', [{ text: 'Госдума' }]),
      agency('ru-minfin', 'Ministry of Finance of Russia', [{ text: 'Минфин', context: { any: ['России'] } }]),
      agency('kz-minfin', 'Ministry of Finance of Kazakhstan', [{ text: 'Минфин', context: { any: ['Казахстана'] } }]),
      agency('kz-senate', 'Senate of Kazakhstan', [{ text: 'Сенат' }]),
      agency('at-nr', 'Nationalrat (Austria)', [{ text: 'Nationalrat', context: { any: ['Österreich'] } }]),
      agency('ch-nr', 'Nationalrat (Switzerland)', [{ text: 'Nationalrat', context: { any: ['Schweiz'] } }]),
      agency('ch-finma', 'FINMA', [{ text: 'Finanzmarktaufsicht FINMA' }]),
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  // No country word, but the Duma is Russia's: the finance ministry is too.
  assert.deepEqual(ids('Госдума приняла закон, который разработал Минфин.'), ['ru-duma', 'ru-minfin']);
  // Nothing of either jurisdiction named: the short form stays unread.
  assert.deepEqual(ids('Закон разработал Минфин.'), []);
  // Both jurisdictions named: the page does not settle it.
  assert.deepEqual(ids('Госдума и Сенат обсудили закон; его разработал Минфин.'), ['ru-duma', 'kz-senate']);
  // A sense the page's own words support beats one that only shares a jurisdiction with a body named.
  assert.deepEqual(ids('In Österreich stimmte der Nationalrat zu; die Finanzmarktaufsicht FINMA schwieg.'), ['at-nr', 'ch-finma']);
});

test('a Russian context word counts in any of its case forms', () => {
  const r = recognizerOf([agencyOf('kz-afm', 'Agency for Financial Monitoring', 'KZ', { aliases: [{ text: 'АФМ', caseSensitive: true, context: { any: ['Казахстан'] } }] })]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('В Казахстане АФМ заблокировало сайты.'), ['kz-afm']);
  assert.deepEqual(ids('АФМ Казахстана сообщило о проверке.'), ['kz-afm']);
  assert.deepEqual(ids('АФМ сообщило о проверке.'), [], 'no country word, no highlight');
});

test('context words anywhere on the page count, even after the mention', () => {
  const context = new PageContext();
  const texts = ['The FSB arrested two men.', 'Sources in Moscow confirmed it.'];
  texts.forEach((text) => context.addText(text));
  const [first, second] = texts.map((text) => recognizer.scan(text)) as [Candidate[], Candidate[]];
  assert.deepEqual(recognizer.resolve(first, context).map((m) => m.entity), ['ru-fsb']);
  assert.deepEqual(recognizer.resolve(second, context), []);
});

test('the full name seen in an earlier run licenses the surname in a later one', () => {
  const context = new PageContext();
  const runs = ['Igor Krasnov arrived.', 'Krasnov spoke.'].map((text) => {
    context.addText(text);
    return recognizer.scan(text);
  });
  assert.deepEqual(runs.flatMap((run) => recognizer.resolve(run, context).map((m) => m.entity)), ['igor-krasnov', 'igor-krasnov']);
});

test('native-script names and Japanese without word spaces', () => {
  assert.deepEqual(found('Игорь Краснов заявил'), [['igor-krasnov', 'Игорь Краснов']]);
  assert.deepEqual(found('日本の金融庁は発表した'), [['jp-fsa', '金融庁']]);
});

test('names split by line breaks and non-breaking spaces still match', () => {
  assert.deepEqual(found('said Igor\n   Krasnov.'), [['igor-krasnov', 'Igor\n   Krasnov']]);
  assert.deepEqual(found('said Igor\u00a0Krasnov.'), [['igor-krasnov', 'Igor\u00a0Krasnov']]);
});

test('a context word written as an acronym keeps its case: "US" is not the pronoun "us"', () => {
  const cftc = { id: 'us-cftc', type: 'agency', name: 'Commodity Futures Trading Commission', country: 'US', summary: 'S.',
    aliases: [{ text: 'CFTC', caseSensitive: true, context: { any: ['US'] } }] };
  const result = compileTestData([cftc], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  const withCase = new Recognizer(result.data.aliasIndex);
  assert.deepEqual(withCase.recognize('Tell us what the CFTC did.'), []);
  assert.equal(withCase.recognize('The US CFTC fined a firm.').length, 1);
});

test('a proper noun written all in lower case is not a mention (file names, URLs)', () => {
  assert.deepEqual(found('image: interpol-logo.png'), []);
  assert.deepEqual(found('INTERPOL and Interpol'), [['int-interpol', 'INTERPOL'], ['int-interpol', 'Interpol']]);
});

test('a footnote number glued to a name still ends it, but a longer number does not', () => {
  assert.deepEqual(found('Under MiCA rules and the Markets in Crypto-Assets Regulation2, firms…'), [
    ['eu-mica', 'MiCA'],
    ['eu-mica', 'Markets in Crypto-Assets Regulation'],
  ]);
  assert.deepEqual(found('Interpol2024 campaign'), []);
});

test('a Latin acronym against Japanese text is a word of its own', () => {
  assert.deepEqual(found('日本の金融庁とMiCAの比較'), [
    ['jp-fsa', '金融庁'],
    ['eu-mica', 'MiCA'],
  ]);
  // After the long-vowel mark ー too, which ends many a katakana word ("ユーザーMiCA" is no Latin word "ーMiCA").
  assert.deepEqual(found('ユーザーMiCAの比較'), [['eu-mica', 'MiCA']]);
});

test('a short form goes to the entity the page names in full, even later on the page', () => {
  const fsa = (id: string, name: string, context: string[], needsFullName: boolean) => ({
    id, type: 'agency', name, country: id.startsWith('jp') ? 'JP' : 'GB', summary: 'S.',
    aliases: [{ text: 'FSA', caseSensitive: true, context: { any: context }, ...(needsFullName ? { needsFullName } : {}) }],
  });
  const result = compileTestData([fsa('jp-fsa', 'Financial Services Agency', ['Japan'], false), fsa('gb-fsa', 'British Financial Services Authority', ['British'], true)], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  // "Japan" on the page is a context word for Japan's FSA, but the page names Britain's in full: a reader takes that one.
  const text = 'The FSA, in Japan or in Britain? The British Financial Services Authority was split up.';
  assert.deepEqual(r.recognize(text).map((m) => [m.entity, text.slice(m.start, m.end)]), [
    ['gb-fsa', 'FSA'],
    ['gb-fsa', 'British Financial Services Authority'],
  ]);
  assert.deepEqual(r.recognize('The FSA in Japan registers exchanges.').map((m) => m.entity), ['jp-fsa']);
});

test('context words count when Japanese text abuts them', () => {
  const context = new PageContext();
  context.addText('G20の財務相会合で、FSBが報告した。');
  assert.equal(context.has('g20'), true);
  context.addText('モスクワでは');
  assert.equal(context.has('モスクワ'), true);
});

test('the US dollar does not make a page American: "US-Dollar", "U.S. dollars", "US$" are no context word', () => {
  const context = new PageContext();
  context.addText('Preise in US-Dollar, 5 U.S. dollars, US$ 40 und US dollar.');
  assert.equal(context.has('=US'), false);
  assert.equal(context.has('usd'), true, 'the currency is still there to be read as one');
  context.addText('The US Senate voted.');
  assert.equal(context.has('=US'), true);
});

test('a context word counts only as a whole word, wherever its first whole occurrence is', () => {
  const context = new PageContext();
  context.addText('Vitality and hospitality matter.');
  assert.equal(context.has('italy'), false, 'only inside other words');
  context.addText('Hospitality in Italy, then in 𝐀italy and italy𝐀.');
  assert.equal(context.has('italy'), true, 'a later whole occurrence counts');
  const astral = new PageContext();
  astral.addText('𝐀italy and italy𝐀');
  assert.equal(astral.has('italy'), false, 'a letter outside the BMP is a letter');
  const japanese = new PageContext();
  japanese.addText('イタリアitaly政府');
  assert.equal(japanese.has('italy'), true, 'Japanese script on both sides is a boundary');
  const exact = new PageContext();
  exact.addText('USA and the US.');
  assert.equal(exact.has('=US'), true);
  assert.equal(exact.has('=SA'), false);
});

// A plain context word is looked up in a set of the page's words, not searched for: the set must split the text
// exactly where the search's boundaries are, in every script the pages mix.
test('a plain context word is found in the word set exactly where a search finds it as a word', () => {
  const pieces = ['a', 'b', 'ab', 'ba', ' ', '-', '.', "'", '’', '\u00a0', '_', 'é', 'ß', 'İ', '1', '𝐀', '日', '本', 'の', 'カ', '한', '국', '은', 'ㄱ', '\n', 'ü'];
  const needles = ['a', 'b', 'ab', 'ba', '1', 'a1', 'e', 'ss', 'ue', 'i', 'aa'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.constantFrom(...needles), (parts, needle) => {
      const text = parts.join('');
      const context = new PageContext();
      context.addText(text);
      // Enough words looked up first that the piece's word set is made.
      for (let i = 0; i < 20; i++) context.has(`absent${i}`);
      assert.equal(context.has(needle), occursAsWord(foldForContext(text), needle), JSON.stringify({ text, needle }));
    }),
    { numRuns: 3000 },
  );
});

test('the context words looked up ahead are those of candidates no plainly named longer name covers', () => {
  const ireland = ['ireland', 'irish'];
  const korea = ['korea'];
  const japan = ['japan'];
  const aliases = new Map<number, CompiledAlias>([
    [0, { key: 'central bank of ireland', bounded: true, senses: [{ entity: 'ie-cbi' }] }],
    [1, { key: 'central bank', bounded: true, senses: [{ entity: 'ie-cbi', context: ireland }, { entity: 'kr-bok', context: korea }] }],
    [2, { key: 'fsa', bounded: true, senses: [{ entity: 'jp-fsa', context: japan }] }],
    [3, { key: 'bank', bounded: true, senses: [{ entity: 'x', context: ['x'] }] }],
  ]);
  const candidate = (start: number, end: number, alias: number): Candidate => ({ start, end, alias, written: '', next: '' });
  const lists = (...runs: Candidate[][]) => contextListsToLookUp(runs, (id) => aliases.get(id));
  // "Central Bank of Ireland": "Central Bank" and "Bank" inside it are never resolved.
  assert.deepEqual(lists([candidate(0, 23, 0), candidate(0, 12, 1), candidate(8, 12, 3)]), []);
  // A name with only context senses covers nothing: the page may not support it, and then the shorter one is read.
  assert.deepEqual(lists([candidate(0, 12, 1), candidate(8, 12, 3)]), [ireland, korea, ['x']]);
  // Each list once, over runs; a candidate after the plain name is read.
  assert.deepEqual(lists([candidate(0, 23, 0), candidate(30, 33, 2)], [candidate(0, 3, 2)]), [japan]);
});

test('a surname followed straight by another capitalised word belongs to some other name', () => {
  assert.deepEqual(found('Igor Krasnov spoke. Later Krasnov Street was renamed, and Krasnov left.').map(([, text]) => text), ['Igor Krasnov', 'Krasnov']);
  // A day or a month is no name's part: "Krasnov Perşembe günü", "Krasnov Monday"; a name that begins like one is.
  assert.deepEqual(found('Igor Krasnov spoke. Krasnov Perşembe günü ve Krasnov Monday; Krasnov Martin Street.').map(([, text]) => text), ['Igor Krasnov', 'Krasnov', 'Krasnov']);
});

test('a phrase listed as notIn covers the alias and yields nothing', () => {
  const entity = { id: 'x-city', type: 'official', name: 'Maria Albuquerque', country: 'PT', summary: 'S.',
    aliases: [{ text: 'Albuquerque', needsFullName: true, notIn: ['Albuquerque, New Mexico'] }] };
  const result = compileTestData([entity], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const text = 'Maria Albuquerque met a man from Albuquerque, New Mexico. Albuquerque said no.';
  assert.deepEqual(r.recognize(text).map((m) => text.slice(m.start, m.end)), ['Maria Albuquerque', 'Albuquerque']);
});

test('a notIn phrase that is another entity\'s name names that entity', () => {
  const city = { id: 'x-city', type: 'official', name: 'Maria Albuquerque', country: 'PT', summary: 'S.',
    aliases: [{ text: 'Albuquerque', needsFullName: true, notIn: ['Albuquerque, New Mexico'] }] };
  const place = { id: 'x-place', type: 'agency', name: 'Albuquerque, New Mexico', country: 'US', summary: 'S.' };
  const result = compileTestData([city, place], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const text = 'A man from Albuquerque, New Mexico.';
  assert.deepEqual(r.recognize(text).map((m) => m.entity), ['x-place']);
});

test("a surname alone counts after the official's own body was named, never before, and the full name beats it", () => {
  const source = { url: 'https://www.ecb.europa.eu/about', title: 'About', publisher: 'ECB', retrievedAt: '2026-12-02', tier: 'official' };
  const official = (id: string, name: string, surname: string, body: string) => ({
    id, type: 'official', name, country: 'EU', summary: 'S.',
    aliases: [{ text: surname, needsFullName: true }],
    roles: [{ post: 'Head of Unit', body, start: '2020', sources: [source] }],
  });
  const body = (id: string, name: string) => ({ id, type: 'agency', name, country: 'EU', summary: 'S.', aliases: [] });
  const result = compileTestData(
    [body('eu-bank', 'Example Central Bank'), body('eu-office', 'Example Office'), official('ann-lagrange', 'Ann Lagrange', 'Lagrange', 'eu-bank'), official('bo-lagrange', 'Bo Lagrange', 'Lagrange', 'eu-office'), official('cy-moreau', 'Cy Moreau', 'Moreau', 'eu-office')],
    [],
  );
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const named = (text: string) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(named('Lagrange spoke. The Example Central Bank held rates.'), ['eu-bank:Example Central Bank'], 'a headline surname before the body waits');
  assert.deepEqual(named('The Example Central Bank held rates, Lagrange said.'), ['eu-bank:Example Central Bank', 'ann-lagrange:Lagrange']);
  // Both Lagranges are licensed by their bodies: the page does not settle which one, so neither.
  assert.deepEqual(named('The Example Central Bank and the Example Office met; Lagrange spoke.'), ['eu-bank:Example Central Bank', 'eu-office:Example Office']);
  // The full name given on the page wins over a sense only a body licenses.
  assert.deepEqual(named('The Example Central Bank and the Example Office met; Bo Lagrange spoke. Lagrange left.'), [
    'eu-bank:Example Central Bank', 'eu-office:Example Office', 'bo-lagrange:Bo Lagrange', 'bo-lagrange:Lagrange',
  ]);
});

test('a body with many officials (a legislature) licenses no surname', () => {
  const source = { url: 'https://www.ecb.europa.eu/about', title: 'About', publisher: 'ECB', retrievedAt: '2026-12-02', tier: 'official' };
  const members = Array.from({ length: 9 }, (_, i) => ({
    id: `member-${i}`, type: 'official', name: `Member Name${'abcdefghi'[i]}x`, country: 'EU', summary: 'S.',
    aliases: [{ text: `Name${'abcdefghi'[i]}x`, needsFullName: true }],
    roles: [{ post: 'Member', body: 'eu-house', start: '2020', sources: [source] }],
  }));
  const result = compileTestData([{ id: 'eu-house', type: 'agency', name: 'Example House', country: 'EU', summary: 'S.', aliases: [] }, ...members], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.ok(result.data.aliasIndex.aliases.every((alias) => alias.senses.every((sense) => sense.licensedBy === undefined)));
  assert.deepEqual(new Recognizer(result.data.aliasIndex).recognize('The Example House voted; Nameax spoke.').map((m) => m.entity), ['eu-house']);
});

test('context lookups run one word per step, each list up to its first word on the page, and answer has() after', () => {
  const context = new PageContext();
  context.addText('The Central Bank of Nigeria in Abuja said so.');
  const asked: string[] = [];
  const has = context.has.bind(context);
  context.has = (word: string) => {
    asked.push(word);
    return has(word);
  };
  const steps = [...context.lookupSteps([['ghana', 'abuja', 'naira'], ['manila']])];
  assert.equal(steps.length, 3);
  assert.deepEqual(asked, ['ghana', 'abuja', 'manila']); // 'naira' is never needed once 'abuja' is found
  context.has = has;
  assert.equal(context.has('abuja'), true);
  assert.equal(context.has('manila'), false);
});

test('a seat in an assembly licenses no surname, however few of its members the database holds', () => {
  const source = { url: 'https://www.ecb.europa.eu/about', title: 'About', publisher: 'ECB', retrievedAt: '2026-12-02', tier: 'official' };
  const result = compileTestData(
    [
      { id: 'eu-assembly', type: 'agency', name: 'Example Assembly', country: 'EU', summary: 'S.', aliases: [] },
      { id: 'di-berglund', type: 'official', name: 'Di Berglund', country: 'EU', summary: 'S.', aliases: [{ text: 'Berglund', needsFullName: true }], roles: [{ post: 'Member of the Example Assembly', body: 'eu-assembly', start: '2020', sources: [source] }] },
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.deepEqual(new Recognizer(result.data.aliasIndex).recognize('The Example Assembly voted; Berglund spoke.').map((m) => m.entity), ['eu-assembly']);
});

/** Officials known only by their surnames and one post each, compiled: what a title rule has to go on. */
function surnamesNamer(officials: [id: string, name: string, surnames: string[], post: string][]): (text: string) => string[] {
  const source = { url: 'https://www.example.gov/about', title: 'About', publisher: 'Example', retrievedAt: '2026-12-02', tier: 'official' };
  const entities = officials.map(([id, name, surnames, post]) => ({
    id, type: 'official', name, country: 'US', summary: 'S.',
    aliases: surnames.map((text) => ({ text, needsFullName: true })),
    roles: [{ post, start: '2020', sources: [source] }],
  }));
  const result = compileTestData(entities, []);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const r = new Recognizer(result.data.aliasIndex);
  return (text) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
}

test("a surname alone counts under a title of its bearer's posts, written before it or, in Japanese, after it", () => {
  const named = surnamesNamer([
    ['ann-gale', 'Ann Gale', ['Gale'], 'Chair of the Example Commission'],
    ['bo-rook', 'Bo Rook', ['Rook'], 'United States Senator from Ohio'],
    ['cy-rook', 'Cy Rook', ['Rook'], 'Governor of the Example Bank'],
    ['kazuo-ueda-x', 'Kazuo Ueda', ['植田'], 'Governor of the Bank of Japan'],
    ['katsu-kato-x', 'Katsu Kato', ['加藤'], 'Minister of Finance of Japan'],
  ]);
  assert.deepEqual(named('Commission Chair Gale said more.'), ['ann-gale:Gale']);
  assert.deepEqual(named('Gale said more. Senator Gale agreed.'), [], 'a title the posts do not support, or none, licenses nothing');
  assert.deepEqual(named('Sen. Rook and Governor Rook met.'), ['bo-rook:Rook', 'cy-rook:Rook'], 'each title picks its own bearer');
  assert.deepEqual(named('Senatör Rook konuştu.'), ['bo-rook:Rook']);
  assert.deepEqual(named('Rook met.'), []);
  // A titled surname introduces its bearer: the bare surname after it is the same person.
  assert.deepEqual(named('Commission Chair Gale spoke on Monday. Gale said more was coming.'), ['ann-gale:Gale', 'ann-gale:Gale']);
  assert.deepEqual(named('Sen. Rook spoke. Rook left.'), ['bo-rook:Rook', 'bo-rook:Rook']);
  assert.deepEqual(named('Sen. Rook and Governor Rook met. Rook left.'), ['bo-rook:Rook', 'cy-rook:Rook'], 'after both, a bare Rook is either');
  assert.deepEqual(named('植田総裁は会見で、加藤財務相は国会で述べた。'), ['kazuo-ueda-x:植田', 'katsu-kato-x:加藤']);
  assert.deepEqual(named('植田さんと加藤相談役が述べた。'), [], 'an honorific or another word starting like a title is not one');
  assert.deepEqual(named('An Armchair Gale blew.'), [], 'a title must be a whole word: "Armchair" is not "Chair"');
});

test("a judge's surname counts under a judge's title in any language, never a justice minister's", () => {
  const named = surnamesNamer([
    ['em-nwite', 'Em Nwite', ['Nwite'], 'Judge of the Federal High Court'],
    ['jo-kask', 'Jo Kask', ['Kask'], 'Minister of Justice'],
  ]);
  assert.deepEqual(named('Judge Nwite refused bail; Yargıç Nwite ve Richterin Nwite.'), ['em-nwite:Nwite', 'em-nwite:Nwite', 'em-nwite:Nwite']);
  assert.deepEqual(named('Justice Kask spoke.'), [], 'a minister of justice is no judge');
});

test('a surname counts after a word any post holder is called by ("chief", "глава"), before "-era", and after "President-elect"', () => {
  const named = surnamesNamer([
    ['ann-gale', 'Ann Gale', ['Gale'], 'Chair of the Example Commission'],
    ['jo-bider', 'Jo Bider', ['Bider'], 'President of the United States'],
    ['ira-nabi', 'Ira Nabi', ['Наби'], 'Governor of the Example Bank'],
  ]);
  assert.deepEqual(named('Acting chief Gale considers next steps.'), ['ann-gale:Gale']);
  assert.deepEqual(named('Глава ЦБ Наби заявила; главы Банка России Наби.'), ['ira-nabi:Наби', 'ira-nabi:Наби']);
  assert.deepEqual(named('Biden-era rules: Bider-era crypto enforcement and the Gale era ended; die Bider-Ära.'), ['jo-bider:Bider', 'ann-gale:Gale', 'jo-bider:Bider']);
  assert.deepEqual(named('President-elect Bider has chosen.'), ['jo-bider:Bider']);
  assert.deepEqual(named('The Gale erasure; a Mischief Gale; the Gale-erased files.'), [], 'whole words only');
});

test('a Korean family name alone counts under its bearer\'s title once the page has named the person in full: "이 총재"', () => {
  const source = { url: 'https://www.example.go.kr/about', title: 'About', publisher: 'Example', retrievedAt: '2026-12-02', tier: 'official' };
  const official = (id: string, name: string, native: string, post: string) => ({
    id, type: 'official', name, nativeName: native, country: 'KR', summary: 'S.', aliases: [], roles: [{ post, start: '2022', sources: [source] }],
  });
  const result = compileTestData(
    [
      official('rhee-x', 'Rhee X', '이창용', 'Governor of the Bank of Korea'),
      official('lee-y', 'Lee Y', '이강일', 'Member of the National Assembly (South Korea)'),
      official('kim-z', 'Kim Z', '김병기', 'Member of the National Assembly (South Korea)'),
      official('hong-w', 'Hong W', '홍남기', 'Deputy Prime Minister and Minister of Economy and Finance'),
    ],
    [],
  );
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const r = new Recognizer(result.data.aliasIndex);
  const named = (text: string) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(named('이창용 한국은행 총재가 말했다. 이 총재는 이강일 의원의 질의에 답했다. 이 의원은 물었다.'), ['rhee-x:이창용', 'rhee-x:이', 'lee-y:이강일', 'lee-y:이']);
  assert.deepEqual(named('이 총재는 답했다.'), [], 'not before the full name');
  assert.deepEqual(named('이창용 총재. 이 법안은 이 총재의 것이 아니다. 이 의원은'), ['rhee-x:이창용', 'rhee-x:이'], 'only under one of the bearer\'s titles');
  assert.deepEqual(named('김병기 의원과 이창용 총재. 김 의원은 이 총재를 만났다.'), ['kim-z:김병기', 'rhee-x:이창용', 'kim-z:김', 'rhee-x:이']);
  // A deputy prime minister is "부총리", not "총리".
  assert.deepEqual(named('홍남기 부총리가 말했다. 홍 부총리는 답했다.'), ['hong-w:홍남기', 'hong-w:홍']);
});

test('a head of state or government is named by "the <surname> administration" or "government"', () => {
  const named = surnamesNamer([
    ['jo-bider', 'Jo Bider', ['Bider'], 'President of the United States'],
    ['al-banes', 'Al Banes', ['Banes'], 'Prime Minister of Australia'],
    ['cy-gale', 'Cy Gale', ['Gale'], 'Governor of the Example Bank'],
  ]);
  assert.deepEqual(named('The Bider administration and the Banes Government, and Banes’s government.'), ['jo-bider:Bider', 'al-banes:Banes', 'al-banes:Banes']);
  assert.deepEqual(named('The Gale administration.'), [], 'only a head of state or government has an administration');
  assert.deepEqual(named('The Bider administrations.'), [], 'the word must end there');
  // French, Spanish, Portuguese, Italian and Russian put the word first.
  assert.deepEqual(named("L'exemple de l’administration Bider ; el gobierno de Banes y la administración Bider."), ['jo-bider:Bider', 'al-banes:Banes', 'jo-bider:Bider']);
  assert.deepEqual(named('Dos años de la gestión Bider; na gestão Bider.'), ['jo-bider:Bider', 'jo-bider:Bider']);
  assert.deepEqual(named("L'administration Gale."), [], 'only a head of state or government has an administration');
  assert.deepEqual(named("La réadministration Bider."), [], 'the word must be a whole word');
});

test('Japanese glues the administration to the surname: "ビダー政権", "バネス内閣"', () => {
  const named = surnamesNamer([
    ['jo-bider', 'Jo Bider', ['ビダー'], 'President of the United States'],
    ['cy-gale', 'Cy Gale', ['ゲール'], 'Governor of the Example Bank'],
  ]);
  assert.deepEqual(named('ビダー政権は規制を強めた。'), ['jo-bider:ビダー']);
  assert.deepEqual(named('ビダー内閣'), ['jo-bider:ビダー']);
  // A country mark may stand between the surname and the title: "バンス米副大統領".
  assert.deepEqual(named('ビダー米大統領は述べた。'), ['jo-bider:ビダー']);
  assert.deepEqual(named('ゲール米大統領は述べた。'), [], 'the title must be one of the bearer\'s posts');
  assert.deepEqual(named('ゲール政権'), [], 'only a head of state or government has an administration');
  assert.deepEqual(named('ビダー氏は述べた。'), [], 'a bare surname still waits for the full name');
});

/** A recogniser over a few bodies made for one test. */
function recognizerOf(entities: object[]): Recognizer {
  const result = compileTestData(entities, []);
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n'));
  return new Recognizer(result.data.aliasIndex);
}
const agencyOf = (id: string, name: string, country: string, more: object = {}) => ({ id, type: 'agency', name, country, summary: 'S.', ...more });

test('a body\'s short name counts once its head was named in full, as after its own full name', () => {
  const source = { url: 'https://www.example.tn/a', title: 'A', publisher: 'P', retrievedAt: '2026-12-02', tier: 'official' };
  const result = compileTestData(
    [
      agencyOf('tn-bct', 'Banque Centrale de Tunisie', 'TN', { aliases: [{ text: 'Banque centrale', needsFullName: true }] }),
      { id: 'marouan-abassi', type: 'official', name: 'Marouan Abassi', country: 'TN', summary: 'S.', aliases: [], roles: [{ post: 'Governor of the Central Bank of Tunisia', body: 'tn-bct', start: '2018', sources: [source] }] },
    ],
    [],
  );
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const r = new Recognizer(result.data.aliasIndex);
  const named = (text: string) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(named('Marouan Abassi a parlé ; le gouverneur de la Banque centrale a ajouté.'), ['marouan-abassi:Marouan Abassi', 'tn-bct:Banque centrale']);
  assert.deepEqual(named('Le gouverneur de la Banque centrale a ajouté.'), []);
});

test('bodies of two countries that both fit the page\'s words: the page\'s main country, by far, settles it', () => {
  const r = recognizerOf([
    agencyOf('us-senate', 'United States Senate', 'US', { aliases: [{ text: 'Senate', context: { any: ['Congress'] } }] }),
    agencyOf('ar-senate', 'Senate of Argentina', 'AR', { aliases: [{ text: 'Senate', context: { any: ['Argentina'] } }] }),
    agencyOf('ar-cnv', 'Comisión Nacional de Valores', 'AR', { aliases: [{ text: 'CNV', caseSensitive: true }] }),
    agencyOf('ar-bcra', 'Banco Central de la República Argentina', 'AR', { aliases: [{ text: 'BCRA', caseSensitive: true }] }),
    agencyOf('us-sec', 'Securities and Exchange Commission', 'US', { aliases: [{ text: 'SEC', caseSensitive: true }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  // Counted are the names a page gives in full (an acronym is no plain naming).
  const argentine = 'the Comisión Nacional de Valores, the Banco Central de la República Argentina and the Comisión Nacional de Valores';
  assert.deepEqual(ids(`In Argentina, Congress debated; ${argentine}. The Senate rejected it.`), ['ar-cnv', 'ar-bcra', 'ar-cnv', 'ar-senate']);
  const twoCountries = ids(`In Argentina, Congress debated; ${argentine}, the Securities and Exchange Commission twice: Securities and Exchange Commission. Weeks later, after a long and heated debate in the chamber, the Senate rejected it.`);
  assert.equal(twoCountries.length, 5, 'three names against two is not "by far"');
});

test('a union written as the place it covers is not highlighted; named as a body it is', () => {
  const r = recognizerOf([
    agencyOf('eu-union', 'European Union', 'EU', { namesTerritory: true, aliases: [{ text: 'EU', caseSensitive: true }, { text: 'UE', caseSensitive: true }, { text: 'AB', caseSensitive: true }, { text: 'Avrupa Birliği' }] }),
    agencyOf('int-cemac', 'Communauté économique et monétaire de l’Afrique centrale', 'INT', { namesTerritory: true, aliases: [{ text: 'CEMAC', caseSensitive: true }] }),
    agencyOf('eu-esma', 'ESMA', 'EU', { aliases: [] }),
  ]);
  const words = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('The EU adopted MiCA. Firms in the EU must comply; across the EU, rules differ.'), ['EU']);
  assert.deepEqual(words('In the EU’s view, ESMA leads.'), ['EU', 'ESMA']);
  assert.deepEqual(words('Stablecoins nach EU-Recht; die EU verlangt mehr.'), ['EU']);
  assert.deepEqual(words('Bu kurallar AB’de geçerli; AB’nin kararı açıklandı.'), ['AB']);
  assert.deepEqual(words('Tıpkı Avrupa Birliği’nde olduğu gibi; AB’nin kararı açıklandı.'), ['AB']);
  // A Turkish compound with the acronym as attribute is the area ("AB bankaları", EU banks); after a postposition or
  // conjunction it is the body ("AB tarafından", by the EU), and the full name before a noun is the body too.
  assert.deepEqual(words('AB bankaları ve mevcut AB finansal düzenlemesi; AB tarafından kabul edildi; AB ve ABD.'), ['AB', 'AB']);
  assert.deepEqual(words('Avrupa Birliği politikaları değişti.'), ['Avrupa Birliği']);
  assert.deepEqual(words('各国レベルからEU全体へ。EUの規制。'), ['EU']);
  assert.deepEqual(words("Dans la Communauté économique et monétaire de l’Afrique centrale (CEMAC), la CEMAC a décidé."), ['CEMAC']);
  assert.deepEqual(words("Interdit dans l’espace de la CEMAC, en zone CEMAC et dans la région de la CEMAC ; la CEMAC a décidé."), ['CEMAC']);
  assert.deepEqual(words('La zone CEMAC adopte une position prudente ; la CEMAC a décidé.'), ['CEMAC']);
  assert.deepEqual(words('AB içerisinde ve AB sınırları dışında; AB, kararı açıkladı.'), ['AB']);
  // Its members and its scale are the area too.
  assert.deepEqual(words('Member states of the EU differ; los Estados miembros de la UE y en toda la UE; la UE decidió.'), ['UE']);
  assert.deepEqual(words("Un autre pays de l’UE, à l'échelle de l’UE ; l’UE généralise."), ['UE']);
  // Its people too: "citoyens de l'UE", "ciudadanos de la UE".
  assert.deepEqual(words("Pour les citoyens de l’UE et les ciudadanos de la UE ; l’UE généralise."), ['UE']);
  assert.deepEqual(words('The digital euro will offer EU citizens and EU residents a payment system; the EU decided.'), ['EU']);
  // A body that is no union stays a body after the same words.
  assert.deepEqual(words('Firms in ESMA registers.'), ['ESMA']);
  // Russian "в" with the accusative is a goal (joining the union, the body); with the locative, the place.
  const ru = recognizerOf([agencyOf('eu-union-ru', 'Евросоюз', 'EU', { namesTerritory: true, aliases: [{ text: 'ЕС', caseSensitive: true }] })]);
  const ruWords = (text: string) => ru.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(ruWords('Стремящаяся в Евросоюз Украина; компании в Евросоюзе и в ЕС.'), ['Евросоюз']);
  // "within the EU" and "in (all 27) countries of the EU" are the area; the countries of the EU as subject act as the union.
  assert.deepEqual(ruWords('Единая база в пределах ЕС для всех 27 странах Евросоюза. Страны Евросоюза ввели санкции.'), ['Евросоюза']);
  assert.deepEqual(ruWords('Определённость в рамках единого рынка ЕС.'), []);
});

test('a body inside the name of a law the database lacks, or inside a role noun, is not highlighted', () => {
  const r = recognizerOf([
    agencyOf('tr-tcmb', 'Türkiye Cumhuriyet Merkez Bankası', 'TR', { aliases: [{ text: 'TCMB', caseSensitive: true }] }),
    agencyOf('tr-masak', 'Mali Suçları Araştırma Kurulu', 'TR', { aliases: [{ text: 'MASAK', caseSensitive: true }] }),
    agencyOf('us-fed', 'Federal Reserve', 'US'),
    agencyOf('int-fatf', 'Financial Action Task Force', 'INT', { aliases: [{ text: 'GAFI', caseSensitive: true }] }),
    agencyOf('ru-supreme-court', 'Верховный Суд РФ', 'RU'),
    agencyOf('jp-boj', '日本銀行', 'JP'),
    agencyOf('jp-diet', '国会', 'JP'),
    agencyOf('kr-assembly', '국회', 'KR'),
    agencyOf('ch-federal-council', 'Bundesrat', 'CH'),
    agencyOf('us-senate', 'Senate', 'US', { aliases: [{ text: 'Senato' }] }),
  ]);
  const words = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('1211 sayılı TCMB Kanunu’nda değişiklik; TCMB faizi açıkladı.'), ['TCMB']);
  assert.deepEqual(words('Mali Suçları Araştırma Kurulu (MASAK) Genel Tebliği (Sıra No: 29) yayımlandı. MASAK uyardı.'), ['MASAK']);
  assert.deepEqual(words('The Federal Reserve Act gives the Federal Reserve its powers.'), ['Federal Reserve']);
  assert.deepEqual(words('Federal Reserve Law Enforcement officers'), ['Federal Reserve']);
  assert.deepEqual(words('Federal Reserve Bill 401 passed; the Federal Reserve bill failed.'), ['Federal Reserve']);
  assert.deepEqual(words('La Recomendación 15 del GAFI; el GAFI publicó.'), ['GAFI']);
  // An act cited by type, issuer and number ("Directive UEMOA n° 05/2019", "Instruction BCEAO 001-01-2024").
  assert.deepEqual(words('La Directive GAFI n° 05/2019 et l’Instruction GAFI 001-01-2024 ; la directive GAFI du jour ; Avis GAFI.'), ['GAFI', 'GAFI']);
  assert.deepEqual(words('Постановление Пленума Верховного Суда РФ от 26.02.2019 N 1. решение Верховного Суда РФ'), ['Верховного Суда РФ']);
  assert.deepEqual(words('日本銀行法の改正で日本銀行は国会議員に説明し、国会で審議。'), ['日本銀行', '国会']);
  assert.deepEqual(words('국회의원들이 국회에서 논의했다.'), ['국회에서']); // the particle rule of the matcher (inflect-korean.ts)
  assert.deepEqual(words('Bundesrat Guy Parmelin sagte, der Bundesrat habe entschieden. Der Bundesrat Keller-Sutter'), ['Bundesrat', 'Bundesrat']);
  // A chamber before a candidate's title is the race; 今国会 is this session of the Diet.
  assert.deepEqual(words('今国会での提出が見込まれる。国会で審議。'), ['国会']);
  assert.deepEqual(words('ABD Senato adayı John Deaton; Senate candidates said the Senate would vote.'), ['Senate']);
});

test('a body inside its gazette\'s name, in a numbered act joined to it, or as the stem of "pan-", is not highlighted', () => {
  const r = recognizerOf([
    agencyOf('eu-union', 'European Union', 'EU', {
      aliases: [{ text: 'EU', caseSensitive: true }, { text: 'Union européenne' }, { text: 'Europäischen Union' }, { text: 'Avrupa Birliği' }, { text: 'Европейского союза' }],
    }),
    agencyOf('id-bappebti', 'Bappebti', 'ID'),
    agencyOf('jp-fsa', '金融庁', 'JP'),
  ]);
  const words = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('MiCA was published in the Official Journal of the European Union; the European Union said so.'), ['European Union']);
  assert.deepEqual(words("Publié au Journal officiel de l'Union européenne ; l'Union européenne a agi."), ['Union européenne']);
  assert.deepEqual(words('Im Amtsblatt der Europäischen Union veröffentlicht; die Kommission der Europäischen Union.'), ['Europäischen Union']);
  assert.deepEqual(words('Avrupa Birliği Resmî Gazetesi yayımladı; Avrupa Birliği onayladı.'), ['Avrupa Birliği']);
  assert.deepEqual(words('опубликован в Официальном журнале Европейского союза; решение Европейского союза'), ['Европейского союза']);
  assert.deepEqual(words('MiCA brings a pan-EU framework; the EU adopted it.'), ['EU']);
  assert.deepEqual(words('Bappebti規則第8/2021号に基づき、Bappebtiが監督する。金融庁告示第3号、金融庁が公表。'), ['Bappebti', '金融庁']);
});

test('a party in a case caption, and a one-word body opening an event\'s name, are not highlighted', () => {
  const r = recognizerOf([
    agencyOf('us-sec', 'Securities and Exchange Commission', 'US', { aliases: [{ text: 'SEC', caseSensitive: true }] }),
    agencyOf('co-congreso', 'Congreso de la República de Colombia', 'CO', { aliases: [{ text: 'Congreso' }] }),
    { id: 'us-rule', type: 'regulation', name: 'Example Rule', country: 'US', summary: 'S.' },
  ]);
  const words = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('In SEC v. Jarkesy and Kentucky v. SEC, an SEC civil case; R v SEC; the SEC appealed.'), ['SEC', 'SEC']);
  assert.deepEqual(words('The SEC vs. the industry; SEC v. the rules'), ['SEC', 'SEC'], 'only "v." between capitalised parties');
  assert.deepEqual(words('Example Rule v. Example Rule'), ['Example Rule', 'Example Rule'], 'a law is never a party');
  assert.deepEqual(words('Dans l’affaire SEC c. Gagnon, la SEC a gagné.'), ['SEC'], 'the French "c."');
  assert.deepEqual(words('En el Congreso Internacional de Tecnologías; el Congreso aprobó.'), ['Congreso']);
});

test('a law\'s number right before its title is one highlight with it', () => {
  const r = recognizerOf([{ id: 'tr-communique', type: 'regulation', name: 'Kripto Varlık Hizmet Sağlayıcıların Kuruluş ve Faaliyet Esasları Hakkında Tebliğ', country: 'TR', summary: 'S.', aliases: [{ text: 'III-35/B.1', caseSensitive: true }] }]);
  const text = 'SPK’nın III-35/B.1 Kripto Varlık Hizmet Sağlayıcıların Kuruluş ve Faaliyet Esasları Hakkında Tebliğ yayımlandı; III-35/B.1, (III-35/B.1)';
  assert.deepEqual(r.recognize(text).map((m) => text.slice(m.start, m.end)), ['III-35/B.1 Kripto Varlık Hizmet Sağlayıcıların Kuruluş ve Faaliyet Esasları Hakkında Tebliğ', 'III-35/B.1', 'III-35/B.1']);
});

test('a phrase that blocks a shorter name keeps blocking it when the page does not settle what the phrase names', () => {
  const r = recognizerOf([
    agencyOf('mx-shcp', 'Secretaría de Hacienda y Crédito Público', 'MX', { aliases: [{ text: 'Hacienda', notIn: ['Comisión de Hacienda'] }] }),
    agencyOf('cl-comision-hacienda', 'Comisión de Hacienda del Senado', 'CL', { aliases: [{ text: 'Comisión de Hacienda', context: { any: ['Chile'] } }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('La Comisión de Hacienda revisó el plan de Hacienda.'), ['mx-shcp']);
  assert.deepEqual(ids('En Chile, la Comisión de Hacienda revisó el plan.'), ['cl-comision-hacienda']);
});

test('a currency, a zone, a forum or a list is kept for the cards but never highlighted, and covers its words', () => {
  const r = recognizerOf([
    { id: 'ru-digital-ruble-law', type: 'regulation', name: 'Federal Law No. 340-FZ', country: 'RU', summary: 'S.', aliases: [{ text: 'digital ruble law' }] },
    { id: 'ru-digital-ruble', type: 'regulation', name: 'Digital ruble', country: 'RU', summary: 'S.', notHighlighted: 'currency' },
    agencyOf('int-g20', 'G20', 'INT', { notHighlighted: 'forum', aliases: [{ text: 'Group of Twenty' }] }),
    agencyOf('ru-ruble-bank', 'Ruble', 'RU', { aliases: [{ text: 'Ruble', caseSensitive: true }] }),
  ]);
  const words = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('The Digital ruble pilot, set by the digital ruble law, reached the G20 and the Group of Twenty. Ruble.'), ['digital ruble law', 'Ruble']);
});

test('a name right after "@" or "#" is a handle or a hashtag, not a mention', () => {
  const r = recognizerOf([agencyOf('mx-banxico', 'Banco de México', 'MX', { aliases: [{ text: 'Banxico' }] })]);
  const words = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('En este comunicado @Banxico y #Banxico; Banxico refrenda su posición.'), ['Banxico']);
});

test('a body written alone inside «» is a company or a publication; a law there is the law', () => {
  const r = recognizerOf([
    agencyOf('ru-minfin', 'Министерство финансов России', 'RU', { aliases: [{ text: 'Минфин' }] }),
    { id: 'ru-dfa-law', type: 'regulation', name: 'О цифровых финансовых активах', country: 'RU', summary: 'S.' },
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('Как пишет «Минфин», Минфин внёс закон «О цифровых финансовых активах».'), ['ru-minfin', 'ru-dfa-law']);
  // A body the data marks as one stories quote counts in «», in every case form.
  const quoted = recognizerOf([agencyOf('ru-rkn', 'Роскомнадзор', 'RU', { namedInQuotes: true })]);
  assert.deepEqual(quoted.recognize('После того как «Роскомнадзор» заблокировал сайт, в «Роскомнадзоре» ответили.').map((m) => m.entity), ['ru-rkn', 'ru-rkn']);
});

test('an acronym the page defines in brackets after a name means that name on the whole page', () => {
  const r = recognizerOf([
    agencyOf('tr-spk', 'Sermaye Piyasası Kurulu', 'TR', { aliases: [{ text: 'SPK', caseSensitive: true }] }),
    { id: 'tr-spl', type: 'regulation', name: 'Sermaye Piyasası Kanunu', country: 'TR', summary: 'S.' },
    { id: 'us-gensler', type: 'official', name: 'Gary Gensler', country: 'US', summary: 'S.' },
    agencyOf('us-sec', 'Securities and Exchange Commission', 'US', { aliases: [{ text: 'SEC', caseSensitive: true }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(ids('Sermaye Piyasası Kanunu’na (“SPK” veya “Kanun”) eklenen maddeler. SPK Geçici Madde 11.'), [
    'tr-spl:Sermaye Piyasası Kanunu',
    'tr-spl:SPK',
    'tr-spl:SPK',
  ]);
  assert.deepEqual(ids('SPK açıkladı.'), ['tr-spk:SPK']);
  // A body in brackets after a person is not that person's acronym.
  assert.deepEqual(ids('Gary Gensler (SEC) spoke.'), ['us-gensler:Gary Gensler', 'us-sec:SEC']);
});

test("an entity's own acronym in brackets after its name in another language is defined by it; a phrase blocking it still does", () => {
  const r = recognizerOf([
    agencyOf('kr-fss', 'Financial Supervisory Service', 'KR', {
      aliases: [
        { text: 'Mali Denetim Servisi', context: { any: ['Kore'] } },
        { text: 'FSS', caseSensitive: true, context: { any: ['Korea'] } },
      ],
    }),
    agencyOf('us-sec', 'Securities and Exchange Commission', 'US', {
      nativeName: '米国証券取引委員会',
      aliases: [{ text: 'SEC', caseSensitive: true, context: { any: ['Washington'] }, notIn: ['SEC監査報告書'] }],
    }),
    agencyOf('ph-sec', 'Securities and Exchange Commission (Philippines)', 'PH', { aliases: [{ text: 'SEC', caseSensitive: true, context: { any: ['Manila'] } }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  // "FSS" does not abbreviate the Turkish name, and no English context word is on the page: the brackets settle it.
  assert.deepEqual(ids("Güney Kore'nin Mali Denetim Servisi (FSS) açıkladı. FSS, borsaları denetleyecek."), [
    'kr-fss:Mali Denetim Servisi',
    'kr-fss:FSS',
    'kr-fss:FSS',
  ]);
  // Without the brackets' definition the acronym stays unsettled.
  assert.deepEqual(ids('FSS, borsaları denetleyecek.'), []);
  // Lower-case words in brackets are no acronym.
  assert.deepEqual(ids("Kore'nin Mali Denetim Servisi (fss) açıkladı."), ['kr-fss:Mali Denetim Servisi']);
  assert.deepEqual(ids('米国証券取引委員会(SEC)が発表した。先週のSEC監査報告書によって、SECは'), ['us-sec:米国証券取引委員会', 'us-sec:SEC', 'us-sec:SEC']);
});

test('a gate that names its country in English names it in the other languages too; a gate that does not is left alone', () => {
  const r = recognizerOf([
    agencyOf('sg-mas', 'Monetary Authority of Singapore', 'SG', { aliases: [{ text: 'MAS', caseSensitive: true, context: { any: ['Singapore'] } }] }),
    agencyOf('kr-fss', 'Financial Supervisory Service', 'KR', { aliases: [{ text: 'FSS', caseSensitive: true, context: { any: ['Korea'] } }] }),
    agencyOf('sg-cad', 'Commercial Affairs Department', 'SG', { aliases: [{ text: 'CAD', caseSensitive: true, context: { any: ['Singapore Police'] } }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('Singapur, MAS çerçevesini sertleştiriyor.'), ['sg-mas']);
  assert.deepEqual(ids('Сингапур: MAS ужесточает правила.'), ['sg-mas']);
  assert.deepEqual(ids('シンガポールのMASが発表した。'), ['sg-mas']);
  // "Korea" stands for "South Korea": its names in other languages count ("Güney Kore", "Südkorea").
  assert.deepEqual(ids("Güney Kore'de FSS açıkladı."), ['kr-fss']);
  assert.deepEqual(ids('In Südkorea kündigte die FSS an.'), ['kr-fss']);
  // A gate that names no country gets none: "CAD" (a currency too) needs its own words.
  assert.deepEqual(ids('Singapur: CAD ermittelt.'), []);
  assert.deepEqual(ids('MAS çerçevesini sertleştiriyor.'), []);
});

test("a generic word for a kind of body names its home country's body, except on a page about another country", () => {
  const r = recognizerOf([
    agencyOf('jp-mof', 'Ministry of Finance (Japan)', 'JP', { aliases: [{ text: '財務省', generic: true }] }),
    agencyOf('jp-boj', 'Bank of Japan', 'JP', { nativeName: '日本銀行' }),
    agencyOf('ru-government', 'Government of Russia', 'RU', { nativeName: 'ロシア政府' }),
    agencyOf('ru-cbr', 'Bank of Russia', 'RU', { nativeName: 'ロシア中央銀行' }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  // A story about Japan, or about nothing in particular: Japan's ministry.
  assert.deepEqual(ids('財務省と日本銀行が発表した。'), ['jp-mof', 'jp-boj']);
  assert.deepEqual(ids('財務省が発表した。'), ['jp-mof']);
  // A story that names Russia's bodies three times and Japan's none: "財務省" is Russia's, which is not Japan's card.
  assert.deepEqual(ids('ロシア政府は、ロシア政府の案をロシア中央銀行と協議し、財務省が同意した。'), ['ru-government', 'ru-government', 'ru-cbr']);
  // Japan named as well, often enough: the word stays Japan's.
  assert.deepEqual(ids('ロシア政府は、ロシア政府の案をロシア中央銀行と協議した。日本銀行と日本銀行の見解では、財務省が同意した。'), [
    'ru-government', 'ru-government', 'ru-cbr', 'jp-boj', 'jp-boj', 'jp-mof',
  ]);
});

test("another country's body may share a generic word, gated by its country: it takes the word on a page about that country", () => {
  const r = recognizerOf([
    agencyOf('jp-mof', 'Ministry of Finance (Japan)', 'JP', { aliases: [{ text: '財務省', generic: true }] }),
    agencyOf('jp-boj', 'Bank of Japan', 'JP', { nativeName: '日本銀行' }),
    agencyOf('ru-minfin', 'Ministry of Finance (Russia)', 'RU', { aliases: [{ text: '財務省', context: { any: ['ロシア'] } }] }),
    agencyOf('ru-government', 'Government of Russia', 'RU', { nativeName: 'ロシア政府' }),
    agencyOf('ru-cbr', 'Bank of Russia', 'RU', { nativeName: 'ロシア中央銀行' }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('ロシア政府は、ロシア政府の案をロシア中央銀行と協議し、財務省が同意した。'), ['ru-government', 'ru-government', 'ru-cbr', 'ru-minfin']);
  // A Japanese story that mentions Russia once: Japan's ministry.
  assert.deepEqual(ids('財務省はロシア政府の案について日本銀行と協議した。'), ['jp-mof', 'ru-government', 'jp-boj']);
});

test('a short form two named bodies share goes to the one named before it, and is left alone when neither was', () => {
  const r = recognizerOf([
    agencyOf('ar-bcra', 'Banco Central de la República Argentina', 'AR', { aliases: [{ text: 'Banco Central', context: { any: ['Argentina'] } }] }),
    agencyOf('br-bcb', 'Banco Central do Brasil', 'BR', { aliases: [{ text: 'Banco Central', context: { any: ['Brasil'] } }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(
    ids('El Banco Central de la República Argentina mantiene la prohibición para los bancos del país desde hace años. Fuentes del Banco Central no prevén cambios. El Banco Central do Brasil ya publicó sus reglas.'),
    ['ar-bcra', 'ar-bcra', 'br-bcb'],
  );
  assert.deepEqual(ids('El Banco Central no prevé cambios ni en Argentina ni en Brasil.'), [], 'both fit by context words, neither named: none is picked');
});

test('a short form two jurisdictions share goes to the one named just before it, in the same run', () => {
  const r = recognizerOf([
    agencyOf('jp-fsa', 'Financial Services Agency', 'JP', { nativeName: '金融庁' }),
    agencyOf('kr-bok', 'Bank of Korea', 'KR', { nativeName: '韓国銀行' }),
    agencyOf('jp-diet', 'National Diet', 'JP', { aliases: [{ text: '国会', context: { any: ['金融庁'] } }] }),
    agencyOf('kr-assembly', 'National Assembly', 'KR', { aliases: [{ text: '国会', context: { any: ['韓国'] } }] }),
  ]);
  const ids = (text: string) => r.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('金融庁が国会提出を視野。韓国銀行は国会の審議を待つ。'), ['jp-fsa', 'jp-diet', 'kr-bok', 'kr-assembly']);
  assert.deepEqual(ids('国会で審議。金融庁と韓国の当局が協議。'), ['jp-fsa'], 'nothing named just before: both fit, none is picked');
});

test('a Russian title counts in any case, and initials may stand between a title and the surname', () => {
  const named = surnamesNamer([
    ['mikhail-x', 'Михаил Мишустин', ['Мишустин'], 'Chairman of the Government of Russia'],
    ['ann-gale', 'Ann Gale', ['Gale'], 'Governor of the Example Bank'],
  ]);
  assert.deepEqual(named('Истек срок поручения Премьер-министра Мишустина.'), ['mikhail-x:Мишустина']);
  assert.deepEqual(named('Истек срок поручения Премьер-министра М.В. Мишустина.'), ['mikhail-x:Мишустина']);
  assert.deepEqual(named('Governor A. Gale spoke.'), ['ann-gale:Gale']);
  assert.deepEqual(named('М.В. Мишустин подписал.'), [], 'initials alone are no title');
  assert.deepEqual(named('Governor and A. Gale spoke.'), [], 'the title must stand right before the initials');
});

test("a notIn phrase keeps only its own entity's names out: another entity's name inside it still counts", () => {
  const r = recognizerOf([
    agencyOf('jp-tokyo-tokuso', '東京地検特捜部', 'JP', { aliases: [{ text: '地検特捜部', notIn: ['大阪地検特捜部'] }] }),
    agencyOf('jp-osaka-prosecutors', '大阪地方検察庁', 'JP', { aliases: [{ text: '大阪地検' }] }),
  ]);
  const found = (text: string) => r.recognize(text).map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
  assert.deepEqual(found('大阪地検特捜部は逮捕した。'), ['大阪地検=jp-osaka-prosecutors']);
  assert.deepEqual(found('地検特捜部は逮捕した。'), ['地検特捜部=jp-tokyo-tokuso']);
});

test('a name inside a phrase that blocks it does not make the page about its country', () => {
  const r = recognizerOf([
    agencyOf('cl-sii', 'Servicio de Impuestos Internos', 'CL', { aliases: [{ text: 'Servicio de Impuestos Internos', notIn: ['Servicio de Impuestos Internos de Estados Unidos'] }] }),
    agencyOf('cl-senado', 'Senado de Chile', 'CL', { aliases: [{ text: 'Senado', context: { any: ['Chile'] } }] }),
  ]);
  const found = (text: string) => r.recognize(text).map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
  assert.deepEqual(found('El Servicio de Impuestos Internos informó al Senado.'), ['Servicio de Impuestos Internos=cl-sii', 'Senado=cl-senado']);
  assert.deepEqual(found('El Servicio de Impuestos Internos de Estados Unidos informó al Senado.'), []);
});

test("a distinctive surname written twice counts without the full name on a page that names its bearer's country", () => {
  const official = (id: string, name: string, surname: string, country: string) => ({ id, type: 'official', name, country, summary: 'S.', aliases: [{ text: surname, needsFullName: true }] });
  const result = compileTestData([official('sv-bukele', 'Nayib Bukele', 'Bukele', 'SV'), official('us-lee-a', 'Ann Lee', 'Lee', 'US'), official('kr-lee-b', 'Bo Lee', 'Lee', 'KR'), official('us-monaco', 'Lisa Monaco', 'Monaco', 'US')], []);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const named = (text: string) => r.recognize(text, new PageContext()).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  // The lead with the full name was cut: the story keeps naming him, and names his country (in German here).
  assert.deepEqual(named('El Salvador hat keine eigene Währung, sagte Bukele. Bukele twitterte.'), ['sv-bukele:Bukele', 'sv-bukele:Bukele']);
  // Once may be anyone of that name; without the country the page is about someone else.
  assert.deepEqual(named('El Salvador hat keine eigene Währung, sagte Bukele.'), []);
  assert.deepEqual(named('Bukele said so. Bukele left.'), []);
  // A written-twice surname as part of other names does not count ("Bukele Street").
  assert.deepEqual(named('In El Salvador, Bukele Street and Bukele Park.'), []);
  // A surname two officials share, or shorter than five letters, needs the full name as before.
  assert.deepEqual(named('In Korea and the United States, Lee spoke. Lee left.'), []);
  // A surname that is also a country's name may be the country.
  assert.deepEqual(named('The United States and Monaco agreed; Monaco will sign.'), []);
});
