// Wires the side panel to the browser. The tab it works on is the one named by ?tab= (tests, or the panel opened as a
// page), else the active tab of its window, followed as the user switches tabs or navigates.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, invokeTab, invokeTabAnnotations, invokeUserData } from '../../browser.js';
import { t } from '../i18n.js';
import { startPage } from '../page.js';
import { CheckPage, type CheckPageApi } from './CheckPage.js';
import { type Handlers, type PanelApi, dispatch } from '../../messages.js';
import { messageStore } from '../annotations/api.js';
import { AnnotateView, type TabConnection } from './AnnotateView.js';
import type { EditorSubject } from '../annotations/AnnotationEditor.js';
import { claimAnnotationPreset } from '../../core/claims/rated.js';
import { Panel } from './Panel.js';

const query = new URLSearchParams(location.search);
const fixedTab = Number(query.get('tab'));
// ?view=check opens "Check this page" (the popup's link does); the side panel starts on "Annotate".
const firstView = query.get('view') === 'check' ? 'check' : 'annotate';
const draftListeners = new Set<(tabId: number) => void>();

// The panel answers only its own messages and stays silent on the rest, so it never races the background's reply.
const panelHandlers: Handlers<PanelApi> = {
  draftReady: ({ tabId }) => {
    for (const listener of draftListeners) listener(tabId);
    return true;
  },
};
browser.runtime.onMessage.addListener((message: unknown) => {
  const name = (message as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(panelHandlers, name)) return undefined;
  return dispatch(panelHandlers, message);
});

async function activeTabId(): Promise<number | null> {
  if (Number.isInteger(fixedTab) && fixedTab > 0) return fixedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function connection(tabId: number): TabConnection {
  return {
    captureSelection: () => invokeTabAnnotations(tabId, 'captureSelection', {}),
    placement: () => invokeTabAnnotations(tabId, 'getAnnotationPlacement', {}),
    refresh: () => invokeTabAnnotations(tabId, 'refreshAnnotations', {}),
    scrollTo: (id) => invokeTabAnnotations(tabId, 'scrollToAnnotation', { id }),
    listForUrl: (url) => invokeUserData('listAnnotations', { url }),
    takeDraft: () => invokeUserData('takeDraft', { tabId }),
    onDraftReady: (callback) => {
      const listener = (id: number) => id === tabId && callback();
      draftListeners.add(listener);
      return () => draftListeners.delete(listener);
    },
  };
}

function App() {
  const [tab, setTab] = useState<{ id: number; key: string } | null>(null);
  // A checked claim sent to the Annotate view's editor (issue 10), and the request to show that view.
  const [incoming, setIncoming] = useState<EditorSubject | null>(null);
  const [show, setShow] = useState<{ id: string; at: number } | null>(null);
  useEffect(() => {
    let generation = 0;
    const follow = () => void activeTabId().then((id) => id !== null && setTab({ id, key: `${id}:${++generation}` }));
    follow();
    if (Number.isInteger(fixedTab) && fixedTab > 0) return undefined;
    const onActivated = () => follow();
    const onUpdated = (_id: number, change: { status?: string }, info: { active?: boolean }) => change.status === 'complete' && info.active && follow();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  // Asked once the panel is open: annotations are to be kept forever, not evicted under storage pressure.
  useEffect(() => void navigator.storage?.persist?.().catch(() => false), []);
  if (!tab) return <p class="muted">{t('panelNoTab')}</p>;
  const checkApi: CheckPageApi = {
    listClaims: () => invokeTab(tab.id, 'listClaims', {}),
    scrollToClaim: (index) => invokeTab(tab.id, 'scrollToClaim', { index }),
    copy: (text) => navigator.clipboard.writeText(text),
    // The claim's sentence becomes a draft on the page (its selectors from where it is marked), then the one editor
    // of the Annotate view opens it with the verdict, reasoning and evidence filled in, for the user to confirm.
    annotate: async (claim) => {
      const [draft, settings] = await Promise.all([invokeTab(tab.id, 'claimDraft', { index: claim.index }), messageStore.settings()]);
      if (!draft) return false;
      setIncoming({ kind: 'draft', draft, preset: claimAnnotationPreset(claim, settings.scale) });
      setShow({ id: 'annotate', at: Date.now() });
      return true;
    },
    findRated: (claims) => invokeUserData('findRatedClaims', { claims }),
  };
  const views = [
    { id: 'annotate', label: t('panelViewAnnotate'), render: () => <AnnotateView tab={connection(tab.id)} store={messageStore} tabKey={tab.key} incoming={incoming} onTaken={() => setIncoming(null)} /> },
    { id: 'check', label: t('panelViewCheck'), render: () => <CheckPage key={tab.key} api={checkApi} /> },
  ];
  return <Panel views={firstView === 'check' ? [...views].reverse() : views} show={show} />;
}

// The chosen interface language is loaded before the first render, as on every extension page.
void startPage('extName').then(() => {
  const mount = document.getElementById('app');
  if (mount) render(<App />, mount);
});
