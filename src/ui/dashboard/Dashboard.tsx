// The dashboard: every annotation, searchable (minisearch) and filterable by site, tag, verdict, entity and date;
// edit, delete with undo, a link back to each passage (text fragment); exports of the whole or the filtered set;
// import; backup and restore of all user data; the space used; and the author's name and rating scale.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReadinessGap } from '../../core/annotations/claimreview.js';
import type { Annotation, AnnotationSettings } from '../../core/annotations/model.js';
import { RatingScale } from '../../core/annotations/model.js';
import { type AnnotationFilter, AnnotationIndex, isFilterOn, siteOf } from '../../core/annotations/search.js';
import { textFragmentUrl } from '../../core/annotations/text-fragment.js';
import type { ExportFormat, ExportedFile } from '../../messages.js';
import type { AnnotationStore, EntityLabel } from '../annotations/api.js';
import { AnnotationEditor } from '../annotations/AnnotationEditor.js';
import { excerpt, formatBytes, formatTime } from '../annotations/format.js';
import { gapText } from '../annotations/gaps.js';
import { failureText, problemText } from '../annotations/problem-text.js';
import { problemFromZod } from '../../core/annotations/problem.js';
import { type MessageKey, t } from '../i18n.js';

export interface DashboardApi extends AnnotationStore {
  list(): Promise<Annotation[]>;
  remove(id: string): Promise<Annotation | null>;
  restore(annotation: Annotation): Promise<Annotation>;
  exportFile(format: ExportFormat, ids?: string[]): Promise<ExportedFile>;
  readiness(ids?: string[]): Promise<{ id: string; quote: string; gaps: ReadinessGap[] }[]>;
  importFile(text: string): Promise<{ added: number; duplicates: number }>;
  backup(): Promise<ExportedFile>;
  restoreBackup(text: string): Promise<{ annotations: number; settings: number; siteSettings: number }>;
  saveSettings(settings: AnnotationSettings): Promise<AnnotationSettings>;
  storage(): Promise<{ usage: number; quota: number; persisted: boolean } | null>;
  download(file: ExportedFile): void;
}

const EXPORTS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'w3c', label: 'dashExportW3c' },
  { format: 'claimreview', label: 'dashExportClaimReview' },
  { format: 'csv', label: 'dashExportCsv' },
  { format: 'markdown', label: 'dashExportMarkdown' },
  { format: 'hypothesis', label: 'dashExportHypothesis' },
];


