// The background's message checks (src/background/requests.ts) and the card channel's guards (src/card-channel.ts),
// fuzzed with fast-check: nothing a sender can put in a message makes them throw, every well-formed message passes
// unchanged, and a message with any one field wrong is refused with an error that names the message and the field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_BATCH_CHARS, MAX_BATCH_TEXTS, checkRequest, requestSchemas } from '../../src/background/requests.js';
import { parseFromFrame, parseToFrame } from '../../src/card-channel.js';

const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
const host = fc.domain();
const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const texts = fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 30 });

/** Well-formed requests, one arbitrary per message. */
const validRequest = fc.oneof(
  host.map((h) => ({ name: 'getPageSetup', params: { host: h } })),
  texts.map((t) => ({ name: 'mayName', params: { texts: t } })),
  texts.map((t) => ({ name: 'findCandidates', params: { texts: t } })),
  fc.record({ id: slug, storyDate: fc.option(date, { nil: undefined }) }).map(({ id, storyDate }) => ({ name: 'getCard', params: storyDate ? { id, storyDate } : { id } })),
  fc.constant({ name: 'getDatasetInfo', params: {} }),
  host.map((h) => ({ name: 'getSiteEnabled', params: { host: h } })),
  fc.record({ host, enabled: fc.boolean() }).map((params) => ({ name: 'setSiteEnabled', params })),
);

test('every message the background answers has a schema', () => {
  assert.deepEqual(Object.keys(requestSchemas).sort(), [
    'backupAll', 'checkClaimReviewReadiness', 'checkClaims', 'createAnnotation', 'deleteAnnotation', 'exportAnnotations', 'findCandidates',
    'findEntities', 'findRatedClaims', 'getAnnotationSettings', 'getCard', 'getDatasetInfo', 'getEntityPage', 'getLocaleMessages', 'getPageSetup', 'getSiteEnabled',
    'importAnnotations', 'listAnnotations', 'listPlacementTargets', 'mayName', 'openEntityPage', 'restoreAnnotation', 'restoreBackup',
    'setAnnotationSettings', 'setSiteEnabled', 'takeDraft', 'updateAnnotation',
  ]);
});

test('fuzz: well-formed requests pass unchanged', () => {
  fc.assert(
    fc.property(validRequest, (request) => {
      const checked = checkRequest(request);
      assert.ok(checked.ok, checked.ok ? '' : checked.error);
      assert.equal(checked.name, request.name);
      assert.deepEqual({ ...(checked.params as object) }, { ...request.params });
    }),
    { numRuns: 2000 },
  );
});

test('fuzz: anything at all is answered, never thrown', () => {
  fc.assert(
    fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), (message) => {
      const checked = checkRequest(message);
      if (checked.ok) assert.ok(requestSchemas[checked.name].safeParse(checked.params).success);
    }),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(requestSchemas)), fc.anything(), (name, params) => {
      const checked = checkRequest({ name, params });
      if (!checked.ok) assert.match(checked.error, new RegExp(`^${name}: params`));
    }),
    { numRuns: 5000 },
  );
});

test('fuzz: one field of the wrong type or an extra field is refused, naming the message and the field', () => {
  const wrong = fc.anything().filter((value) => typeof value !== 'string' && typeof value !== 'boolean' && !Array.isArray(value));
  fc.assert(
    fc.property(validRequest, wrong, fc.string({ minLength: 1, maxLength: 10 }), (request, value, extra) => {
      const params = request.params as Record<string, unknown>;
      const keys = Object.keys(params);
      if (keys.length > 0) {
        const key = keys[0] as string;
        const checked = checkRequest({ name: request.name, params: { ...params, [key]: value } });
        assert.ok(!checked.ok, `${request.name} accepted ${key} = ${fc.stringify(value)}`);
        assert.ok(checked.error.startsWith(`${request.name}: params`), checked.error);
      }
      if (!(extra in params) && extra !== '__proto__') {
        const checked = checkRequest({ name: request.name, params: { ...params, [extra]: 1 } });
        assert.ok(!checked.ok, `${request.name} accepted an extra field ${extra}`);
      }
    }),
    { numRuns: 2000 },
  );
});

