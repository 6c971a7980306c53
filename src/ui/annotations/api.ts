// What the annotation pages need from the browser, as one interface: the panel and the dashboard are given an
// implementation over the extension's messages, and the components never touch `browser.*` themselves.
import type { AnnotationChanges, AnnotationDraft } from '../../core/annotations/edit.js';
import type { Annotation, AnnotationSettings } from '../../core/annotations/model.js';
import type { Card, EntityType } from '../../core/types.js';
import { invokeBackground, invokeUserData } from '../../browser.js';

export interface EntityLabel {
  id: string;
  name: string;
  type: EntityType;
}

export interface AnnotationStore {
  settings(): Promise<AnnotationSettings>;
  create(draft: AnnotationDraft, changes: AnnotationChanges): Promise<Annotation>;
  update(id: string, changes: AnnotationChanges): Promise<Annotation>;
  findEntities(query: { query?: string; ids?: string[] }): Promise<EntityLabel[]>;
  card(id: string): Promise<Card | null>;
}

export const messageStore: AnnotationStore = {
  settings: () => invokeUserData('getAnnotationSettings', {}),
  create: (draft, changes) => invokeUserData('createAnnotation', { draft, changes }),
  update: (id, changes) => invokeUserData('updateAnnotation', { id, changes }),
  findEntities: (query) => invokeUserData('findEntities', query),
  card: (id) => invokeBackground('getCard', { id }),
};
