// The only module that uses webextension-polyfill, and the typed `invoke` helpers for the protocol in messages.ts.
// Firefox and current Chromium ship the promise-based `browser.*` namespace themselves; the polyfill is evaluated
// only where it is missing. Measured: evaluating it cost a few milliseconds on every page load (npm run bench).
import type Browser from 'webextension-polyfill';
import type { AnnotationContentApi, BackgroundApi, ContentApi, Params, Reply, Result, UserDataApi } from './messages.js';

const native = (globalThis as { browser?: typeof Browser }).browser;

// A require() inside the expression, not an import: esbuild then evaluates the polyfill only if this branch runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const browser: typeof Browser = native?.runtime?.id ? native : (require('webextension-polyfill') as typeof Browser);

function unwrap<R>(reply: Reply<R> | undefined, name: string): R {
  if (reply === undefined) throw new Error(`no answer to ${name}`);
  // The problem, when the reply has one, stays on the error for the interface to put in the reader's language.
  if (!reply.ok) throw Object.assign(new Error(`${name} failed: ${reply.error}`), reply.problem ? { problem: reply.problem } : {});
  return reply.result;
}

/** Asks the background. */
export async function invokeBackground<K extends keyof BackgroundApi>(name: K, params: Params<BackgroundApi, K>): Promise<Result<BackgroundApi, K>> {
  const reply = (await browser.runtime.sendMessage({ name, params })) as Reply<Result<BackgroundApi, K>> | undefined;
  return unwrap(reply, name);
}

/** Asks the content script of a tab. */
export async function invokeTab<K extends keyof ContentApi>(tabId: number, name: K, params: Params<ContentApi, K>): Promise<Result<ContentApi, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { name, params })) as Reply<Result<ContentApi, K>> | undefined;
  return unwrap(reply, name);
}

/** Asks the background about the user's own data: annotations, their settings, backups (issue 9). */
export async function invokeUserData<K extends keyof UserDataApi>(name: K, params: Params<UserDataApi, K>): Promise<Result<UserDataApi, K>> {
  const reply = (await browser.runtime.sendMessage({ name, params })) as Reply<Result<UserDataApi, K>> | undefined;
  return unwrap(reply, name);
}

/** Asks a tab's content script about its annotations. */
export async function invokeTabAnnotations<K extends keyof AnnotationContentApi>(tabId: number, name: K, params: Params<AnnotationContentApi, K>): Promise<Result<AnnotationContentApi, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { name, params })) as Reply<Result<AnnotationContentApi, K>> | undefined;
  return unwrap(reply, name);
}
