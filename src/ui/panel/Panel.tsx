// The side panel (Chromium side_panel, Firefox sidebar_action): a shell with one view per task. "Annotate" is the
// fact-checkers' view; issue 10's "Check this page" joins it as a second entry in VIEWS.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../i18n.js';

export interface PanelView {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

/** `show` switches to a view from outside (a claim's "Annotate" opens the Annotate view); `at` makes each request new. */
export function Panel({ views, show }: { views: PanelView[]; show?: { id: string; at: number } | null }) {
  const [current, setCurrent] = useState(views[0]?.id ?? '');
  useEffect(() => {
    if (show) setCurrent(show.id);
  }, [show?.at]);
  const view = views.find((v) => v.id === current) ?? views[0];
  return (
    <>
      <header class="panel-header">
        <h1>{t('extName')}</h1>
        {views.length > 1 && (
          <nav role="tablist" aria-label={t('panelViewsLabel')}>
            {views.map((v) => (
              <button type="button" role="tab" aria-selected={v.id === view?.id} onClick={() => setCurrent(v.id)}>
                {v.label}
              </button>
            ))}
          </nav>
        )}
      </header>
      <main role="tabpanel" aria-label={view?.label}>
        {view?.render()}
      </main>
    </>
  );
}
