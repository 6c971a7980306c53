// What every importer shares: a pinned dataset as the build hands it over, the source record that cites one of its
// records, and the small pieces of wording and naming the importers have in common.
import { foldKey } from '../../fold.js';
import type { DatasetSource, Entity, Role } from '../schema.js';

/** One pinned open dataset: its repository at one commit, and the text of the files the lock lists. */
export interface PinnedDataset {
  /** GitHub "owner/name". */
  repo: string;
  commit: string;
  /** The commit's date (YYYY-MM-DD): what the dataset says was true as of then. */
  committed: string;
  /** File path inside the repository → its text (already checked against the lock). */
  files: ReadonlyMap<string, string>;
}

/** An entity an importer proposes, with the full names it may be matched by against the hand-edited database. */
export interface Candidate {
  entity: Entity;
  /** Full names as the dataset writes them (never a surname alone): matched exactly against hand-edited entities. */
  fullNames: string[];
}

export function fileText(dataset: PinnedDataset, path: string): string {
  const text = dataset.files.get(path);
  if (text === undefined) throw new Error(`${dataset.repo}: ${path} is listed by the importer but not in the lock`);
  return text;
}

/** The citation of one record of a pinned file: the permalink at the commit, and the record's key. */
export function datasetSource(dataset: PinnedDataset, path: string, key: string): DatasetSource {
  return {
    dataset: dataset.repo,
    commit: dataset.commit,
    path,
    key,
    url: `https://github.com/${dataset.repo}/blob/${dataset.commit}/${path}`,
    published: dataset.committed,
    tier: 'reference',
  };
}

/** An id slug of a name: "Şahap Kavcıoğlu" → "sahap-kavcioglu". */
export function slugOf(name: string): string {
  return foldKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when a Latin-script name has at least a given name and a family name, and no title or comma. */
export function isFullName(name: string): boolean {
  return /^[\p{L}][\p{L}\p{M}.'’-]*(?: [\p{L}][\p{L}\p{M}.'’-]*)+$/u.test(name) && !/,/.test(name);
}

/** A dataset date ("2021-03-20", "2005-06", "2017") kept at its own precision, or undefined when it is not one. */
export function datasetDate(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) ? v : undefined;
}

/**
 * A role from a dataset row. A row with no end date says only that the post was held when the snapshot was taken,
 * so the role carries `asOf` (the card then says "as of", never "current"). An end date after the snapshot is a
 * scheduled end, not a fact about the past: it is dropped and the role is open "as of" the snapshot too.
 */
export function datedRole(post: string, start: string | undefined, end: string | undefined, snapshot: string, source: DatasetSource, body?: string): Role {
  const closed = end !== undefined && end.localeCompare(snapshot) <= 0 ? end : undefined;
  return {
    post,
    ...(body ? { body } : {}),
    ...(start ? { start } : {}),
    ...(closed ? { end: closed } : { asOf: snapshot }),
    sources: [source],
  };
}
