// Single-page sites move to another story without loading a page: pjax and Turbo replace `document.body`, others
// push a history entry and re-render. Either way the story the highlights and the popup's list belong to is gone,
// so the scan starts again on what is there now.

/** The story a page shows now: its address without the fragment, and the body it is in. */
interface Story {
  address: string;
  body: HTMLElement | null;
}

function currentStory(): Story {
  return { address: location.href.replace(/#.*$/, ''), body: document.body };
}

type NavigationTarget = EventTarget & { addEventListener(type: 'navigatesuccess', listener: () => void): void };

/** Calls `onNewStory` whenever the body is replaced or the address changes (not for a jump within the page). */
export function watchNavigation(onNewStory: () => void): { check: () => void; stop: () => void } {
  let story = currentStory();
  const check = () => {
    const now = currentStory();
    if (now.address === story.address && now.body === story.body) return;
    story = now;
    onNewStory();
  };
  // Only the root's own children: replacing the body is a change there, and nothing else below is looked at.
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true });
  addEventListener('popstate', check);
  // The Navigation API tells of pushState too, where the browser has it; elsewhere the next change to the page does.
  const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  return {
    check,
    stop: () => {
      observer.disconnect();
      removeEventListener('popstate', check);
      navigation?.removeEventListener('navigatesuccess', check);
    },
  };
}