test('names that are not messages, including inherited ones, are refused', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(65), '']) {
    const checked = checkRequest({ name, params: {} });
    assert.ok(!checked.ok, name);
  }
  for (const message of [null, undefined, 42, 'getCard', [], { params: {} }, { name: 7, params: {} }]) assert.ok(!checkRequest(message).ok);
});

test('size limits: too much text, too many runs, a long id are refused with a clear error', () => {
  const tooLong = checkRequest({ name: 'findCandidates', params: { texts: ['a'.repeat(MAX_BATCH_CHARS / 2), 'b'.repeat(MAX_BATCH_CHARS / 2 + 1)] } });
  assert.deepEqual(tooLong, { ok: false, error: `findCandidates: params.texts: a batch of text may hold at most ${MAX_BATCH_CHARS} characters` });
  const atLimit = checkRequest({ name: 'mayName', params: { texts: ['a'.repeat(MAX_BATCH_CHARS)] } });
  assert.ok(atLimit.ok);
  assert.ok(!checkRequest({ name: 'mayName', params: { texts: Array.from({ length: MAX_BATCH_TEXTS + 1 }, () => '') } }).ok);
  const longId = checkRequest({ name: 'getCard', params: { id: 'a'.repeat(201) } });
  assert.deepEqual(longId, { ok: false, error: 'getCard: params.id: an entity id has at most 200 characters' });
  assert.deepEqual(checkRequest({ name: 'getCard', params: { id: 'igor-krasnov', storyDate: '11/11/2022' } }), {
    ok: false,
    error: 'getCard: params.storyDate: a date is written YYYY-MM-DD',
  });
  assert.deepEqual(checkRequest({ name: 'getPageSetup', params: { host: 'h'.repeat(254) } }), { ok: false, error: 'getPageSetup: params.host: a host name has at most 253 characters' });
});

test('fuzz: the card channel guards never throw and keep only well-formed messages', () => {
  fc.assert(
    fc.property(fc.anything(), (value) => {
      const toFrame = parseToFrame(value);
      if (toFrame) assert.deepEqual(parseToFrame(toFrame), { ...toFrame });
      const fromFrame = parseFromFrame(value);
      if (fromFrame) assert.deepEqual(parseFromFrame(fromFrame), { ...fromFrame });
    }),
    { numRuns: 5000 },
  );
  const pixels = fc.integer({ min: 0, max: 100_000 });
  const request = fc.nat();
  const fromFrame = fc.oneof(
    fc.record({ type: fc.constant('shown' as const), request, width: pixels, height: pixels }),
    fc.record({ type: fc.constant('missing' as const), request }),
    fc.record({ type: fc.constant('size' as const), width: pixels, height: pixels }),
    fc.record({ type: fc.constant('close' as const), restoreFocus: fc.boolean() }),
    fc.record({ type: fc.constant('pointer' as const), inside: fc.boolean() }),
    fc.record({ type: fc.constant('annotate' as const) }),
  );
  fc.assert(fc.property(fromFrame, (message) => assert.deepEqual(parseFromFrame({ ...message, extra: 'dropped' }), { ...message })));
  const toFrame = fc.oneof(
    fc.record({ type: fc.constant('show' as const), request, id: slug, maxHeight: pixels, focus: fc.boolean() }),
    fc.record({ type: fc.constant('max-height' as const), maxHeight: pixels }),
    fc.constant({ type: 'focus' as const }),
    fc.constant({ type: 'hide' as const }),
  );
  fc.assert(fc.property(toFrame, (message) => assert.deepEqual(parseToFrame(message), { ...message })));
  assert.equal(parseFromFrame({ type: 'size', width: Infinity, height: 1 }), null);
  assert.equal(parseToFrame({ type: 'show', request: 1, id: 'x'.repeat(201), maxHeight: 1, focus: true }), null);
});
