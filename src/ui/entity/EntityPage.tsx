// The entity page (the card's "More"): every fact with every source, every role, every relation and every
// coverage record the database holds on one entity.
import { useEffect, useState } from 'preact/hooks';
import { formatIsoDate } from '../../core/dates.js';
import type { EntityPage as Model, EntityPageRelation } from '../../core/entity-page.js';
import type { CardSource } from '../../core/types.js';
import { type MessageKey, t, uiLocale } from '../i18n.js';
import { TYPE_KEY, roleLine } from '../popover/CardView.js';

const RELATION_KEY: Record<EntityPageRelation['type'], [MessageKey, MessageKey]> = {
  heads: ['relationHeadsOut', 'relationHeadsIn'],
  memberOf: ['relationMemberOfOut', 'relationMemberOfIn'],
  partOf: ['relationPartOfOut', 'relationPartOfIn'],
  enactedBy: ['relationEnactedByOut', 'relationEnactedByIn'],
  regulates: ['relationRegulatesOut', 'relationRegulatesIn'],
  administers: ['relationAdministersOut', 'relationAdministersIn'],
};

function Sources({ sources }: { sources: CardSource[] }) {
  const locale = uiLocale();
  return (
    <ul class="sources" aria-label={t('entitySources')}>
      {sources.map((source) => (
        <li>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <span>{source.title}</span>
          )}
          <span class="muted">
            {' '}
            {source.publisher}
            {source.date ? `, ${formatIsoDate(source.date, locale)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Empty() {
  return <p class="muted">{t('entityNone')}</p>;
}

export function EntityView({ page, onOpen }: { page: Model; onOpen: (id: string) => void }) {
  const locale = uiLocale();
  return (
    <article class={`entity type-${page.type}`} data-entity-id={page.id}>
      <header class="entity-head">
        <h1>{page.name}</h1>
        <p class="meta">
          {page.nativeName && (
            <>
              <span lang={page.nativeLang}>{page.nativeName}</span>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <span class="type">{t(TYPE_KEY[page.type])}</span>
          <span aria-hidden="true"> · </span>
          <span>{page.jurisdiction.name}</span>
          {page.wikidataUrl && (
            <>
              <span aria-hidden="true"> · </span>
              <a href={page.wikidataUrl} target="_blank" rel="noopener noreferrer">
                {t('entityWikidata')}
              </a>
            </>
          )}
        </p>
        <p class="summary">{page.summary}</p>
      </header>
      {page.type !== 'regulation' && (
        <section aria-labelledby="h-roles" class="roles">
          <h2 id="h-roles">{t('entityRoles')}</h2>
          {page.roles.length === 0 ? (
            <Empty />
          ) : (
            <ul>
              {page.roles.map((role) => (
                <li>
                  <p class="line">
                    {roleLine(role, locale)}
                    {!role.former && <span class="badge">{t('entityCurrent')}</span>}
                  </p>
                  <Sources sources={role.sources} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="h-facts" class="facts">
        <h2 id="h-facts">{t('entityFacts')}</h2>
        {page.facts.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {page.facts.map((fact) => (
              <li>
                <p class="line">
                  <span class="date">{fact.dateKind === 'asOf' ? t('cardAsOf', formatIsoDate(fact.date, locale)) : formatIsoDate(fact.date, locale)}</span> {fact.statement}
                </p>
                <Sources sources={fact.sources} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-relations" class="relations">
        <h2 id="h-relations">{t('entityRelations')}</h2>
        {page.relations.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {page.relations.map((relation) => (
              <li>
                <span class="muted">{t(RELATION_KEY[relation.type][relation.direction === 'out' ? 0 : 1])}</span>{' '}
                {relation.name ? (
                  <a href={`entity.html?id=${encodeURIComponent(relation.target)}`} onClick={(e) => (e.preventDefault(), onOpen(relation.target))}>
                    {relation.name}
                  </a>
                ) : (
                  <span>{relation.target}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-coverage" class="coverage">
        <h2 id="h-coverage">{t('entityCoverage')}</h2>
        {page.coverage.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {page.coverage.map((item) => (
              <li data-coverage-id={item.id}>
                <p class="line">
                  {item.url ? (
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      {item.title}
                    </a>
                  ) : (
                    <span>{item.title}</span>
                  )}
                  <span class="muted">
                    {' '}
                    {item.outlet}
                    {item.date ? `, ${formatIsoDate(item.date, locale)}` : ''}
                  </span>
                </p>
                <p class="muted">{item.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

type State = { status: 'loading' } | { status: 'missing' } | { status: 'failed'; message: string } | { status: 'ready'; page: Model };

export function EntityPageApp({ load, initialId }: { load: (id: string) => Promise<Model | null>; initialId: string }) {
  const [id, setId] = useState(initialId);
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    load(id).then(
      (page) => {
        setState(page ? { status: 'ready', page } : { status: 'missing' });
        if (page) document.title = t('entityTitle', page.name);
      },
      (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [id]);
  const open = (next: string) => {
    history.pushState(null, '', `?id=${encodeURIComponent(next)}`);
    setId(next);
    window.scrollTo(0, 0);
  };
  if (state.status === 'loading') return null;
  if (state.status === 'missing') return <p class="notice" role="alert">{t('entityNotFound')}</p>;
  if (state.status === 'failed') return <p class="notice" role="alert">{t('entityLoadFailed', state.message)}</p>;
  return <EntityView page={state.page} onOpen={open} />;
}
