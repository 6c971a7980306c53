// The annotation model and everything pure that works on it: selectors and re-anchoring, change detection, text
// fragment links, exporters, the importer, search.
export * from './anchor.js';
export * from './claimreview.js';
export * from './csv.js';
export * from './edit.js';
export * from './hypothesis.js';
export * from './import.js';
export * from './markdown.js';
export * from './model.js';
export * from './passage.js';
export * from './problem.js';
export * from './rating-scale.js';
export * from './search.js';
export * from './sentence.js';
export * from './text-fragment.js';
export * from './w3c.js';
