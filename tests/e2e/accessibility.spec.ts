import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { embeddableCharts } from '../../src/embed/charts';
import { expectStep, graphicAtRest, scrollToStep, storySteps } from './scroll';

const steps = storySteps();
const positions = { first: steps[0]!, middle: steps[Math.floor(steps.length / 2)]!, last: steps[steps.length - 1]! };

/** Serious and critical axe violations, as "rule: first target" lines so a failure says where to look. */
async function seriousViolations(page: Page) {
  // Every rule axe has, with no tag filter: experimental and AAA ones too (label-in-name among them).
  const results = await new AxeBuilder({ page }).analyze();
  // Guard against a silent no-op: axe must have checked plenty of rules on a real page.
  expect(results.passes.length).toBeGreaterThan(15);
  const moderate = results.violations.filter((violation) => violation.impact === 'moderate' || violation.impact === 'minor');
  if (moderate.length > 0) console.log(`axe (moderate/minor, not failing) on ${page.url()}: ${moderate.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 2).join(' | ')}`).join(', ')}`);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 375, height: 740 }]] as const) {
  for (const [where, step] of Object.entries(positions)) {
    test(`the story at its ${where} step (${device}): no serious or critical axe violations`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await scrollToStep(page, step.id);
      await expectStep(page, step);
      // Audit the step as a reader sees it at rest: mid cross-fade, text at part opacity fails contrast.
      await graphicAtRest(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

// A reader who prefers dark gets the dark theme from the first paint, with the same contrasts; print stays light.
for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`the story in the dark theme (${device}): dark paper, no serious or critical axe violations at a chart and a map step`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(viewport);
    await page.goto('/');
    const luminance = () => page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    });
    expect(await luminance()).toBeLessThan(40);
    for (const step of [positions.first, positions.middle]) {
      await scrollToStep(page, step.id);
      await expectStep(page, step);
      await graphicAtRest(page);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await luminance()).toBeGreaterThan(240);
  });
}

for (const chart of embeddableCharts) {
  test(`the ${chart.id} embed: no serious or critical axe violations`, async ({ page }) => {
    await page.goto(`/embed/${chart.id}/`);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the embed index: no serious or critical axe violations', async ({ page }) => {
  await page.goto('/embed/');
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);
});
