// The annotation editor: the quoted claim and its page, a note, tags, the entities it concerns, a verdict on the
// user's scale with an explanation, the claimant and the claim's date, the evidence (links, and facts from the
// database by reference), and the record of who changed what when. Typed only into extension pages.
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationChanges, AnnotationDraft } from '../../core/annotations/edit.js';
import type { Annotation, AnnotationSettings, Evidence } from '../../core/annotations/model.js';
import type { CardFact } from '../../core/types.js';
import type { AnnotationPreset } from '../../core/claims/rated.js';
import type { AnnotationStore, EntityLabel } from './api.js';
import { formatTime } from './format.js';
import { t } from '../i18n.js';
import { TYPE_KEY } from '../popover/CardView.js';
import { failureText } from './problem-text.js';

// A draft may come with a preset: a checked claim's verdict, reasoning and evidence (issue 10), for the user to confirm.
export type EditorSubject = { kind: 'draft'; draft: AnnotationDraft; preset?: AnnotationPreset } | { kind: 'annotation'; annotation: Annotation };

interface Props {
  store: AnnotationStore;
  subject: EditorSubject;
  settings: AnnotationSettings;
  onSaved: (annotation: Annotation) => void;
  onCancel: () => void;
}

const trimmed = (value: string) => value.trim();

