// The options page: every setting, saved as soon as it changes, with a live preview of the highlights.
import { type JSX, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isKnownJurisdiction } from '../../core/jurisdictions.js';
import { DEFAULT_SETTINGS, ENTITY_TYPES, STARTER_SITES, type Settings, normaliseSite } from '../../core/settings/settings.js';
import type { SettingsStore } from '../../core/settings/store.js';
import type { EntityType } from '../../core/types.js';
import { type MessageKey, t } from '../i18n.js';
import { TYPE_KEY } from '../popover/CardView.js';

const GROUP_KEY: Record<EntityType, MessageKey> = { official: 'groupOfficial', agency: 'groupAgency', regulation: 'groupRegulation' };
// Names in the preview sentence are the database's, not interface strings: they stay as written in every language.
const PREVIEW_NAMES: [EntityType, string][] = [['official', 'Igor Krasnov'], ['agency', 'FATF'], ['regulation', 'MiCA']];
const LANGUAGES: [Settings['language'], MessageKey][] = [['auto', 'optionsLanguageAuto'], ['en', 'languageEnglish'], ['ru', 'languageRussian'], ['tr', 'languageTurkish'], ['ja', 'languageJapanese']];
const MODIFIERS: [Settings['modifierKey'], MessageKey][] = [['none', 'optionsModifierNone'], ['Alt', 'keyAlt'], ['Shift', 'keyShift'], ['Control', 'keyControl'], ['Meta', 'keyMeta']];

/** Splits lines of site names into valid names and the lines that are not one. */
function parseSites(text: string): { sites: string[]; bad: string[] } {
  const sites: string[] = [];
  const bad: string[] = [];
  for (const line of text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean)) {
    const site = normaliseSite(line);
    if (site) sites.push(site);
    else bad.push(line);
  }
  return { sites: [...new Set(sites)], bad };
}

/** The preview sentence with a highlight for each type, drawn by the same stylesheet as on pages. */
function Preview({ settings }: { settings: Settings }) {
  // Private-use characters stand in for the names, so the translated sentence can be cut where they go.
  const markers = ['\ue001', '\ue002', '\ue003'];
  const sentence = t('optionsPreviewText', ...markers);
  const parts = sentence.split(/([\ue001-\ue003])/);
  const marks = (repeat: boolean) =>
    parts.map((part) => {
      const index = markers.indexOf(part);
      if (index < 0) return part;
      const [type, name] = PREVIEW_NAMES[index] as [EntityType, string];
      // The page's own element name, so the preview is drawn by exactly the rules the page uses.
      return h('policy-lens-mark', { class: 'policy-lens-mark', 'data-entity-type': type, ...(repeat ? { 'data-policy-lens-repeat': '' } : {}) }, name);
    });
  return (
    <figure class="preview" aria-label={t('optionsPreview')} data-style={settings.style}>
      <p>{marks(false)}</p>
      <p>{marks(true)}</p>
    </figure>
  );
}

