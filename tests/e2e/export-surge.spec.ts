import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { panelSize, surgeLabel, surgePanelLayout, type SurgePanel } from '../../src/charts/exportSurge/layout';
import type { Figure } from '../../src/schemas/figure';
import { expectStep, scrollToStep, storySteps } from './scroll';

const figures = new Map((JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as Figure[]).map((f) => [f.id, f]));
const rows = JSON.parse(readFileSync('content/data/export-surges.json', 'utf8')) as { id: string; from: string; to: string }[];
const panels: SurgePanel[] = rows.map((row) => ({
  id: row.id, label: '', measure: '', unit: figures.get(row.from)!.unit, change: '',
  value2021: figures.get(row.from)!.value, value2022: figures.get(row.to)!.value,
  qualifier2021: figures.get(row.from)!.qualifier, qualifier2022: figures.get(row.to)!.qualifier,
}));
const firstStep = storySteps().find((step) => step.scene === 'surge-2021')!;
const growStep = storySteps().find((step) => step.scene === 'surge-grows')!;
const grownStep = storySteps().find((step) => step.scene === 'surge-washing-machines')!;
/** The labels of the reported values, per panel, written from the data (not from the page under test). */
const reported = Object.fromEntries(panels.map((panel) => [panel.id, {
  '2021': surgeLabel(panel, panel.value2021, panel.qualifier2021, 'en'),
  '2022': surgeLabel(panel, panel.value2022, panel.qualifier2022, 'en'),
}]));
const reportedLabels = new Set(Object.values(reported).flatMap((labels) => [labels['2021'], labels['2022']]));

/** Puts the trigger line `fraction` of the way through the growth step, and waits until the engine has seen it. */
async function scrollIntoGrowth(page: Page, fraction: number) {
  await page.evaluate(
    ([id, f]) => {
      const element = document.querySelector(`[data-step="${id}"]`)!;
      const rect = element.getBoundingClientRect();
      const y = rect.top + window.scrollY + rect.height * Number(f);
      window.scrollTo({ top: y - window.innerHeight / 2, behavior: 'instant' });
    },
    [growStep.id, String(fraction)] as const,
  );
  // Until the scroll event is handled the chart stands still at the old position, and would look settled there.
  await page.waitForFunction(
    ([scene, f]) => {
      const graphic = document.querySelector<HTMLElement>('[data-graphic]')!;
      return graphic.dataset.scene === scene && Math.abs(Number(graphic.dataset.progress) - f) < 0.1;
    },
    [growStep.scene, fraction] as const,
    { timeout: 15_000 }, // as in expectStep: MapLibre's start-up can hold the main thread on a loaded machine
  );
}

/** The 2022 bar heights once the chart has caught up with the scroll, and the progress the engine used. */
async function settledHeights(page: Page) {
  // Settled: the same heights three animation frames apart. The chart eases every frame until it arrives, so this
  // holds only once it has, however long a frame takes (MapLibre's first load can hold frames for a while here).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const heights = () => [...document.querySelectorAll('[data-graphic] .bar-2022 rect')].map((r) => r.getAttribute('height')).join();
        const before = heights();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        return before === heights();
      }), { intervals: [50, 100, 150, 250] })
    .toBe(true);
  return page.evaluate(() => ({
    progress: Number(document.querySelector<HTMLElement>('[data-graphic]')!.dataset.progress),
    heights: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-graphic] .surge-panel')].map((panel) => [
        panel.dataset.panel!,
        Number(panel.querySelector('.bar-2022 rect')!.getAttribute('height')),
      ]),
    ),
  }));
}

/** Each panel's bar height for `year` at `growth`. */
const expected = (growth: number, year: '2021' | '2022' = '2022') =>
  Object.fromEntries(panels.map((panel) => [panel.id, surgePanelLayout(panel, panelSize, growth, 'en').bars[year === '2021' ? 0 : 1].height]));

/** The story chart's value labels as drawn now, per panel: text and whether the bar's column is shown. */
function drawnLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-graphic] .surge-panel')].map((panel) => ({
      panel: panel.dataset.panel!,
      bars: [...panel.querySelectorAll<SVGGElement>('g.bar')].map((group) => ({
        year: group.dataset.year as '2021' | '2022',
        label: group.querySelector('.bar-value')!.textContent ?? '',
        shown: getComputedStyle(group).visibility !== 'hidden',
      })),
    })),
  );
}

