// The toolbar popup: the entities found on the current tab, grouped by type, and the on/off switch for its site.
import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../../core/types.js';
import type { PageEntity } from '../../messages.js';

export interface PopupApi {
  listPageEntities: () => Promise<{ host: string; enabled: boolean; entities: PageEntity[] }>;
  scrollToEntity: (id: string) => Promise<boolean>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<void>;
  /** Opens the "Check this page" panel for the tab (issue 10). */
  openClaims?: () => void;
}

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'official', label: 'Officials' },
  { type: 'agency', label: 'Agencies' },
  { type: 'regulation', label: 'Regulations' },
];

type State = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; host: string; enabled: boolean; entities: PageEntity[] };

export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const refresh = () =>
    api.listPageEntities().then(
      (page) => setState({ status: 'ready', ...page }),
      () => setState({ status: 'unavailable' }),
    );
  useEffect(() => void refresh(), []);

  if (state.status === 'loading') return <p class="muted">Looking at this page…</p>;
  if (state.status === 'unavailable') {
    return <p class="muted">Policy Lens does not run on this page (browser pages and the extension gallery are closed to extensions).</p>;
  }

  const toggle = async () => {
    await api.setSiteEnabled(state.host, !state.enabled);
    await refresh();
  };
  const total = state.entities.reduce((sum, e) => sum + e.count, 0);

  return (
    <>
      <label class="switch">
        <input type="checkbox" role="switch" checked={state.enabled} onChange={() => void toggle()} />
        <span>
          Highlight on <strong>{state.host}</strong>
        </span>
      </label>
      {!state.enabled ? (
        <p class="muted">Off for this site. Nothing is highlighted here.</p>
      ) : state.entities.length === 0 ? (
        <p class="muted">No officials, agencies or regulations from the database on this page.</p>
      ) : (
        <>
          <p class="muted summary">
            {state.entities.length} {state.entities.length === 1 ? 'entity' : 'entities'}, {total} {total === 1 ? 'highlight' : 'highlights'}
          </p>
          {GROUPS.map(({ type, label }) => {
            const members = state.entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
            if (members.length === 0) return null;
            return (
              <section class={`group type-${type}`} aria-label={label}>
                <h2>
                  {label} <span class="count">{members.length}</span>
                </h2>
                <ul>
                  {members.map((entity) => (
                    <li>
                      <button type="button" data-entity-id={entity.id} onClick={() => void api.scrollToEntity(entity.id).then(() => window.close())}>
                        <span class="name">{entity.name}</span> <span class="count">×{entity.count}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {api.openClaims && (
            <p class="check-page">
              <button type="button" class="link" onClick={() => api.openClaims?.()}>
                Check this page's claims
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
