// The "Check this page" view (issue 10): the tab's claims grouped by verdict, each with its worked reasoning, the
// database's value and sources, where sources disagree, and "copy citation" in plain text and Markdown. Clicking a
// claim scrolls the page to it. A view module: the side panel of issue 9 can mount it as one of its tabs.
import { useEffect, useState } from 'preact/hooks';
import { citeClaim, verdictLabel } from '../../core/claims/citation.js';
import type { ClaimSource, RecordedValue, VerdictKind } from '../../core/claims/types.js';
import { claimRefKey, claimRefOf } from '../../core/claims/rated.js';
import type { ClaimRef } from '../../core/annotations/model.js';
import type { PageClaim, RatedClaim } from '../../messages.js';
import { formatTime } from '../annotations/format.js';
import { t } from '../i18n.js';

export interface CheckPageApi {
  listClaims: () => Promise<{ url: string; title: string; checked: boolean; claims: PageClaim[]; revision?: number }>;
  scrollToClaim: (index: number) => Promise<boolean>;
  copy: (text: string) => Promise<void>;
  /** Opens the claim as a new annotation in the Annotate view's editor; false when its sentence left the page. */
  annotate?: (claim: PageClaim) => Promise<boolean>;
  /** The user's earlier verdicts on these claims (any page). */
  findRated?: (claims: ClaimRef[]) => Promise<RatedClaim[]>;
}

// While the view is open the page may add or drop claims (a live page, an appended story): the list follows it.
const FOLLOW_MS = 1000;

const ORDER: VerdictKind[] = ['contradicted', 'outdated', 'supported', 'unknown', 'unjudged'];
const OUTDATED_DIRECTION = { 'was-true-earlier': 'true earlier, not on the story\'s date', 'changed-since': 'true then, changed since' };

type State = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; url: string; title: string; checked: boolean; claims: PageClaim[]; revision?: number };

function Source({ source }: { source: ClaimSource }) {
  const label = `${source.publisher}${source.date ? `, ${source.date}` : ''}`;
  return source.url ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {label}
    </a>
  ) : (
    <span title={source.title}>{label}</span>
  );
}

function Recorded({ value }: { value: RecordedValue }) {
  return (
    <span class="recorded">
      <strong>{value.value}</strong>
      {value.part ? ` (${value.part})` : ''}
      {value.date ? `, ${value.date}` : ''}
      {value.rank === 'deprecated' ? ' — deprecated' : ''} —{' '}
      {value.sources.map((s, i) => (
        <>
          {i > 0 && '; '}
          <Source source={s} />
        </>
      ))}
    </span>
  );
}

function RatedBefore({ rated }: { rated: RatedClaim }) {
  return (
    <p class="rated-before" data-rated-annotation={rated.annotationId}>
      <a href={rated.url} target="_blank" rel="noopener noreferrer">
        {t('panelRatedBefore', rated.verdict, rated.title || rated.url, formatTime(rated.date))}
      </a>
    </p>
  );
}