export function Dashboard({ api }: { api: DashboardApi }) {
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  const [settings, setSettings] = useState<AnnotationSettings | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>({});
  const [labels, setLabels] = useState<Record<string, EntityLabel>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [readiness, setReadiness] = useState<{ id: string; quote: string; gaps: ReadinessGap[] }[] | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number; persisted: boolean } | null>(null);

  const reload = async () => {
    const [list, current] = await Promise.all([api.list(), api.settings()]);
    setAnnotations(list);
    setSettings(current);
    setStorage(await api.storage());
  };
  useEffect(() => void reload(), []);

  const entityIds = useMemo(() => [...new Set((annotations ?? []).flatMap((a) => a.entities))].sort(), [annotations]);
  useEffect(() => {
    if (entityIds.length) void api.findEntities({ ids: entityIds }).then((found) => setLabels(Object.fromEntries(found.map((e) => [e.id, e]))));
  }, [entityIds.join('|')]);

  const index = useMemo(() => new AnnotationIndex(annotations ?? []), [annotations]);
  const shown = useMemo(() => index.query(filter), [index, filter]);
  const filtered = isFilterOn(filter);
  const ids = filtered ? shown.map((a) => a.id) : undefined;

  const run = async (work: () => Promise<string | void>) => {
    try {
      const done = await work();
      if (done) setStatus({ kind: 'ok', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: failureText(error) });
    }
  };

  const exportAs = (format: ExportFormat) =>
    run(async () => {
      if (format === 'claimreview') {
        const checks = (await api.readiness(ids)).filter((r) => r.gaps.length > 0);
        if (checks.length > 0) return void setReadiness(checks);
      }
      const file = await api.exportFile(format, ids);
      api.download(file);
      return t(filtered ? 'dashExportedFiltered' : 'dashExported', file.filename, file.count);
    });

  const exportClaimReviewAnyway = () =>
    run(async () => {
      setReadiness(null);
      const file = await api.exportFile('claimreview', ids);
      api.download(file);
      return t('dashExportedWithGaps', file.filename, file.count);
    });

  const readFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    return file ? file.text() : null;
  };

  const importAnnotations = (input: HTMLInputElement) =>
    run(async () => {
      const text = await readFile(input);
      if (text === null) return;
      const { added, duplicates } = await api.importFile(text);
      await reload();
      return duplicates ? t('dashImportedWithDuplicates', added, duplicates) : t('dashImported', added);
    });

  const restoreBackup = (input: HTMLInputElement) =>
    run(async () => {
      const text = await readFile(input);
      if (text === null) return;
      const restored = await api.restoreBackup(text);
      await reload();
      return t('dashRestored', restored.annotations, restored.settings, restored.siteSettings);
    });

  const remove = (annotation: Annotation) =>
    run(async () => {
      const removed = await api.remove(annotation.id);
      setDeleted(removed);
      setStatus(null);
      await reload();
    });

  const undo = () =>
    run(async () => {
      if (!deleted) return;
      await api.restore(deleted);
      setDeleted(null);
      await reload();
      return t('dashAnnotationRestored');
    });

  if (!annotations || !settings) return <p class="muted">{t('dashLoading')}</p>;
  const sites = [...new Set(annotations.map((a) => siteOf(a.page.url)).filter(Boolean))].sort();
  const tags = [...new Set(annotations.flatMap((a) => a.tags))].sort();
  const set = (key: keyof AnnotationFilter) => (event: Event) => setFilter({ ...filter, [key]: (event.currentTarget as HTMLInputElement).value });

  return (
    <>
      <section class="toolbar" aria-label={t('dashToolbarLabel')}>
        <div class="buttons">
          {EXPORTS.map(({ format, label }) => (
            <button type="button" onClick={() => void exportAs(format)}>
              {t(label)}
            </button>
          ))}
          <button type="button" onClick={() => void run(async () => (api.download(await api.backup()), t('dashBackupSaved')))}>
            {t('dashBackUp')}
          </button>
        </div>
        <div class="files">
          <label>
            {t('dashImport')}
            <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void importAnnotations(e.currentTarget)} />
          </label>
          <label>
            {t('dashRestoreBackup')}
            <input type="file" accept=".json,application/json" onChange={(e) => void restoreBackup(e.currentTarget)} />
          </label>
        </div>
        {storage && (
          <p class="muted storage">
            {t(storage.persisted ? 'dashStorageGranted' : 'dashStorageNotGranted', formatBytes(storage.usage), formatBytes(storage.quota))}
          </p>
        )}
      </section>

      {status && (
        <p class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {deleted && (
        <p class="undo" role="status">
          {t('dashDeleted')}{' '}
          <button type="button" onClick={() => void undo()}>
            {t('dashUndo')}
          </button>
        </p>
      )}
      {readiness && (
        <section class="readiness" role="dialog" aria-label={t('dashReadinessLabel')}>
          <h2>{t('dashReadinessHeading')}</h2>
          <ul>
            {readiness.map((r) => (
              <li>
                <q>{excerpt(r.quote, 80)}</q>
                <ul>
                  {r.gaps.map((gap) => (
                    <li>{gapText(gap, r.quote, annotations.find((a) => a.id === r.id)?.verdict?.label ?? '')}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <button type="button" class="primary" onClick={() => void exportClaimReviewAnyway()}>
            {t('dashExportAnyway')}
          </button>{' '}
          <button type="button" onClick={() => setReadiness(null)}>
            {t('annCancel')}
          </button>
        </section>
      )}

      <section class="filters" aria-label={t('dashFiltersLabel')}>
        <label>
          {t('dashSearch')}
          <input type="search" value={filter.text ?? ''} onInput={set('text')} />
        </label>
        <label>
          {t('dashSite')}
          <select value={filter.site ?? ''} onChange={set('site')}>
            <option value="">{t('dashAllSites')}</option>
            {sites.map((site) => (
              <option value={site}>{site}</option>
            ))}
          </select>
        </label>
        <label>
          {t('dashTag')}
          <select value={filter.tag ?? ''} onChange={set('tag')}>
            <option value="">{t('dashAllTags')}</option>
            {tags.map((tag) => (
              <option value={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label>
          {t('annVerdict')}
          <select value={filter.verdict ?? ''} onChange={set('verdict')}>
            <option value="">{t('dashAllVerdicts')}</option>
            {settings.scale.ratings.map((r) => (
              <option value={r.label}>{r.label}</option>
            ))}
            <option value="none">{t('annNoVerdict')}</option>
          </select>
        </label>
        <label>
          {t('dashEntity')}
          <select value={filter.entity ?? ''} onChange={set('entity')}>
            <option value="">{t('dashAllEntities')}</option>
            {entityIds.map((id) => (
              <option value={id}>{labels[id]?.name ?? id}</option>
            ))}
          </select>
        </label>
        <label>
          {t('dashFrom')}
          <input type="date" value={filter.from ?? ''} onInput={set('from')} />
        </label>
        <label>
          {t('dashTo')}
          <input type="date" value={filter.to ?? ''} onInput={set('to')} />
        </label>
        {filtered && (
          <button type="button" onClick={() => setFilter({})}>
            {t('dashClearFilters')}
          </button>
        )}
      </section>

      <p class="muted count" role="status">
        {filtered ? t('dashCountFiltered', shown.length, annotations.length) : t('dashCount', annotations.length)}
      </p>
      <ul class="annotation-list">
        {shown.map((a) =>
          editing === a.id ? (
            <li data-annotation-id={a.id} class="annotation editing">
              <AnnotationEditor
                store={api}
                subject={{ kind: 'annotation', annotation: a }}
                settings={settings}
                onSaved={() => {
                  setEditing(null);
                  void reload();
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li data-annotation-id={a.id} class="annotation">
              <blockquote class="quote">{excerpt(a.target.quote.exact, 280)}</blockquote>
              <p class="page-ref">
                <a href={textFragmentUrl(a.page.url, a.target.quote)} target="_blank" rel="noopener noreferrer" title={t('dashOpenPassage')}>
                  {a.page.title || a.page.url}
                </a>{' '}
                <span class="muted">· {siteOf(a.page.url)} · {formatTime(a.modified)}</span>
              </p>
              <p class="badges">
                {a.verdict ? <span class="verdict">{a.verdict.label}</span> : <span class="muted">{t('annNoVerdictBadge')}</span>}
                {a.tags.map((tag) => (
                  <span class="tag">{tag}</span>
                ))}
                {a.entities.map((id) => (
                  <span class="entity">{labels[id]?.name ?? id}</span>
                ))}
              </p>
              {a.verdict?.explanation && <p class="explanation">{excerpt(a.verdict.explanation, 400)}</p>}
              {a.note && <p class="note">{excerpt(a.note, 400)}</p>}
              <div class="actions">
                <button type="button" onClick={() => setEditing(a.id)}>
                  {t('annEdit')}
                </button>
                <button type="button" onClick={() => void remove(a)}>
                  {t('dashDelete')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      <SettingsForm settings={settings} onSave={(next) => run(async () => (setSettings(await api.saveSettings(next)), t('dashSettingsSaved')))} />
    </>
  );
}

/** The author's name and the rating scale: one "Label = number" per line, best and worst, a documentation URL. */
function SettingsForm({ settings, onSave }: { settings: AnnotationSettings; onSave: (s: AnnotationSettings) => Promise<void> }) {
  const [author, setAuthor] = useState(settings.author);
  const [lines, setLines] = useState(settings.scale.ratings.map((r) => `${r.label} = ${r.value}`).join('\n'));
  const [best, setBest] = useState(String(settings.scale.best));
  const [worst, setWorst] = useState(String(settings.scale.worst));
  const [docs, setDocs] = useState(settings.scale.documentationUrl ?? '');
  const [error, setError] = useState('');

  const save = (event: Event) => {
    event.preventDefault();
    const previous = new Map(settings.scale.ratings.map((r) => [r.label, r.description]));
    const ratings = lines
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const match = /^(.+?)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(line);
        return match ? { label: match[1]!.trim(), value: Number(match[2]), description: previous.get(match[1]!.trim()) ?? '' } : { label: line, value: Number.NaN, description: '' };
      });
    const bad = ratings.find((r) => Number.isNaN(r.value));
    if (bad) return setError(t('dashBadRating', bad.label));
    const scale = RatingScale.safeParse({ ...settings.scale, ratings, best: Number(best), worst: Number(worst), documentationUrl: docs.trim() || undefined });
    if (!scale.success) return setError(scale.error.issues.length ? problemText(problemFromZod(scale.error)) : t('dashScaleInvalid'));
    setError('');
    void onSave({ author: author.trim(), scale: scale.data });
  };

  return (
    <form class="settings" onSubmit={save} aria-label={t('dashSettings')}>
      <h2>{t('dashSettings')}</h2>
      <label>
        {t('dashAuthorName')}
        <input value={author} onInput={(e) => setAuthor(e.currentTarget.value)} />
      </label>
      <label>
        {t('dashScale')}
        <textarea rows={8} value={lines} onInput={(e) => setLines(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label>
          {t('dashBest')}
          <input type="number" value={best} onInput={(e) => setBest(e.currentTarget.value)} />
        </label>
        <label>
          {t('dashWorst')}
          <input type="number" value={worst} onInput={(e) => setWorst(e.currentTarget.value)} />
        </label>
      </div>
      <label>
        {t('dashScaleDocs')}
        <input type="url" value={docs} onInput={(e) => setDocs(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('dashSaveSettings')}</button>
    </form>
  );
}
