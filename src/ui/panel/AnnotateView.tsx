// The "Annotate" view: annotate the selection on the tab, and see the page's annotations — placed, changed since they
// were checked (with the difference), or not found on this page (listed, never dropped).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationDraft } from '../../core/annotations/edit.js';
import type { Annotation, AnnotationSettings } from '../../core/annotations/model.js';
import { type PassageChange, comparePassage } from '../../core/annotations/passage.js';
import type { AnnotationPlacement } from '../../messages.js';
import type { AnnotationStore } from '../annotations/api.js';
import { AnnotationEditor, type EditorSubject } from '../annotations/AnnotationEditor.js';
import { PassageDiff } from '../annotations/PassageDiff.js';
import { excerpt } from '../annotations/format.js';
import { t } from '../i18n.js';

/** What the view needs from the tab it annotates. */
export interface TabConnection {
  captureSelection(): Promise<AnnotationDraft | null>;
  placement(): Promise<AnnotationPlacement>;
  refresh(): Promise<AnnotationPlacement>;
  scrollTo(id: string): Promise<boolean>;
  listForUrl(url: string): Promise<Annotation[]>;
  takeDraft(): Promise<AnnotationDraft | null>;
  /** Calls back when the background has a draft for this tab (context menu, shortcut); returns an unsubscribe. */
  onDraftReady(callback: () => void): () => void;
}

type PageState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; placement: AnnotationPlacement; annotations: Annotation[]; changes: Record<string, PassageChange> };

/** `incoming`: a subject to open in the editor at once (a checked claim's "Annotate", issue 10); `onTaken` clears it. */
export function AnnotateView({ tab, store, tabKey, incoming, onTaken }: { tab: TabConnection; store: AnnotationStore; tabKey: string; incoming?: EditorSubject | null; onTaken?: () => void }) {
  const [settings, setSettings] = useState<AnnotationSettings | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [editing, setEditingState] = useState<EditorSubject | null>(null);
  // Each subject gets a fresh editor: a second draft arriving while the editor is open (the card's "Annotate" on
  // another highlight) must not keep the first one's entities, tags or note.
  const editorKey = useRef(0);
  const setEditing = (subject: EditorSubject | null) => {
    editorKey.current++;
    setEditingState(subject);
  };
  const [message, setMessage] = useState('');

  const load = async (placementPromise?: Promise<AnnotationPlacement>): Promise<void> => {
    // A page that has just loaded may not have its content script yet: asked again a few times before giving up.
    let first = placementPromise;
    const read = async () => {
      const placement = await (first ?? tab.placement());
      first = undefined;
      const annotations = await tab.listForUrl(placement.url);
      const changes: Record<string, PassageChange> = {};
      for (const placed of placement.placed) {
        const annotation = annotations.find((a) => a.id === placed.id);
        if (annotation?.target.context) changes[placed.id] = await comparePassage(annotation.target, placed.context);
      }
      return { placement, annotations, changes };
    };
    await askAgain(read, 4).then(
      (ready) => setPage({ status: 'ready', ...ready }),
      () => setPage({ status: 'unavailable' }),
    );
  };

  const openDraft = (draft: AnnotationDraft | null) => {
    if (draft) {
      setEditing({ kind: 'draft', draft });
      setMessage('');
    }
  };

  // The editor needs the settings (author, scale): asked again a few times, as the page is, and a failure said.
  const loadSettings = () => askAgain(() => store.settings(), 4).then(setSettings, () => setMessage(t('annViewCannotRead')));

  useEffect(() => {
    setEditing(null);
    setPage({ status: 'loading' });
    void loadSettings();
    void load();
    void tab.takeDraft().then(openDraft);
    return tab.onDraftReady(() => void tab.takeDraft().then(openDraft));
  }, [tabKey]);

  useEffect(() => {
    if (!incoming) return;
    setEditing(incoming);
    setMessage('');
    onTaken?.();
  }, [incoming]);

  // A tab whose content script is being replaced (an update, a takeover) answers a moment later.
  const annotateSelection = () =>
    askAgain(() => tab.captureSelection(), 2).then(
      (draft) => (draft ? openDraft(draft) : setMessage(t('annViewSelectFirst'))),
      () => setMessage(t('annViewCannotRead')),
    );

  const saved = (annotation: Annotation) => {
    setEditing(null);
    setMessage(t('annViewSaved', excerpt(annotation.target.quote.exact, 60)));
    void load(tab.refresh());
  };

  if (editing && !settings) return <p class="muted">{message || t('annViewLooking')}</p>;
  if (editing && settings) {
    return <AnnotationEditor key={editorKey.current} store={store} subject={editing} settings={settings} onSaved={saved} onCancel={() => setEditing(null)} />;
  }

  return (
    <section class="annotate">
      <button type="button" class="primary" onClick={() => void annotateSelection()}>
        {t('annViewAnnotateSelection')}
      </button>
      {message && (
        <p class="status" role="status">
          {message}
        </p>
      )}
      {page.status === 'loading' && <p class="muted">{t('annViewLooking')}</p>}
      {page.status === 'unavailable' && <p class="muted">{t('annViewUnavailable')}</p>}
      {page.status === 'ready' && <PageAnnotations state={page} tab={tab} onEdit={(annotation) => setEditing({ kind: 'annotation', annotation })} />}
      <p class="muted">
        <a href="dashboard.html" target="_blank" rel="noopener">
          {t('annViewDashboardLink')}
        </a>
      </p>
    </section>
  );
}

