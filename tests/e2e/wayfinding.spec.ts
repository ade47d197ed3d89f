import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readStorySteps } from '../../src/lib/storySteps';
import { readStep } from './scroll';
import { screens } from '../../src/lib/screens';

const editions = [
  { path: '/', steps: readStorySteps('content/story') },
  { path: '/ru/', steps: readStorySteps('content/story/ru') },
] as const;

/** What the bar shows: its chapter's title, the section it marks current, and the part of the story read (0–1). */
function barState(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[data-chapter-bar]')!;
    const transform = bar.querySelector<HTMLElement>('.chapter-read > span')!.style.transform;
    return {
      title: bar.querySelector('.chapter-title')!.textContent,
      current: bar.querySelector<HTMLElement>('a[aria-current]')?.dataset.chapter,
      read: Number(/scaleX\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN),
    };
  });
}

/** The heading and section of a step, as the page has them. */
const chapterOf = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const section = document.querySelector(`[data-step="${stepId}"]`)!.closest('section')!;
    return { id: section.id, title: section.querySelector('h2')!.textContent };
  }, id);

for (const edition of editions) {
  for (const viewport of [screens.phone, screens.laptop]) {
    test.describe(`${edition.path} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('the chapter bar follows the reader: its chapter and the part read change as the page scrolls', async ({ page }) => {
        await page.goto(edition.path);
        await readStep(page, edition.steps[1]!);
        await expect(page.getByRole('navigation', { name: /^(Chapters|Главы)$/ })).toBeVisible();
        let lastRead = -1;
        for (const step of [edition.steps[1]!, edition.steps[5]!, edition.steps[edition.steps.length - 2]!]) {
          await readStep(page, step);
          const chapter = await chapterOf(page, step.id);
          await expect.poll(() => barState(page).then((state) => state.title)).toBe(chapter.title);
          const state = await barState(page);
          expect(state.current).toBe(chapter.id);
          expect(state.read).toBeGreaterThan(lastRead);
          lastRead = state.read;
        }
      });

      test('past the scroll, a section without steps is the chapter while its text is read', async ({ page }) => {
        await page.goto(edition.path);
        await readStep(page, edition.steps[edition.steps.length - 1]!);
        const stepless = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main section[id]')]
          .filter((section) => section.querySelector('h2') && !section.querySelector('[data-step]'))
          .map((section) => ({ id: section.id, title: section.querySelector('h2')!.textContent })));
        expect(stepless.length, 'the story has sections without steps after its scroll').toBeGreaterThan(0);
        for (const section of stepless) {
          // Its heading a little above the middle of the screen, where a reader has the text.
          await page.evaluate((id) => {
            const top = document.getElementById(id)!.getBoundingClientRect().top;
            window.scrollBy(0, top - innerHeight * 0.4);
          }, section.id);
          await expect.poll(() => barState(page).then((state) => [state.title, state.current])).toEqual([section.title, section.id]);
        }
      });

      test('a chapter picked from the list is where the page is within three frames, its first step focused and current', async ({ page }) => {
        await page.goto(edition.path);
        await page.waitForFunction(() => document.querySelector('[data-step-controls]:not([hidden])'));
        // At the first step of a wide screen the header's table of contents is still in view, and the bar is not.
        await readStep(page, edition.steps[1]!);
        const toggle = page.locator('[data-chapter-bar] .chapter-toggle');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        const list = page.locator('#chapter-list');
        await expect(list).toBeVisible();
        const target = edition.steps.find((step) => step.scene === 'detour-overview')!;
        const chapter = await chapterOf(page, target.id);
        // Counted in the page, as tests/e2e/jump-latency.spec.ts counts a jump: frames until one shows the step current.
        const frames = await page.evaluate(async ([section, id]) => {
          const element = document.querySelector<HTMLElement>(`[data-step="${id}"]`)!;
          document.querySelector<HTMLAnchorElement>(`#chapter-list a[data-chapter="${section}"]`)!.click();
          for (let count = 1; count <= 60; count++) {
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
            if (element.getAttribute('aria-current') === 'step') return count;
          }
          return Infinity;
        }, [chapter.id, target.id] as const);
        expect(frames).toBeLessThanOrEqual(3);
        await expect(list).toBeHidden();
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.step)).toBe(target.id);
        await expect(page.locator(`#chapter-list a[data-chapter="${chapter.id}"]`)).toHaveAttribute('aria-current', 'location');
        await expect(page.locator('[data-chapter-bar] .chapter-title')).toHaveText(chapter.title);
      });

      test('the list opens and closes by keyboard: Escape closes it and focus returns to its button', async ({ page }) => {
        await page.goto(edition.path);
        await readStep(page, edition.steps[2]!);
        const toggle = page.locator('[data-chapter-bar] .chapter-toggle');
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await page.keyboard.press('Tab');
        await expect(page.locator('#chapter-list a').first()).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(page.locator('#chapter-list')).toBeHidden();
        await expect(toggle).toBeFocused();
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      });

      test('the bar covers no step\'s text while the step is read, its top a little above the middle of the screen', async ({ page }) => {
        await page.goto(edition.path);
        const covered: string[] = [];
        for (const step of edition.steps) {
          await readStep(page, step);
          const overlap = await page.evaluate((id) => {
            const bar = document.querySelector('[data-chapter-bar]')!.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(`[data-step="${id}"]`)!);
            return [...range.getClientRects()].some((box) => box.width > 0 && box.left < bar.right && bar.left < box.right && box.top < bar.bottom && bar.top < box.bottom);
          }, step.id);
          if (overlap) covered.push(step.id);
        }
        expect(covered).toEqual([]);
      });

      test('axe (every rule) finds nothing serious on the story with the chapter list closed and open, nor any problem in the bar or the Share buttons', async ({ page }) => {
        await page.goto(edition.path);
        await readStep(page, edition.steps[3]!);
        const audit = async () => {
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.passes.length).toBeGreaterThan(15);
          return results.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'
              || violation.nodes.some((node) => /chapter|step-share/.test(node.target.join(' ')) || /chapter-bar|step-share/.test(node.html)))
            .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
        };
        expect(await audit()).toEqual([]);
        await page.locator('[data-chapter-bar] .chapter-toggle').click();
        await expect(page.locator('#chapter-list')).toBeVisible();
        expect(await audit()).toEqual([]);
      });
    });
  }
}

test('without JavaScript the bar and the Share buttons are out of the page\'s flow; in print too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-chapter-bar]')).toBeHidden();
  expect(await page.locator('[data-chapter-bar]').evaluate((element) => element.getBoundingClientRect().height)).toBe(0);
  await expect(page.locator('.step-share')).toHaveCount(0);
  await context.close();

  const scripted = await browser.newPage();
  await scripted.goto('/');
  await readStep(scripted, editions[0].steps[1]!);
  await expect(scripted.locator('[data-chapter-bar]')).toBeVisible();
  await expect(scripted.locator('.step-share button').first()).toBeAttached();
  await scripted.emulateMedia({ media: 'print' });
  await expect(scripted.locator('[data-chapter-bar]')).toBeHidden();
  await expect(scripted.locator('.step-share').first()).toBeHidden();
  await scripted.close();
});
