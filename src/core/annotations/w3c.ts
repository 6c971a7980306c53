// W3C Web Annotation (JSON-LD) export: an AnnotationCollection whose page holds one Annotation per annotation. Each
// verdict is a TextualBody with purpose "assessing" (value = the rating label), the explanation one with purpose
// "describing", the note "commenting", each tag "tagging", each entity a SpecificResource "identifying", each evidence
// link a SpecificResource "linking". The whole Policy Lens record rides along as a JSON literal (`policyLens`, an
// `@json` term of our own context) so our own export imports back without loss; other tools ignore it.
import type { Annotation } from './model.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our one addition to the W3C context: the full record, as a JSON literal under an IRI of our own. */
export const POLICY_LENS_CONTEXT = { policyLens: { '@id': 'urn:policy-lens:record', '@type': '@json' } } as const;
/** Entities are named by IRIs of our own: the database's ids are stable slugs. */
export const ENTITY_IRI_PREFIX = 'urn:policy-lens:entity:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The annotation's IRI: a UUID URN for our own ids, the id itself when it already is an IRI (imported). */
export function annotationIri(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  return `urn:policy-lens:annotation:${encodeURIComponent(id)}`;
}

export type W3CBody = Record<string, unknown>;

function bodiesOf(annotation: Annotation): W3CBody[] {
  const bodies: W3CBody[] = [];
  if (annotation.verdict) {
    bodies.push({ type: 'TextualBody', purpose: 'assessing', value: annotation.verdict.label, format: 'text/plain' });
    if (annotation.verdict.explanation) bodies.push({ type: 'TextualBody', purpose: 'describing', value: annotation.verdict.explanation, format: 'text/plain' });
  }
  if (annotation.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  for (const tag of annotation.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const entity of annotation.entities) bodies.push({ type: 'SpecificResource', purpose: 'identifying', source: `${ENTITY_IRI_PREFIX}${encodeURIComponent(entity)}` });
  for (const evidence of annotation.evidence) {
    if (evidence.kind === 'link') bodies.push({ type: 'SpecificResource', purpose: 'linking', source: evidence.url });
  }
  return bodies;
}

/** One annotation in the W3C model (without @context: the collection carries it). */
export function toW3CAnnotation(annotation: Annotation): Record<string, unknown> {
  const selectors: Record<string, unknown>[] = [{ ...annotation.target.quote }];
  if (annotation.target.position) selectors.push({ ...annotation.target.position });
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.verdict ? 'assessing' : 'commenting',
    created: annotation.created,
    modified: annotation.modified,
    ...(annotation.author ? { creator: { type: 'Person', name: annotation.author } } : {}),
    body: bodiesOf(annotation),
    target: { source: annotation.page.url, selector: selectors },
    policyLens: annotation,
  };
}

/** The whole set as one AnnotationCollection with a single embedded page. */
export function toW3CCollection(annotations: readonly Annotation[], generated: string, label = 'Policy Lens annotations'): Record<string, unknown> {
  return {
    '@context': [ANNO_CONTEXT, POLICY_LENS_CONTEXT],
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generated,
    generator: { id: 'urn:policy-lens', type: 'Software', name: 'Policy Lens' },
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toW3CAnnotation) },
  };
}
