// The toolbar popup: the entities found on the current tab, grouped by type, and the on/off switch for its site.
import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../../core/types.js';
import type { PageEntity } from '../../messages.js';
import { type MessageKey, t } from '../i18n.js';

export interface PopupApi {
  listPageEntities: () => Promise<{ host: string; enabled: boolean; entities: PageEntity[] }>;
  scrollToEntity: (id: string) => Promise<boolean>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<void>;
  /** Opens the "Check this page" panel for the tab (issue 10). */
  openClaims?: () => void;
  /** Whether only listed sites are on (the "off" message then says how to add this one). */
  onlyListedSites: () => Promise<boolean>;
  openOptions: () => Promise<void>;
}

const GROUPS: { type: EntityType; label: MessageKey }[] = [
  { type: 'official', label: 'groupOfficial' },
  { type: 'agency', label: 'groupAgency' },
  { type: 'regulation', label: 'groupRegulation' },
];

type State =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; host: string; enabled: boolean; entities: PageEntity[]; onlyListed: boolean };

function SettingsButton({ api }: { api: PopupApi }) {
  return (
    <button type="button" class="settings" onClick={() => void api.openOptions()}>
      {t('popupSettings')}
    </button>
  );
}

export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const refresh = () =>
    Promise.all([api.listPageEntities(), api.onlyListedSites().catch(() => false)]).then(
      ([page, onlyListed]) => setState({ status: 'ready', ...page, onlyListed }),
      () => setState({ status: 'unavailable' }),
    );
  useEffect(() => void refresh(), []);

  if (state.status === 'loading') return <p class="muted">{t('popupLooking')}</p>;
  if (state.status === 'unavailable') {
    return (
      <>
        <p class="notice">{t('popupUnavailable')}</p>
        <SettingsButton api={api} />
      </>
    );
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
        <span class="track" aria-hidden="true" />
        <span class="label">{t('popupSwitch', state.host)}</span>
      </label>
      {!state.enabled ? (
        <p class="notice">{state.onlyListed ? t('popupOffNotListed') : t('popupOff')}</p>
      ) : state.entities.length === 0 ? (
        <p class="notice">{t('popupNone')}</p>
      ) : (
        <>
          <p class="muted summary">{t('popupSummary', state.entities.length, total)}</p>
          {GROUPS.map(({ type, label }) => {
            const members = state.entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
            if (members.length === 0) return null;
            return (
              <section class={`group type-${type}`} aria-label={t(label)}>
                <h2>
                  {t(label)} <span class="count">{members.length}</span>
                </h2>
                <ul>
                  {members.map((entity) => (
                    <li>
                      <button type="button" data-entity-id={entity.id} onClick={() => void api.scrollToEntity(entity.id).then(() => window.close())}>
                        <span class="dot" aria-hidden="true" />
                        <span class="name">{entity.name}</span> <span class="count">{t('popupCount', entity.count)}</span>
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
                {t('popupCheckClaims')}
              </button>
            </p>
          )}
        </>
      )}
      <SettingsButton api={api} />
    </>
  );
}
