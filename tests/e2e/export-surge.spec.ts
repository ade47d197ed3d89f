import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { panelSize, surgePanelLayout, type SurgePanel } from '../../src/charts/exportSurge/layout';
import type { Figure } from '../../src/schemas/figure';
import { expectStep, storySteps } from './scroll';

const figures = new Map((JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as Figure[]).map((f) => [f.id, f]));
const rows = JSON.parse(readFileSync('content/data/export-surges.json', 'utf8')) as { id: string; from: string; to: string }[];
const panels: SurgePanel[] = rows.map((row) => ({
  id: row.id, label: '', measure: '', unit: figures.get(row.from)!.unit, change: '',
  value2021: figures.get(row.from)!.value, value2022: figures.get(row.to)!.value,
}));
const growStep = storySteps().find((step) => step.scene === 'surge-grows')!;

/** Puts the trigger line `fraction` of the way through the growth step. */
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

const expected = (growth: number) => Object.fromEntries(panels.map((panel) => [panel.id, surgePanelLayout(panel, panelSize, growth).bars[1].height]));

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
  for (const panel of panels) expect(start.heights[panel.id]).toBeCloseTo(surgePanelLayout(panel, panelSize, start.progress).bars[1].height, 0);
  const at2021 = expected(0);
  expect(start.heights['all-goods']).toBeLessThan(at2021['all-goods']! + 3);

  await scrollIntoGrowth(page, 0.5);
  const middle = await settledHeights(page);
  expect(middle.progress).toBeGreaterThan(0.3);
  expect(middle.progress).toBeLessThan(0.7);
  const at2022 = expected(1);
  for (const panel of panels) {
    expect(middle.heights[panel.id]).toBeCloseTo(surgePanelLayout(panel, panelSize, middle.progress).bars[1].height, 0);
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

test('value labels count with the bars', async ({ page }) => {
  await page.goto('/');
  const label = page.locator('[data-graphic] [data-panel="washing-machines"] .bar-2022 .bar-value');
  await scrollIntoGrowth(page, 0.01);
  await expectStep(page, growStep);
  await expect(label).toHaveText(/^(none|\d{1,3}(,\d{3})?)$/);
  await scrollIntoGrowth(page, 0.5);
  await expect.poll(async () => Number((await label.textContent())!.replace(/,/g, ''))).toBeGreaterThan(20000);
  await scrollIntoGrowth(page, 0.995);
  await expect(label).toHaveText(/^(almost 100,000|9\d,\d{3}|100,000)$/);
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
