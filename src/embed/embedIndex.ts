/** The /embed/ page: copy buttons, and live previews sized by the height messages the embeds post. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  // The button's words, in the page's edition.
  const label = button.textContent;
  button.addEventListener('click', async () => {
    const code = button.parentElement!.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
    try {
      await navigator.clipboard.writeText(code.value);
      button.textContent = button.dataset.copied ?? 'Copied';
    } catch {
      // Clipboard refused (permissions, insecure context): select the code so the reader can copy it.
      code.focus();
      code.select();
      button.textContent = button.dataset.copyByHand ?? 'Press Ctrl+C to copy';
    }
    setTimeout(() => (button.textContent = label), 2500);
  });
}

window.addEventListener('message', (event) => {
  const heights = (event.data as { 'datawrapper-height'?: Record<string, number> } | null)?.['datawrapper-height'];
  if (!heights || event.origin !== location.origin) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-around-kazakhstan]')) {
    if (frame.contentWindow !== event.source) continue;
    for (const height of Object.values(heights)) if (Number.isFinite(height)) frame.style.height = `${height}px`;
  }
});
