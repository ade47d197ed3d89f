/**
 * A Share button at the end of each step, made by the script (a page without it has nothing to share with), giving the
 * step's own address (`/step/<id>/`, src/pages/[...edition]/step/), whose link preview shows that step. The Web Share
 * API where the browser has one; elsewhere the link is copied and a polite status says so.
 */
import type { WayfindingWords } from '../i18n/sceneWords';

/** A shared step's title: its chapter's and the story's headline, as its card has it (src/lib/stepCards.ts). */
function titleOf(step: HTMLElement) {
  const chapter = step.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '';
  const story = document.querySelector('h1')?.textContent?.trim() ?? '';
  return chapter === story ? document.title : `${chapter} — ${story}`;
}

/** How long "Link copied" stays, ms. */
const statusMs = 4000;

/** Adds a Share button to each step. */
export function addShareButtons(stepElements: readonly HTMLElement[], words: WayfindingWords) {
  for (const step of stepElements) {
    const id = step.dataset.step!;
    const text = [...step.querySelectorAll(':scope > p')].map((paragraph) => paragraph.textContent?.trim()).join(' ').replace(/\s+/g, ' ');
    const row = document.createElement('div');
    row.className = 'step-share';
    const button = document.createElement('button');
    button.type = 'button';
    // The visible word begins the name (label in name); the rest says what is shared.
    button.append(words.share);
    const rest = document.createElement('span');
    rest.className = 'visually-hidden';
    rest.textContent = words.shareRest;
    button.append(rest);
    const status = document.createElement('span');
    status.className = 'step-share-status';
    status.setAttribute('role', 'status');
    row.append(status, button);
    step.append(row);
    let clearing = 0;
    button.addEventListener('click', async () => {
      // The story is its edition's home page (`/`, `/ru/`): the step's address is under it.
      const url = new URL(`step/${id}/`, location.origin + location.pathname).href;
      if (typeof navigator.share === 'function') {
        // A reader who closes the share sheet rejects the promise: nothing to say then.
        await navigator.share({ title: titleOf(step), text, url }).catch(() => undefined);
        return;
      }
      const copied = await navigator.clipboard?.writeText(url).then(() => true, () => false);
      // Where the clipboard is refused, the address itself, to copy by hand.
      status.textContent = copied ? words.linkCopied : url;
      clearTimeout(clearing);
      clearing = window.setTimeout(() => (status.textContent = ''), copied ? statusMs : statusMs * 4);
    });
  }
}
