// The content script's part in annotations: places the page's saved annotations once the page has been scanned, and
// answers the side panel (capture the selection, where each annotation is, scroll to one, place again).
import { invokeUserData } from '../../browser.js';
import type { AnnotationContentApi, Handlers } from '../../messages.js';
import { AnnotationPlacer } from './placer.js';
import { captureSelection, pageUrl } from './selection.js';

export interface PageAnnotations {
  handlers: Handlers<AnnotationContentApi>;
}

export function startPageAnnotations(root: HTMLElement = document.documentElement): PageAnnotations {
  const placer = new AnnotationPlacer(root);
  let placing: Promise<void> = Promise.resolve();

  const placeSaved = () =>
    (placing = placing
      .then(async () => {
        const annotations = await invokeUserData('listAnnotations', { url: pageUrl() });
        placer.place(annotations);
      })
      .catch((error: unknown) => console.error('Policy Lens could not place annotations', error)));

  // Placed once the first scan is done (wrapping splits text nodes, which must not happen under the scanner's feet),
  // and taken away where the user turned the site off.
  const onState = () => {
    const state = root.getAttribute('data-policy-lens');
    if (state === 'ready') void placeSaved();
    else if (state === 'off') placer.clear();
  };
  new MutationObserver(onState).observe(root, { attributes: true, attributeFilter: ['data-policy-lens'] });
  onState();

  return {
    handlers: {
      captureSelection: () => captureSelection(),
      refreshAnnotations: async () => {
        await placeSaved();
        return placer.status();
      },
      getAnnotationPlacement: async () => {
        await placing;
        return placer.status();
      },
      scrollToAnnotation: ({ id }) => placer.scrollTo(id),
    },
  };
}