export function AnnotationEditor({ store, subject, settings, onSaved, onCancel }: Props) {
  const existing = subject.kind === 'annotation' ? subject.annotation : null;
  const page = existing?.page ?? (subject.kind === 'draft' ? subject.draft.page : { url: '', title: '' });
  const quote = existing?.target.quote.exact ?? (subject.kind === 'draft' ? subject.draft.quote.exact : '');
  const preset = subject.kind === 'draft' ? subject.preset : undefined;

  const [note, setNote] = useState(existing?.note ?? '');
  const [tags, setTags] = useState((existing?.tags ?? []).join(', '));
  const [entities, setEntities] = useState<string[]>(existing?.entities ?? (subject.kind === 'draft' ? [...new Set([...(preset?.entities ?? []), ...subject.draft.entities])] : []));
  const [labels, setLabels] = useState<Record<string, EntityLabel>>({});
  const [entityQuery, setEntityQuery] = useState('');
  const [entityMatches, setEntityMatches] = useState<EntityLabel[]>([]);
  const [verdict, setVerdict] = useState(existing?.verdict?.label ?? preset?.verdict ?? '');
  const [explanation, setExplanation] = useState(existing?.verdict?.explanation ?? preset?.explanation ?? '');
  const [claimant, setClaimant] = useState(existing?.claimant ?? '');
  const [claimantKind, setClaimantKind] = useState<'person' | 'organization'>(existing?.claimantKind ?? 'person');
  const [claimDate, setClaimDate] = useState(existing?.claimDate ?? '');
  const [storyDate, setStoryDate] = useState(page.storyDate ?? '');
  const [reviewUrl, setReviewUrl] = useState(existing?.reviewUrl ?? '');
  const [evidence, setEvidence] = useState<Evidence[]>(existing?.evidence ?? preset?.evidence ?? []);
  const [link, setLink] = useState({ url: '', title: '', seen: new Date().toISOString().slice(0, 10) });
  const [factsFor, setFactsFor] = useState('');
  const [facts, setFacts] = useState<CardFact[]>([]);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const missing = entities.filter((id) => !labels[id]);
    if (missing.length === 0) return;
    void store.findEntities({ ids: missing }).then((found) => setLabels((old) => ({ ...old, ...Object.fromEntries(found.map((e) => [e.id, e])) })));
  }, [entities.join('|')]);

  useEffect(() => {
    if (entityQuery.trim().length < 2) return setEntityMatches([]);
    const query = entityQuery;
    const timer = setTimeout(() => void store.findEntities({ query }).then(setEntityMatches), 120);
    return () => clearTimeout(timer);
  }, [entityQuery]);

  useEffect(() => {
    if (!factsFor) return setFacts([]);
    void store.card(factsFor).then((card) => setFacts(card?.facts ?? []));
  }, [factsFor]);

  const addEntity = (entity: EntityLabel) => {
    setLabels((old) => ({ ...old, [entity.id]: entity }));
    setEntities((old) => (old.includes(entity.id) ? old : [...old, entity.id]));
    setEntityQuery('');
  };

  const addLink = () => {
    const url = trimmed(link.url);
    if (!/^https?:\/\/\S+$/i.test(url)) return setError(t('annBadSourceUrl'));
    setEvidence((old) => [...old, { kind: 'link', url, title: trimmed(link.title), ...(link.seen ? { seen: link.seen } : {}) }]);
    setLink({ url: '', title: '', seen: link.seen });
    setError('');
  };

  const citeFact = (fact: CardFact) =>
    setEvidence((old) =>
      old.some((e) => e.kind === 'fact' && e.entityId === factsFor && e.statement === fact.statement) ? old : [...old, { kind: 'fact', entityId: factsFor, date: fact.date, statement: fact.statement }],
    );

  const save = async (event: Event) => {
    event.preventDefault();
    const rating = settings.scale.ratings.find((r) => r.label === verdict);
    const changes: AnnotationChanges = {
      note,
      tags: [...new Set(tags.split(',').map(trimmed).filter(Boolean))],
      entities,
      evidence,
      page: { ...page, ...(storyDate ? { storyDate } : {}) },
      verdict: rating ? { label: rating.label, value: rating.value, explanation: trimmed(explanation) } : null,
      claimant: trimmed(claimant) || null,
      claimantKind: trimmed(claimant) ? claimantKind : null,
      claimDate: claimDate || null,
      reviewUrl: trimmed(reviewUrl) || null,
      // The checked claim this rates, kept with it so the same claim is recognised on a later page.
      ...(preset ? { claim: preset.claim } : {}),
    };
    if (!storyDate) delete (changes.page as { storyDate?: string }).storyDate;
    setSaving(true);
    setError('');
    try {
      const saved = existing ? await store.update(existing.id, changes) : await store.create((subject as { draft: AnnotationDraft }).draft, changes);
      onSaved(saved);
    } catch (failure) {
      setError(failureText(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="editor" onSubmit={(event) => void save(event)} aria-label={existing ? t('annEditLabel') : t('annNewLabel')}>
      <blockquote class="quote">{quote}</blockquote>
      <p class="page-ref">
        <a href={page.url} target="_blank" rel="noopener noreferrer">
          {page.title || page.url}
        </a>
      </p>
      <label>
        {t('annStoryDate')}
        <input type="date" value={storyDate} onInput={(e) => setStoryDate(e.currentTarget.value)} />
      </label>

      <fieldset>
        <legend>{t('annVerdict')}</legend>
        <label>
          {t('annVerdict')}
          <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value)}>
            <option value="">{t('annNoVerdict')}</option>
            {settings.scale.ratings.map((rating) => (
              <option value={rating.label} title={rating.description}>
                {rating.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('annExplanation')}
          <textarea rows={3} value={explanation} onInput={(e) => setExplanation(e.currentTarget.value)} />
        </label>
        <div class="row">
          <label>
            {t('annClaimant')}
            <input value={claimant} onInput={(e) => setClaimant(e.currentTarget.value)} />
          </label>
          <label>
            {t('annClaimantKind')}
            <select value={claimantKind} onChange={(e) => setClaimantKind(e.currentTarget.value as 'person' | 'organization')}>
              <option value="person">{t('annClaimantPerson')}</option>
              <option value="organization">{t('annClaimantOrganization')}</option>
            </select>
          </label>
        </div>
        <label>
          {t('annClaimDate')}
          <input type="date" value={claimDate} onInput={(e) => setClaimDate(e.currentTarget.value)} />
        </label>
        <label>
          {t('annReviewUrl')}
          <input type="url" value={reviewUrl} placeholder={t('annUrlPlaceholder')} onInput={(e) => setReviewUrl(e.currentTarget.value)} />
        </label>
      </fieldset>

      <label>
        {t('annNote')}
        <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('annTags')}
        <input value={tags} placeholder={t('annTagsPlaceholder')} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>

      <fieldset>
        <legend>{t('annEntities')}</legend>
        <ul class="chips">
          {entities.map((id) => (
            <li>
              {labels[id]?.name ?? id}
              <button type="button" aria-label={t('annRemoveEntity', labels[id]?.name ?? id)} onClick={() => setEntities((old) => old.filter((e) => e !== id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <label>
          {t('annAddEntity')}
          <input type="search" value={entityQuery} onInput={(e) => setEntityQuery(e.currentTarget.value)} />
        </label>
        {entityMatches.length > 0 && (
          <ul class="matches">
            {entityMatches.map((entity) => (
              <li>
                <button type="button" onClick={() => addEntity(entity)}>
                  {entity.name} <span class="muted">({t(TYPE_KEY[entity.type])})</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('annEvidence')}</legend>
        {evidence.length > 0 && (
          <ul class="evidence">
            {evidence.map((item, i) => (
              <li>
                {item.kind === 'link' ? (
                  <a href={item.url} target="_blank" rel="noopener noreferrer">
                    {item.title || item.url}
                  </a>
                ) : (
                  <span>
                    {labels[item.entityId]?.name ?? item.entityId}: {item.statement} {item.date && <span class="muted">({item.date})</span>}
                  </span>
                )}
                {item.kind === 'link' && item.seen && <span class="muted"> {t('annSeen', item.seen)}</span>}
                <button type="button" aria-label={t('annRemoveSource')} onClick={() => setEvidence((old) => old.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="row">
          <label>
            {t('annSourceUrl')}
            <input type="url" value={link.url} onInput={(e) => setLink({ ...link, url: e.currentTarget.value })} />
          </label>
          <label>
            {t('annSourceTitle')}
            <input value={link.title} onInput={(e) => setLink({ ...link, title: e.currentTarget.value })} />
          </label>
          <label>
            {t('annSeenOn')}
            <input type="date" value={link.seen} onInput={(e) => setLink({ ...link, seen: e.currentTarget.value })} />
          </label>
        </div>
        <button type="button" onClick={addLink}>
          {t('annAddSource')}
        </button>
        {entities.length > 0 && (
          <label>
            {t('annCiteFactAbout')}
            <select value={factsFor} onChange={(e) => setFactsFor(e.currentTarget.value)}>
              <option value="">{t('annChooseEntity')}</option>
              {entities.map((id) => (
                <option value={id}>{labels[id]?.name ?? id}</option>
              ))}
            </select>
          </label>
        )}
        {facts.length > 0 && (
          <ul class="facts">
            {facts.map((fact) => (
              <li>
                <span class="muted">{fact.date}</span> {fact.statement}{' '}
                <button type="button" onClick={() => citeFact(fact)}>
                  {t('annCite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <p class="muted meta">
        {t('annAuthor', existing?.author || settings.author || t('annAuthorNotSet'))}
        {existing && (
          <>
            {' '}
            · {t('annTimes', formatTime(existing.created), formatTime(existing.modified))}
          </>
        )}
      </p>
      {existing && existing.verdictHistory.length > 0 && (
        <details class="history">
          <summary>{t('annVerdictHistory', existing.verdictHistory.length)}</summary>
          <ol>
            {existing.verdictHistory.map((change) => (
              <li>
                {change.label} <span class="muted">· {formatTime(change.at)}{change.author ? ` · ${change.author}` : ''}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {existing ? t('annSaveChanges') : t('annSaveNew')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('annCancel')}
        </button>
      </div>
    </form>
  );
}
