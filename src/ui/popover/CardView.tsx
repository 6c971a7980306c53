// The card: who or what an entity is on the story's date, read in a second. Name, native name, type and
// jurisdiction; the role held that day in words; two lines of summary; the three facts that matter most, each with
// one compact source; what happened after the story set apart; coverage collapsed to a count; "More" for the rest.
import type { JSX } from 'preact';
import { formatIsoDate } from '../../core/dates.js';
import type { Card, CardFact, CardRole } from '../../core/types.js';
import { type MessageKey, t, uiLocale } from '../i18n.js';
import { openEntityPage } from './actions.js';

export const TYPE_KEY: Record<Card['type'], MessageKey> = { official: 'typeOfficial', agency: 'typeAgency', regulation: 'typeRegulation' };

export function roleLine(role: CardRole, locale: string): string {
  const when = (iso: string) => formatIsoDate(iso, locale, 'month');
  if (role.former) return role.start && role.end ? t('cardRoleFormer', role.post, when(role.start), when(role.end)) : t('cardRoleFormerUntil', role.post, role.end ? when(role.end) : '?');
  const line = role.start ? t('cardRoleSince', role.post, when(role.start)) : t('cardRole', role.post);
  // Known held only as of a date (a dataset snapshot, or sources over a year old): never shown as surely current.
  if (role.asOf) return t('cardRoleAsOf', line, formatIsoDate(role.asOf, locale, 'day'));
  return role.undated ? t('cardRoleUndated', line) : line;
}

function FactItem({ fact, locale }: { fact: CardFact; locale: string }) {
  const date = formatIsoDate(fact.date, locale, 'month', true);
  const { source } = fact;
  // Two columns: when and from whom on the left, what on the right (two lines at most).
  return (
    <li>
      <span class="when">
        <span class="date">{fact.dateKind === 'asOf' ? t('cardAsOf', date) : date}</span>
        <span class="source">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer" title={t('cardSourceTitle', source.title)}>
              {source.publisher}
            </a>
          ) : (
            <span title={t('cardSourceTitle', source.title)}>{source.publisher}</span>
          )}
          {fact.sourceCount > 1 && <span class="extra-sources">{t('cardMoreSources', fact.sourceCount - 1)}</span>}
        </span>
      </span>
      <span class="statement">{fact.statement}</span>
    </li>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the open card: past the last control it comes back to the first, and the other way round. */
function trapFocus(event: JSX.TargetedKeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'Tab') return;
  const root = event.currentTarget;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

export interface CardViewProps {
  card: Card;
  onClose: () => void;
  /** Opens the annotation editor for the selection or this entity (issue 9); no button when absent. */
  onAnnotate?: () => void;
}

export function CardView({ card, onClose, onAnnotate }: CardViewProps) {
  const locale = uiLocale();
  const idBase = `policy-lens-${card.id}`;
  const typeLabel = t(TYPE_KEY[card.type]);
  return (
    <div class={`card type-${card.type}`} role="dialog" aria-label={card.name} aria-describedby={`${idBase}-summary`} tabIndex={-1} onKeyDown={trapFocus}>
      <div class="head">
        <div class="titles">
          <h2 class="name">{card.name}</h2>
          <p class="meta">
            {card.nativeName && (
              <>
                <span class="native" lang={card.nativeLang}>
                  {card.nativeName}
                </span>
                <span aria-hidden="true"> · </span>
              </>
            )}
            <span class="type">{typeLabel}</span>
            <span aria-hidden="true"> · </span>
            <span class="jurisdiction">{card.jurisdiction.name}</span>
            {/* In the meta line, not the footer: the footer's one row holds coverage, the date and "More". */}
            {card.wikidataUrl && (
              <>
                <span aria-hidden="true"> · </span>
                <a class="wikidata" href={card.wikidataUrl} target="_blank" rel="noopener noreferrer">
                  {t('entityWikidata')}
                </a>
              </>
            )}
          </p>
        </div>
        {/* An icon beside the close button: a worded button, here or in the footer, made the card taller than 360 px. */}
        {onAnnotate && (
          <button type="button" class="annotate" aria-label={t('cardAnnotate')} title={t('cardAnnotate')} onClick={onAnnotate}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M3 13l1-3.5L10.5 3 13 5.5 6.5 12z M9.5 4l2.5 2.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
            </svg>
          </button>
        )}
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {card.role && <p class={`role${card.role.former ? ' former' : ''}`}>{roleLine(card.role, locale)}</p>}
      <p class="summary" id={`${idBase}-summary`}>
        {card.summary}
      </p>
      {card.facts.length > 0 ? (
        <section class="facts" aria-labelledby={`${idBase}-facts`}>
          <h3 id={`${idBase}-facts`}>{t('cardKeyFacts')}</h3>
          <ul>
            {card.facts.map((fact) => (
              <FactItem fact={fact} locale={locale} />
            ))}
          </ul>
        </section>
      ) : (
        <p class="empty">{t('cardNoFacts')}</p>
      )}
      {card.since.length > 0 && (
        <section class="since" aria-labelledby={`${idBase}-since`}>
          <h3 id={`${idBase}-since`}>{t('cardSinceStory')}</h3>
          <ul>
            {card.since.map((fact) => (
              <FactItem fact={fact} locale={locale} />
            ))}
          </ul>
        </section>
      )}
      {card.disagreements && card.disagreements.length > 0 && (
        <section aria-label={t('cardDisagreements')} class="disagreements">
          <h3>{t('cardDisagreements')}</h3>
          <ul>
            {card.disagreements.map((d) => (
              <li>
                {d.property}
                {d.part ? ` (${d.part})` : ''}:{' '}
                {d.sides.map((side, i) => (
                  <>
                    {i > 0 && ' · '}
                    <span class={`side rank-${side.rank}`} data-side={side.value}>
                      {side.value} ({side.sources.map((s) => `${s.publisher}${s.date ? ` ${formatIsoDate(s.date, locale, 'day')}` : ''}`).join('; ')})
                    </span>
                  </>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="foot">
        {card.coverage.length > 0 && (
          <details class="coverage">
            <summary>{t('cardCoverage', card.coverage.length)}</summary>
            <ul>
              {card.coverage.map((item) => (
                <li>
                  {item.url ? (
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      {item.title}
                    </a>
                  ) : (
                    <span class="title">{item.title}</span>
                  )}
                  <span class="outlet">
                    {' '}
                    {item.outlet}
                    {item.date ? `, ${formatIsoDate(item.date, locale, 'day', true)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
        {card.type !== 'regulation' && (
          <span class="as-of">{card.storyDated ? t('cardStoryDate', formatIsoDate(card.referenceDate, locale)) : t('cardToday')}</span>
        )}
        <span class="spacer" />
        <button type="button" class="more" title={t('cardMoreLabel', card.name)} onClick={() => void openEntityPage(card.id)}>
          {t('cardMore')}
        </button>
      </div>
    </div>
  );
}
