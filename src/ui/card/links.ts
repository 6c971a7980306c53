// Links in the card lead only to https: pages, and never tell the page they open who sent the reader there. The
// database is validated at build time, but the card is the last place a bad URL could reach the reader, so the
// frame checks every link it shows whatever the component rendered.

export function isHttpsUrl(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Makes every link under `root` safe: a link that is not https: loses its href; the rest open apart, without referrer. */
export function secureLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!isHttpsUrl(href)) {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('rel', 'noopener noreferrer');
    link.setAttribute('target', '_blank');
    link.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/** A click on a link that is not https: does nothing (a second line behind secureLinks, for links added later). */
export function blockUnsafeLinkClicks(doc: Document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link && !isHttpsUrl(link.href)) event.preventDefault();
    },
    true,
  );
}