test('the figure is labelled, described and carries data-chart="export-surge"', async ({ page }) => {
  await page.goto('/');
  const figure = page.locator('[data-graphic] figure[data-chart="export-surge"]');
  await expect(figure).toHaveAccessibleName('What Kazakhstan sent Russia, 2021 and 2022');
  await expect(figure).toHaveAccessibleDescription(/own scale/);
  await expect(figure.getByRole('img')).toHaveCount(panels.length);
  await figure.getByText('Show the data').click();
  await expect(figure.getByRole('table')).toBeVisible();
  await expect(figure.getByRole('row')).toHaveCount(panels.length + 1);
});

test('bars stand at 2021 values at the start of the growth step, in between mid-way, at 2022 at its end', async ({ page }) => {
  await page.goto('/');
  await scrollIntoGrowth(page, 0.01);
  await expectStep(page, growStep);
  const start = await settledHeights(page);
  expect(start.progress).toBeLessThan(0.05);
  for (const panel of panels) expect(start.heights[panel.id]).toBeCloseTo(surgePanelLayout(panel, panelSize, start.progress, 'en').bars[1].height, 0);
  const at2021 = expected(0, '2021');
  expect(start.heights['all-goods']).toBeLessThan(at2021['all-goods']! + 3);

  await scrollIntoGrowth(page, 0.5);
  const middle = await settledHeights(page);
  expect(middle.progress).toBeGreaterThan(0.3);
  expect(middle.progress).toBeLessThan(0.7);
  const at2022 = expected(1);
  for (const panel of panels) {
    expect(middle.heights[panel.id]).toBeCloseTo(surgePanelLayout(panel, panelSize, middle.progress, 'en').bars[1].height, 0);
    expect(middle.heights[panel.id]).toBeGreaterThan(at2021[panel.id]!);
    expect(middle.heights[panel.id]).toBeLessThan(at2022[panel.id]!);
  }

  await scrollIntoGrowth(page, 0.995);
  const end = await settledHeights(page);
  expect(end.progress).toBeGreaterThan(0.95);
  for (const panel of panels) expect(end.heights[panel.id]).toBeGreaterThan(at2022[panel.id]! - 3);

  // Scrolling back shrinks them again.
  await scrollIntoGrowth(page, 0.01);
  const back = await settledHeights(page);
  for (const panel of panels) expect(back.heights[panel.id]).toBeCloseTo(start.heights[panel.id]!, 0);
});

test('data table lists the reported values', async ({ page }) => {
  await page.goto('/');
  const table = page.locator('[data-graphic] figure[data-chart="export-surge"] table');
  const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
  expect(cells).toEqual(panels.map((panel) => [reported[panel.id]!['2021'], reported[panel.id]!['2022']]));
});

test('at the chart\'s first step the 2022 column is empty: no 2022 value in any panel', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, firstStep.id);
  await expectStep(page, firstStep);
  // The page is built at the 2022 values (for readers without JavaScript); wait until the script has drawn the 2021
  // state (no 2022 bar taller than its 2021 bar), then read the labels.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-graphic] .surge-panel')].every(
      (panel) => Number(panel.querySelector('.bar-2022 rect')!.getAttribute('height')) <= Number(panel.querySelector('.bar-2021 rect')!.getAttribute('height')),
    ),
  );
  const drawn = await drawnLabels(page);
  expect(drawn.map((panel) => panel.panel)).toEqual(panels.map((panel) => panel.id));
  for (const { panel, bars } of drawn) {
    const [bar2021, bar2022] = bars;
    expect(bar2021).toEqual({ year: '2021', label: reported[panel]!['2021'], shown: true });
    expect(bar2022).toEqual({ year: '2022', label: '', shown: false });
  }
  for (const panel of panels) {
    const svg = page.locator(`[data-graphic] [data-panel="${panel.id}"] svg`);
    await expect(svg.getByText(reported[panel.id]!['2022'], { exact: true })).toHaveCount(0);
    await expect(svg.getByText('2022', { exact: true })).toBeHidden();
    // The change ("+25%", "from none") is a 2022 figure too.
    await expect(page.locator(`[data-graphic] [data-panel="${panel.id}"] .panel-change`)).toBeHidden();
  }
});