function PageAnnotations({ state, tab, onEdit }: { state: Extract<PageState, { status: 'ready' }>; tab: TabConnection; onEdit: (a: Annotation) => void }) {
  const byId = new Map(state.annotations.map((a) => [a.id, a]));
  const placed = state.placement.placed.map((p) => byId.get(p.id)).filter((a): a is Annotation => a !== undefined);
  const orphans = state.placement.orphans.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
  if (placed.length === 0 && orphans.length === 0) return <p class="muted">{t('annViewNone')}</p>;
  return (
    <>
      {placed.length > 0 && (
        <section aria-label={t('annViewOnPage')}>
          <h2>{t('annViewOnPageCount', placed.length)}</h2>
          <ul class="annotation-list">
            {placed.map((a) => (
              <AnnotationItem annotation={a} change={state.changes[a.id]} onShow={() => void tab.scrollTo(a.id)} onEdit={() => onEdit(a)} />
            ))}
          </ul>
        </section>
      )}
      {orphans.length > 0 && (
        <section aria-label={t('annViewNotFound')}>
          <h2>{t('annViewNotFoundCount', orphans.length)}</h2>
          <p class="muted">{t('annViewOrphansNote')}</p>
          <ul class="annotation-list orphans">
            {orphans.map((a) => (
              <AnnotationItem annotation={a} onEdit={() => onEdit(a)} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function AnnotationItem({ annotation, change, onShow, onEdit }: { annotation: Annotation; change?: PassageChange | undefined; onShow?: () => void; onEdit: () => void }) {
  return (
    <li data-annotation-id={annotation.id} class="annotation">
      <p class="quote-excerpt">{excerpt(annotation.target.quote.exact)}</p>
      <p class="badges">
        {annotation.verdict ? <span class="verdict">{annotation.verdict.label}</span> : <span class="muted">{t('annNoVerdictBadge')}</span>}
        {change?.changed && <span class="changed">{t('annViewChanged')}</span>}
      </p>
      {change?.changed && <PassageDiff parts={change.parts} />}
      <div class="actions">
        {onShow && (
          <button type="button" onClick={onShow}>
            {t('annShowOnPage')}
          </button>
        )}
        <button type="button" onClick={onEdit}>
          {t('annEdit')}
        </button>
      </div>
    </li>
  );
}

/** What `ask` answers, asked again up to `retries` times half a second apart while it fails; the last failure if all do. */
async function askAgain<T>(ask: () => Promise<T>, retries: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
