// The W3C export is valid JSON-LD under the W3C anno context: expanded with the `jsonld` library against the context
// bundled in test/fixtures/annotations/anno.jsonld (no network: any other URL fails the test).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import jsonld from 'jsonld';
import { toW3CCollection } from '../../src/core/annotations/index.js';
import { sampleAnnotation } from './annotation-fixtures.js';

const ANNO_CONTEXT = JSON.parse(readFileSync(new URL('../fixtures/annotations/anno.jsonld', import.meta.url), 'utf8')) as object;
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';

const offlineLoader = async (url: string) => {
  if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`the test may not load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT };
};

type Node = Record<string, unknown>;
const values = (node: Node | undefined, iri: string) => (node?.[iri] as Node[] | undefined) ?? [];

test('the W3C export expands under the W3C anno context to oa: annotations with assessing, commenting and tagging bodies', async () => {
  const collection = toW3CCollection([sampleAnnotation()], '2026-12-02T00:00:00.000Z');
  const expanded = (await jsonld.expand(collection as jsonld.JsonLdDocument, { documentLoader: offlineLoader as never })) as Node[];
  const root = expanded[0];
  assert.deepEqual(root?.['@type'], [`${AS}OrderedCollection`]);
  const page = values(root, `${AS}first`)[0];
  const items = (values(page, `${AS}items`)[0]?.['@list'] ?? []) as Node[];
  assert.equal(items.length, 1);
  const annotation = items[0]!;
  assert.equal(annotation['@id'], 'urn:uuid:8f14e45f-ceea-4e67-a1c2-1b2c3d4e5f60');
  assert.deepEqual(annotation['@type'], [`${OA}Annotation`]);
  assert.deepEqual(values(annotation, `${OA}motivatedBy`), [{ '@id': `${OA}assessing` }]);

  const bodies = values(annotation, `${OA}hasBody`);
  const purposeOf = (body: Node) => (values(body, `${OA}hasPurpose`)[0]?.['@id'] as string).replace(OA, '');
  const valueOf = (body: Node) => values(body, RDF_VALUE)[0]?.['@value'];
  const verdict = bodies.find((body) => purposeOf(body) === 'assessing');
  assert.deepEqual(verdict?.['@type'], [`${OA}TextualBody`]);
  assert.equal(valueOf(verdict!), 'Mostly false');
  assert.equal(valueOf(bodies.find((body) => purposeOf(body) === 'commenting')!), 'Compare with the register.');
  assert.deepEqual(bodies.filter((body) => purposeOf(body) === 'tagging').map(valueOf), ['russia', 'licensing']);
  assert.deepEqual(values(bodies.find((body) => purposeOf(body) === 'identifying'), `${OA}hasSource`), [{ '@id': 'urn:policy-lens:entity:ru-cbr' }]);

  const target = values(annotation, `${OA}hasTarget`)[0];
  assert.deepEqual(values(target, `${OA}hasSource`), [{ '@id': 'https://news.example/russia-checks' }]);
  const selectors = values(target, `${OA}hasSelector`);
  const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`);
  assert.equal(values(quote, `${OA}exact`)[0]?.['@value'], 'The Bank of Russia has 12 licensed operators');
  assert.ok(values(quote, `${OA}prefix`)[0]?.['@value']);
  const position = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`);
  assert.equal(typeof values(position, `${OA}start`)[0]?.['@value'], 'number');
  // Our full record survives as a JSON literal under our own IRI.
  const record = values(annotation, 'urn:policy-lens:record')[0];
  assert.equal(record?.['@type'], '@json');
  assert.equal((record?.['@value'] as { id: string }).id, sampleAnnotation().id);
});
