// Opening the side panel (Chromium `side_panel`) or the sidebar (Firefox `sidebar_action`), where annotations are
// written. Both browsers open it only in response to a user gesture, so the call must be made while the gesture
// still counts: from the context-menu or command listener in the background, or from a click handler in an extension
// page (the card's "Annotate"), before any await. One module for every caller, so they open it the same way.
import { browser } from './browser.js';

interface ChromeSidePanel {
  open(options: { tabId: number } | { windowId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/** The tab (or at least the window) the panel opens for. Firefox's sidebar belongs to the window and needs neither. */
export interface PanelTarget {
  id?: number | undefined;
  windowId?: number | undefined;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** Whether this context can open the panel at all (extension pages and the background can; content scripts cannot). */
export function canOpenPanel(): boolean {
  return chromeSidePanel() !== undefined || firefoxSidebar() !== undefined;
}

/** Opens the panel; call it before any await, or the browser no longer counts the user's gesture. */
export function openPanel(target: PanelTarget | undefined): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    if (target?.id !== undefined) return sidePanel.open({ tabId: target.id });
    if (target?.windowId !== undefined) return sidePanel.open({ windowId: target.windowId });
    return Promise.reject(new Error('no tab to open the side panel for'));
  }
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