function ClaimItem({ claim, api, rated }: { claim: PageClaim; api: CheckPageApi; rated: RatedClaim | undefined }) {
  const [copied, setCopied] = useState('');
  const annotate = async () => {
    if (!api.annotate) return;
    const opened = await api.annotate(claim).catch(() => false);
    if (!opened) setCopied(t('panelClaimGone'));
  };
  const copy = async (format: 'text' | 'markdown') => {
    await api.copy(citeClaim(claim, format, undefined));
    setCopied(format === 'text' ? t('panelCitationCopied') : t('panelMarkdownCopied'));
  };
  return (
    <li class={`claim verdict-${claim.verdict}`} data-claim-verdict={claim.verdict} data-entity-id={claim.entity} data-claim-text={claim.sentence} data-claim-index={claim.index}>
      <button type="button" class="sentence" onClick={() => void api.scrollToClaim(claim.index)} title={t('panelShowOnPage')}>
        “{claim.sentence}”
      </button>
      <p class="what">
        {claim.entityName} · {claim.propertyLabel}
        {claim.direction ? ` · ${OUTDATED_DIRECTION[claim.direction]}` : ''}
      </p>
      {rated && <RatedBefore rated={rated} />}
      {claim.recorded && (
        <p class="db">
          {t('panelDatabase')} <Recorded value={claim.recorded} />
        </p>
      )}
      {claim.disagreement && (
        <div class="disagreement" role="note" aria-label={t('cardDisagreements')}>
          <p>
            <strong>{t('cardDisagreements')}</strong>
          </p>
          <ul>
            {claim.disagreement.map((side) => (
              <li data-side={side.value}>
                <Recorded value={side} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>{t('panelReasoning')}</summary>
        <ol class="reasoning">
          {claim.reasoning.map((step) => (
            <li>{step}</li>
          ))}
        </ol>
      </details>
      <p class="actions">
        <button type="button" onClick={() => void copy('text')}>
          {t('panelCopyCitation')}
        </button>{' '}
        <button type="button" onClick={() => void copy('markdown')}>
          {t('panelCopyMarkdown')}
        </button>{' '}
        {api.annotate && (
          <>
            <button type="button" onClick={() => void annotate()}>
              {t('panelAnnotateClaim')}
            </button>{' '}
          </>
        )}
        <span class="status" role="status">
          {copied}
        </span>
      </p>
    </li>
  );
}

export function CheckPage({ api }: { api: CheckPageApi }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [rated, setRated] = useState<Map<string, RatedClaim>>(new Map());
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen: number | undefined;
    // The page checks its claims after its first scan: ask again until it has, then keep following its changes.
    const ask = (tries: number): void => {
      api.listClaims().then(
        (page) => {
          if (stop) return;
          if (!page.checked || page.revision === undefined || page.revision !== seen) setState({ status: 'ready', ...page });
          seen = page.revision;
          if (!page.checked && tries > 0) timer = setTimeout(() => ask(tries - 1), 300);
          else if (page.checked) timer = setTimeout(() => ask(0), FOLLOW_MS);
        },
        () => !stop && setState({ status: 'unavailable' }),
      );
    };
    ask(40);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);
  // The claims the user rated before, on this page or any other, by their (entity, property, value).
  const claimKeys = state.status === 'ready' ? state.claims.map((c) => claimRefKey(claimRefOf(c))) : [];
  useEffect(() => {
    if (state.status !== 'ready' || !api.findRated || state.claims.length === 0) return;
    let stop = false;
    const refs = [...new Map(state.claims.map((c) => [claimRefKey(claimRefOf(c)), claimRefOf(c)])).values()];
    api.findRated(refs).then(
      (found) => !stop && setRated(new Map(found.map((r) => [claimRefKey(r.claim), r]))),
      () => {},
    );
    return () => {
      stop = true;
    };
  }, [claimKeys.join('\n')]);

  if (state.status === 'loading') return <p class="muted">{t('panelLoading')}</p>;
  if (state.status === 'unavailable') return <p class="muted">{t('panelUnavailable')}</p>;
  if (!state.checked) return <p class="muted">{t('panelStillReading')}</p>;
  if (state.claims.length === 0) return <p class="muted">{t('panelNoClaims')}</p>;
  return (
    <div class="check-page">
      <p class="muted">
        {t('panelSummary', state.claims.length, state.title, state.claims[0]?.referenceDate ?? '')}
        {state.claims[0]?.referenceDateSource === 'today' ? t('panelNoDate') : ''}
      </p>
      {ORDER.map((verdict) => {
        const claims = state.claims.filter((c) => c.verdict === verdict);
        if (claims.length === 0) return null;
        return (
          <section aria-label={verdictLabel(verdict)} class={`group verdict-${verdict}`} data-verdict-group={verdict}>
            <h2>
              {verdictLabel(verdict)} <span class="count">{claims.length}</span>
            </h2>
            <ul>
              {claims.map((claim) => (
                <ClaimItem claim={claim} api={api} rated={rated.get(claimRefKey(claimRefOf(claim)))} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
