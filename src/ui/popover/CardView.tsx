// The popover card: who or what an entity is, its role as of the story's date, sourced facts, related coverage.
import type { Card, CardRole, CardSource } from '../../core/types.js';

// The card must read in a second: the newest facts, and a count of the rest.
const MAX_FACTS = 5;
const MAX_COVERAGE = 6;

const TYPE_LABEL: Record<Card['type'], string> = { official: 'Official', agency: 'Agency', regulation: 'Regulation' };

function roleLine(role: CardRole): string {
  if (role.former) return `Former ${role.post}${role.start ? ` (${role.start} – ${role.end ?? ''})` : ` (until ${role.end ?? '?'})`}`;
  return `${role.post}${role.start ? `, since ${role.start}` : ''}`;
}

function SourceLink({ source }: { source: CardSource }) {
  const label = `${source.publisher}${source.date ? `, ${source.date}` : ''}`;
  if (!source.url) return <span class="source">{label}</span>;
  return (
    <a class="source" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {label}
    </a>
  );
}

export interface CardViewProps {
  card: Card;
  onClose: () => void;
  /** Opens the annotation editor for the selection or this entity (issue 9); no button when absent. */
  onAnnotate?: () => void;
}

export function CardView({ card, onClose, onAnnotate }: CardViewProps) {
  const headingId = `policy-lens-title-${card.id}`;
  return (
    <div class={`card type-${card.type}`} role="dialog" aria-label={card.name} aria-describedby={`${headingId}-summary`} tabIndex={-1}>
      <header>
        <div class="titles">
          <h2 id={headingId}>{card.name}</h2>
          {card.nativeName && <p class="native">{card.nativeName}</p>}
          <p class="meta">
            <span class="type">{TYPE_LABEL[card.type]}</span> · <span class="jurisdiction">{card.jurisdiction.name}</span>
          </p>
        </div>
        {onAnnotate && (
          <button type="button" class="annotate" onClick={onAnnotate}>
            Annotate
          </button>
        )}
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {card.roles.length > 0 && (
        <ul class="roles" aria-label="Roles">
          {card.roles.slice(0, 3).map((role) => (
            <li class={role.former ? 'former' : 'current'}>{roleLine(role)}</li>
          ))}
        </ul>
      )}
      <p class="summary" id={`${headingId}-summary`}>
        {card.summary}
      </p>
      {card.facts.length > 0 && (
        <section aria-label="Key facts">
          <h3>Key facts</h3>
          <ul class="facts">
            {card.facts.slice(0, MAX_FACTS).map((fact) => (
              <li>
                <span class="date">{fact.dateKind === 'asOf' ? `as of ${fact.date}` : fact.date}</span> {fact.statement}{' '}
                <span class="sources">
                  {fact.sources.map((source, i) => (
                    <>
                      {i > 0 && '; '}
                      <SourceLink source={source} />
                    </>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          {card.facts.length > MAX_FACTS && <p class="more">and {card.facts.length - MAX_FACTS} older facts</p>}
        </section>
      )}
      {card.coverage.length > 0 && (
        <section aria-label="Related coverage">
          <h3>Related coverage</h3>
          <ul class="coverage">
            {card.coverage.slice(0, MAX_COVERAGE).map((item) => (
              <li>
                {item.url ? (
                  <a href={item.url} target="_blank" rel="noopener noreferrer">
                    {item.title}
                  </a>
                ) : (
                  <span class="title">{item.title}</span>
                )}{' '}
                <span class="outlet">
                  — {item.outlet}
                  {item.date ? `, ${item.date}` : ''}
                </span>
              </li>
            ))}
          </ul>
          {card.coverage.length > MAX_COVERAGE && <p class="more">and {card.coverage.length - MAX_COVERAGE} more articles</p>}
        </section>
      )}
      <footer>
        {card.wikidataUrl && (
          <a href={card.wikidataUrl} target="_blank" rel="noopener noreferrer">
            Wikidata
          </a>
        )}
        <span class="as-of">Roles as of {card.referenceDate}</span>
      </footer>
    </div>
  );
}
