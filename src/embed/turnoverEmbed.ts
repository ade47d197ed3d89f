/**
 * Browser side of the turnover chart's embed: the reader picks a state (every year, or one brought forward) with
 * the radios, or the address does (`?state=2023`, validated against the chart's own years). The chart is a function
 * of the state (yearEmphasis, as at build time); each state's words come with the page (the radio's
 * data-description), so no dictionary ships.
 */
import { turnoverStateFor, yearEmphasis, type TurnoverState } from '../scenes/turnoverState';

export function startTurnoverEmbed(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-embed-controls]')!;
  const radios = [...controls.querySelectorAll<HTMLInputElement>('input[name="embed-state"]')];
  const description = root.querySelector<HTMLElement>('[data-embed-description]')!;
  const yearRows = [...root.querySelectorAll<HTMLElement>('[data-chart="kz-ru-turnover"] [data-year]')];
  const years = yearRows.map((row) => Number(row.dataset.year));

  function show(id: string) {
    const state: TurnoverState | null = turnoverStateFor(id, years);
    if (!state) return;
    for (const row of yearRows) row.dataset.emphasis = yearEmphasis(Number(row.dataset.year), state);
    for (const radio of radios) radio.checked = radio.value === id;
    description.textContent = radios.find((radio) => radio.checked)?.dataset.description ?? '';
  }

  // A state the reader picked before this script ran (the radios work without it), else the address's, else the page's.
  const picked = radios.find((radio) => radio.checked && radio.value !== root.dataset.startScene)?.value;
  const requested = new URLSearchParams(location.search).get('state');
  show(picked ?? (requested && turnoverStateFor(requested, years) ? requested : root.dataset.startScene!));
  controls.hidden = false;
  for (const radio of radios) radio.addEventListener('change', () => radio.checked && show(radio.value));
}
