// What assistive technology and the settings need on each highlight, set after the marks are wrapped (wrap.ts only
// wraps): the first piece of each mention is a button described by its type and "card available" (the article's
// words stay its name; no aria-label replaces them), pieces after the first of a split name are plain text so the
// name is announced once, later mentions of an entity carry data-policy-lens-repeat (styled off when only first
// mentions are shown), and one highlight holds the page's single tab stop (roving tabindex, see highlight-focus.ts).
import { browser } from '../browser.js';
import type { EntityType } from '../core/types.js';
import { t } from '../ui/i18n.js';
import type { PageSettings } from '../core/settings/settings.js';
import { MARK_TAG } from './wrap.js';

const REPEAT = 'data-policy-lens-repeat';
const DESCRIPTIONS_TAG = 'policy-lens-descriptions';
const descriptionId = (type: EntityType) => `policy-lens-desc-${type}`;

/** Whether a mark is a piece after the first of a name split across tags. */
const isContinuation = (mark: Element) => mark.hasAttribute('data-continued');

export class HighlightSemantics {
  private readonly firstByEntity = new Map<string, HTMLElement>();
  private readonly observer: MutationObserver;
  private settings: PageSettings | null = null;
  private descriptions: HTMLElement | null = null;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedCount = -1;
  private tabStop: HTMLElement | null = null;

  constructor(
    private readonly root: Element,
    /** How many entities the page names: on a long page many are not wrapped yet (near-screen.ts), so not the marks'. */
    private readonly entityCount: () => number,
  ) {
    // Our marks arrive in batches as the scanner wraps; their attributes are set by then (records come after).
    this.observer = new MutationObserver((records) => {
      const added: HTMLElement[] = [];
      for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'POLICY-LENS-MARK') added.push(node as HTMLElement);
      if (added.length > 0) this.adopt(added);
    });
    this.observer.observe(root, { childList: true, subtree: true });
    const existing = [...root.querySelectorAll<HTMLElement>(MARK_TAG)];
    if (existing.length > 0) this.adopt(existing);
  }

  /** Follows new settings: which marks are active decides who is described and who may hold the tab stop. */
  apply(settings: PageSettings): void {
    this.settings = settings;
    for (const mark of this.root.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity-id]`)) this.describe(mark);
    this.ensureTabStop();
  }

  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.countTimer);
    this.descriptions?.remove();
    this.firstByEntity.clear();
    void reportCount(0);
  }

  /** A mark the reader can act on: its type is shown, and it is a first mention or every mention is shown. */
  isActive(mark: Element): boolean {
    const settings = this.settings;
    if (!settings || isContinuation(mark)) return false;
    const type = mark.getAttribute('data-entity-type') as EntityType | null;
    if (!type || !settings.types[type]?.enabled) return false;
    return settings.mentions === 'all' || !mark.hasAttribute(REPEAT);
  }

  /** Whether hovering or clicking a mark opens its card: any piece of a mention the reader can act on. */
  opensCard(mark: Element): boolean {
    const settings = this.settings;
    const type = mark.getAttribute('data-entity-type') as EntityType | null;
    if (!settings || !type || !settings.types[type]?.enabled) return false;
    return settings.mentions === 'all' || !mark.hasAttribute(REPEAT);
  }

  /** The active marks in document order. */
  activeMarks(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity-id]`)].filter((mark) => this.isActive(mark));
  }

  private adopt(marks: HTMLElement[]): void {
    marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const headOf = new Map<string, HTMLElement>(); // the first piece of the mention being walked, per entity
    for (const mark of marks) {
      const id = mark.getAttribute('data-entity-id');
      if (!id) continue;
      if (isContinuation(mark)) {
        // The later pieces of a split name follow their first piece: a repeat's pieces are all repeats.
        if (headOf.get(id)?.hasAttribute(REPEAT)) mark.setAttribute(REPEAT, '');
        continue;
      }
      headOf.set(id, mark);
      const first = this.firstByEntity.get(id);
      // A mark seen again (the page, or the claim marker, moved it) keeps what it was.
      if (first === mark) continue;
      if (!first || !first.isConnected) this.firstByEntity.set(id, mark);
      else if (mark.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) {
        // Content added above the first mention (a feed that prepends): the new one is now the first.
        first.setAttribute(REPEAT, '');
        this.describe(first);
        this.firstByEntity.set(id, mark);
      } else mark.setAttribute(REPEAT, '');
    }
    if (this.settings) {
      for (const mark of marks) this.describe(mark);
      this.ensureTabStop();
    }
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.reportEntities(), 200);
  }

  private describe(mark: HTMLElement): void {
    const type = mark.getAttribute('data-entity-type') as EntityType | null;
    if (!type) return;
    if (!this.isActive(mark)) {
      mark.removeAttribute('role');
      mark.removeAttribute('aria-haspopup');
      mark.removeAttribute('aria-describedby');
      mark.removeAttribute('tabindex');
      return;
    }
    // Made on the first active mark, not at load: reading the messages costs the page time, and most pages name nobody.
    this.ensureDescriptions();
    // A button inside a link would nest one control in another: there the link stays the control and the
    // highlight is only described.
    if (!mark.closest('a[href]')) {
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
    }
    mark.setAttribute('aria-describedby', descriptionId(type));
    if (mark.getAttribute('tabindex') !== '0') mark.setAttribute('tabindex', '-1');
  }

  /** Exactly one active mark is in the tab order: the first, unless focus already moved the stop elsewhere. */
  private ensureTabStop(): void {
    // Marks arrive in many batches on a long page: the stop found last time answers without querying the page again,
    // unless focus has moved the stop since or the page removed it.
    const known = this.tabStop;
    if (known?.isConnected && known.getAttribute('tabindex') === '0' && this.isActive(known)) return;
    const stops = [...this.root.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex="0"]`)].filter((mark) => this.isActive(mark));
    for (const extra of stops.slice(1)) extra.setAttribute('tabindex', '-1');
    this.tabStop = stops[0] ?? this.activeMarks()[0] ?? null;
    this.tabStop?.setAttribute('tabindex', '0');
  }

  /** Hidden text the highlights point at with aria-describedby: their type and that a card is available. */
  private ensureDescriptions(): void {
    if (this.descriptions?.isConnected) return;
    const holder = document.createElement(DESCRIPTIONS_TAG);
    holder.hidden = true;
    const texts: Record<EntityType, string> = { official: t('markDescOfficial'), agency: t('markDescAgency'), regulation: t('markDescRegulation') };
    for (const type of Object.keys(texts) as EntityType[]) {
      const span = document.createElement('span');
      span.id = descriptionId(type);
      span.textContent = `${texts[type]} ${t('markDescNavigation')}`;
      holder.append(span);
    }
    // Beside <body>, not in it: the scanner watches <body> and must not read our own words.
    document.documentElement.append(holder);
    this.descriptions = holder;
  }

  /** Tells the background how many entities the page shows, for the toolbar badge. */
  private reportEntities(): void {
    const count = this.entityCount();
    if (count === this.reportedCount) return;
    this.reportedCount = count;
    void reportCount(count);
  }
}

async function reportCount(count: number): Promise<void> {
  try {
    await browser.runtime.sendMessage({ name: 'reportEntityCount', params: { count } });
  } catch {
    // The badge is a courtesy: an extension being reloaded cannot show it, and nothing else depends on it.
  }
}