export function Options({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [siteText, setSiteText] = useState({ only: '', disabled: '' });
  const [jurisdictionText, setJurisdictionText] = useState('');

  const load = async () => {
    let loaded: Settings;
    try {
      loaded = await store.read();
    } catch (e) {
      setError(t('optionsLoadFailed', e instanceof Error ? e.message : String(e)));
      loaded = structuredClone(DEFAULT_SETTINGS);
    }
    setSettings(loaded);
    setSiteText({ only: loaded.onlySites.join('\n'), disabled: loaded.disabledSites.join('\n') });
    setJurisdictionText(loaded.favouredJurisdictions.join(', '));
  };
  useEffect(() => void load(), []);

  // The preview and the page share highlights.css, which reads these attributes on <html>.
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    root.setAttribute('data-policy-lens-style', settings.style);
    root.setAttribute('data-policy-lens-mentions', settings.mentions);
    const hidden = ENTITY_TYPES.filter((type) => !settings.types[type].enabled);
    if (hidden.length) root.setAttribute('data-policy-lens-hide', hidden.join(' '));
    else root.removeAttribute('data-policy-lens-hide');
    for (const type of ENTITY_TYPES) root.style.setProperty(`--policy-lens-${type}`, settings.types[type].colour);
  }, [settings]);

  if (!settings) return null;

  const save = async (changes: Partial<Settings>) => {
    const next = { ...settings, ...changes };
    setSettings(next);
    try {
      await store.write(changes);
      setError('');
      setStatus(t('optionsSaved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    if (changes.language !== undefined) location.reload();
  };

  const saveSites = (which: 'only' | 'disabled', text: string) => {
    const { sites, bad } = parseSites(text);
    if (bad.length > 0) {
      setError(t('optionsBadSite', bad.join(', ')));
      return;
    }
    void save(which === 'only' ? { onlySites: sites } : { disabledSites: sites });
  };

  const saveJurisdictions = (text: string) => {
    const codes = text.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
    const unknown = codes.filter((code) => !isKnownJurisdiction(code));
    if (unknown.length > 0) {
      setError(t('optionsBadJurisdiction', unknown.join(', ')));
      return;
    }
    void save({ favouredJurisdictions: [...new Set(codes)] });
  };

  const setType = (type: EntityType, change: Partial<Settings['types'][EntityType]>) =>
    void save({ types: { ...settings.types, [type]: { ...settings.types[type], ...change } } });

  const radio = <K extends 'style' | 'mentions' | 'siteMode'>(key: K, value: Settings[K], label: MessageKey): JSX.Element => (
    <label class="choice">
      <input type="radio" name={key} value={value} checked={settings[key] === value} onChange={() => void save({ [key]: value } as Partial<Settings>)} />
      {t(label)}
    </label>
  );

  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <section aria-labelledby="h-highlights">
        <h2 id="h-highlights">{t('optionsHighlightsHeading')}</h2>
        <fieldset>
          <legend>{t('optionsTypesLegend')}</legend>
          {ENTITY_TYPES.map((type) => (
            <div class="type-row">
              <label class="choice">
                <input type="checkbox" name={`type-${type}`} checked={settings.types[type].enabled} onChange={(e) => setType(type, { enabled: e.currentTarget.checked })} />
                {t(GROUP_KEY[type])}
              </label>
              <input
                type="color"
                name={`colour-${type}`}
                aria-label={t('optionsColourOf', t(TYPE_KEY[type]))}
                value={settings.types[type].colour}
                onChange={(e) => setType(type, { colour: e.currentTarget.value })}
              />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsStyleLegend')}</legend>
          {radio('style', 'underline', 'optionsStyleUnderline')}
          {radio('style', 'background', 'optionsStyleBackground')}
          {radio('style', 'both', 'optionsStyleBoth')}
        </fieldset>
        <fieldset>
          <legend>{t('optionsMentionsLegend')}</legend>
          {radio('mentions', 'first', 'optionsMentionsFirst')}
          {radio('mentions', 'all', 'optionsMentionsAll')}
        </fieldset>
        <Preview settings={settings} />
      </section>

      <section aria-labelledby="h-card">
        <h2 id="h-card">{t('optionsCardHeading')}</h2>
        <label class="field">
          {t('optionsHoverDelay')}
          <input
            type="number"
            name="hoverDelayMs"
            min={0}
            max={3000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const value = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(value)) void save({ hoverDelayMs: Math.min(3000, Math.max(0, value)) });
            }}
          />
        </label>
        <label class="field">
          {t('optionsModifier')}
          <select name="modifierKey" value={settings.modifierKey} onChange={(e) => void save({ modifierKey: e.currentTarget.value as Settings['modifierKey'] })}>
            {MODIFIERS.map(([value, label]) => (
              <option value={value}>{t(label)}</option>
            ))}
          </select>
        </label>
        <label class="choice">
          <input type="checkbox" name="clickToPin" checked={settings.clickToPin} onChange={(e) => void save({ clickToPin: e.currentTarget.checked })} />
          {t('optionsClickToPin')}
        </label>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{t('optionsSitesHeading')}</h2>
        <fieldset>
          <legend>{t('optionsSiteModeLegend')}</legend>
          {radio('siteMode', 'everywhere', 'optionsSiteModeEverywhere')}
          {radio('siteMode', 'only-listed', 'optionsSiteModeOnly')}
        </fieldset>
        <p class="hint" id="sites-hint">
          {t('optionsSitesHint')}
        </p>
        <label class="field">
          {t('optionsOnlySites')}
          <textarea
            name="onlySites"
            rows={6}
            aria-describedby="sites-hint"
            value={siteText.only}
            onInput={(e) => setSiteText({ ...siteText, only: e.currentTarget.value })}
            onChange={(e) => saveSites('only', e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const merged = [...new Set([...parseSites(siteText.only).sites, ...STARTER_SITES])];
            setSiteText({ ...siteText, only: merged.join('\n') });
            void save({ onlySites: merged });
          }}
        >
          {t('optionsStarterList')}
        </button>
        <label class="field">
          {t('optionsDisabledSites')}
          <textarea
            name="disabledSites"
            rows={4}
            aria-describedby="sites-hint"
            value={siteText.disabled}
            onInput={(e) => setSiteText({ ...siteText, disabled: e.currentTarget.value })}
            onChange={(e) => saveSites('disabled', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t('optionsJurisdictions')}
          <input type="text" name="favouredJurisdictions" value={jurisdictionText} onInput={(e) => setJurisdictionText(e.currentTarget.value)} onChange={(e) => saveJurisdictions(e.currentTarget.value)} />
        </label>
      </section>

      <section aria-labelledby="h-language">
        <h2 id="h-language">{t('optionsLanguage')}</h2>
        <label class="field">
          {t('optionsLanguage')}
          <select name="language" value={settings.language} onChange={(e) => void save({ language: e.currentTarget.value as Settings['language'] })}>
            {LANGUAGES.map(([value, label]) => (
              <option value={value}>{t(label)}</option>
            ))}
          </select>
        </label>
      </section>

      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await store.reset();
            await load();
            setStatus(t('optionsResetDone'));
            if (settings.language !== 'auto') location.reload();
          }}
        >
          {t('optionsReset')}
        </button>
        <p class="status" role="status">
          {status}
        </p>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="hint">{t('optionsSyncNote')}</p>
    </form>
  );
}
