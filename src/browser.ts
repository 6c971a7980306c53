// The only module that imports webextension-polyfill: Chromium now ships `browser.*` itself, so the polyfill can be
// dropped here alone once measured. Also the typed `invoke` helpers for the protocol in messages.ts.
import browser from 'webextension-polyfill';
import type { BackgroundApi, ContentApi, Params, Reply, Result } from './messages.js';

export { browser };

function unwrap<R>(reply: Reply<R> | undefined, name: string): R {
  if (reply === undefined) throw new Error(`no answer to ${name}`);
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error}`);
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