test('while the bars grow no label prints a value that was not reported; at 2022 the reported values show', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, firstStep.id);
  await expectStep(page, firstStep);
  // Records every text any value label takes, frame by frame, so a number shown for a moment is caught too.
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { seenLabels: Set<string> }).seenLabels = seen;
    const labels = [...document.querySelectorAll('[data-graphic] .bar-value')];
    for (const label of labels) seen.add(label.textContent ?? '');
    new MutationObserver(() => { for (const label of labels) seen.add(label.textContent ?? ''); })
      .observe(document.querySelector('[data-graphic] figure[data-chart="export-surge"]')!, { subtree: true, childList: true, characterData: true });
  });
  const seenLabels = () => page.evaluate(() => [...(window as unknown as { seenLabels: Set<string> }).seenLabels]);

  for (const fraction of [0.1, 0.3, 0.5]) await scrollIntoGrowth(page, fraction);
  // Mid-growth, once the chart has caught up with the scroll: bars between their values, 2022 unlabelled.
  const middle = await settledHeights(page);
  expect(middle.progress).toBeGreaterThan(0.3);
  expect(middle.progress).toBeLessThan(0.7);
  for (const panel of panels) {
    expect(middle.heights[panel.id]).toBeCloseTo(surgePanelLayout(panel, panelSize, middle.progress, 'en').bars[1].height, 0);
  }
  for (const { panel, bars } of await drawnLabels(page)) {
    const [bar2021, bar2022] = bars;
    expect(bar2021).toEqual({ year: '2021', label: reported[panel]!['2021'], shown: true });
    expect(bar2022).toEqual({ year: '2022', label: '', shown: true });
  }
  for (const panel of panels) await expect(page.locator(`[data-graphic] [data-panel="${panel.id}"] .panel-change`)).toBeHidden();

  await scrollIntoGrowth(page, 0.9);
  await settledHeights(page);

  // The next step shows the 2022 values: the labels appear only there, as reported.
  await scrollToStep(page, grownStep.id);
  await expectStep(page, grownStep);
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll<HTMLElement>('[data-graphic] .surge-panel')].every(
        (panel) => panel.querySelector('.bar-2022 .bar-value')!.textContent === expected[panel.dataset.panel!],
      ),
    Object.fromEntries(panels.map((panel) => [panel.id, reported[panel.id]!['2022']])),
  );

  for (const panel of panels) await expect(page.locator(`[data-graphic] [data-panel="${panel.id}"] .panel-change`)).toBeVisible();
  const unreported = (await seenLabels()).filter((label) => label !== '' && !reportedLabels.has(label));
  expect(unreported).toEqual([]);
});

test('at 320 px the four panels fit without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/#${growStep.id}`);
  const figure = page.locator('[data-graphic] figure[data-chart="export-surge"]');
  const box = (await figure.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  for (const svg of await figure.locator('svg').all()) expect((await svg.boundingBox())!.width).toBeGreaterThan(100);
});

// A short Android phone and a tall iPhone, in both editions (a Russian title can take a line more).
for (const [path, width, height] of [['/', 390, 844], ['/', 360, 640], ['/ru/', 360, 640], ['/ru/', 360, 800]] as const) {
  test(`on a phone (${path} at ${width}×${height}) the panel a step is about sits above its card, whatever its place in the data`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    const highlighted = storySteps().filter((step) => ['surge-grows', 'surge-washing-machines', 'surge-semiconductors'].includes(step.scene));
    expect(highlighted.length).toBe(3);
    for (const step of highlighted) {
      await scrollToStep(page, step.id);
      await expectStep(page, step);
      const panel = page.locator('[data-graphic] .surge-panel[data-highlighted="true"]');
      await expect(panel).toHaveCount(1);
      const bars = (await panel.locator('svg').boundingBox())!;
      const card = (await page.locator(`[data-step="${step.id}"]`).boundingBox())!;
      expect(bars.y + bars.height, `${step.id}: the highlighted panel's bars end above the card`).toBeLessThanOrEqual(card.y);
    }
  });
}
