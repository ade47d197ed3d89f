import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readStep, storySteps } from './scroll';
import { surgeLabel, type SurgePanel } from '../../src/charts/exportSurge/layout';
import { queueNoteLines } from '../../src/scenes/queueNote';

type Code = 'en' | 'ru';
const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
interface Worded { ru?: Record<string, string> }
const figures = new Map(json<({ id: string; value: number; unit: string; qualifier?: string; source: string } & Worded)[]>('content/data/figures.json').map((f) => [f.id, f]));
const sources = new Map(json<({ id: string; publication: string; weak?: boolean } & Worded)[]>('content/data/sources.json').map((s) => [s.id, s]));
const surges = json<({ id: string; label: string; from: string; to: string } & Worded)[]>('content/data/export-surges.json');
const places = new Map(json<({ id: string; name: string; kind: string } & Worded)[]>('content/data/places.json').map((p) => [p.id, p]));
const routes = json<({ id: string; name: string; via: string[] } & Worded)[]>('content/data/routes.json');
const scenes = new Map(json<{ id: string; map?: { places?: string[]; closed?: string[]; routes?: string[]; queue?: { at: string; trucks: string; lengths: string[] } } }[]>('content/data/scenes.json').map((s) => [s.id, s]));
const editionWords = (code: Code) => json<{ graphics: { chart: { smallOutlet: string } }; scene: { bar: string; walk: { kinds: Record<string, string>; closed: string } } }>(`content/editions/${code}.json`);
const inEdition = <T extends Worded>(row: T, key: string, code: Code) => (code === 'ru' && row.ru?.[key]) || (row as unknown as Record<string, string>)[key]!;

/** What each bar must say, from content/data: product, year, the value as the chart prints it, its publication. */
function expectedBars(code: Code): string[] {
  const words = editionWords(code);
  return surges.flatMap((row) => (['from', 'to'] as const).map((end, index) => {
    const figure = figures.get(row[end])!;
    const source = sources.get(figure.source)!;
    const value = surgeLabel({ unit: figure.unit } as SurgePanel, figure.value, figure.qualifier, code);
    const publication = inEdition(source, 'publication', code) + (source.weak ? words.graphics.chart.smallOutlet : '');
    return words.scene.bar.replace('{label}', inEdition(row, 'label', code)).replace('{year}', index === 0 ? '2021' : '2022').replace('{value}', value).replace('{source}', publication);
  }));
}

/** Focuses a button put just before `selector` and presses Tab: where a keyboard reader lands. */
async function tabInto(page: Page, selector: string) {
  await page.evaluate((where) => {
    const before = document.createElement('button');
    before.textContent = 'before';
    before.id = 'walk-test-before';
    document.querySelector(where)!.before(before);
    before.focus({ preventScroll: true });
  }, selector);
  await page.keyboard.press('Tab');
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);


const steps = storySteps();
const chartStep = steps.find((step) => step.scene === 'surge-washing-machines')!;

for (const [code, path] of [['en', '/'], ['ru', '/ru/']] as const) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test.describe(`${code} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('the chart\'s bars: one Tab stop, the arrow keys walk them, each says its reported value and source; Tab leaves', async ({ page }) => {
        await page.goto(path);
        await readStep(page, chartStep);
        await tabInto(page, '.visual-chart .surge-panels');
        const expected = expectedBars(code);
        const heard = [await focusedName(page)];
        for (let i = 1; i < expected.length; i++) {
          await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown');
          heard.push(await focusedName(page));
        }
        expect(heard).toEqual(expected);
        await page.keyboard.press('ArrowRight');
        expect(await focusedName(page)).toBe(expected.at(-1));
        await page.keyboard.press('Home');
        expect(await focusedName(page)).toBe(expected[0]);
        await page.keyboard.press('End');
        expect(await focusedName(page)).toBe(expected.at(-1));
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('.surge-panels') === null)).toBe(true);
        // Back in: the bar last visited keeps the one Tab stop.
        await page.keyboard.press('Shift+Tab');
        expect(await focusedName(page)).toBe(expected.at(-1));
        expect(await page.locator('.visual-chart g.bar[tabindex="0"]').count()).toBe(1);
      });

      for (const scene of ['detour-china', 'border-closes']) {
        test(`a map step's places (${scene}): walked with the arrow keys, each says its name and what the step says of it`, async ({ page }) => {
          const step = steps.find((candidate) => candidate.scene === scene)!;
          const words = editionWords(code).scene.walk;
          const map = scenes.get(scene)!.map!;
          await page.goto(path);
          await readStep(page, step);
          const walkedCount = new Set([...(map.places ?? []), ...(map.closed ?? []), ...(map.queue ? [map.queue.at] : [])]).size;
          await page.waitForFunction((count) => document.querySelectorAll('[data-graphic] [data-map-labels] [role="img"]').length === count, walkedCount);
          await tabInto(page, '[data-graphic] [data-map-labels]');
          const walked = [...new Set([...(map.places ?? []), ...(map.closed ?? []), ...(map.queue ? [map.queue.at] : [])])];
          const heard: string[] = [];
          for (let i = 0; i < walked.length; i++) {
            if (i > 0) await page.keyboard.press('ArrowRight');
            heard.push((await focusedName(page))!);
          }
          await page.keyboard.press('ArrowRight');
          expect(await focusedName(page)).toBe(heard.at(-1));
          for (const id of walked) {
            const place = places.get(id)!;
            const said = heard.find((words) => words.startsWith(`${inEdition(place, 'name', code)}, `));
            expect(said, `${id} is walked: ${heard.join(' | ')}`).toBeDefined();
            expect(said).toContain(words.kinds[place.kind]!);
            if (map.closed?.includes(id)) expect(said).toContain(words.closed);
            if (map.queue?.at === id) {
              for (const line of queueNoteLines(figures.get(map.queue.trucks) as never, map.queue.lengths.map((length) => figures.get(length) as never), code)) expect(said).toContain(line);
            }
            for (const route of routes.filter((candidate) => map.routes?.includes(candidate.id) && candidate.via.includes(id))) expect(said).toContain(inEdition(route, 'name', code));
          }
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.closest('[data-map-labels]') === null)).toBe(true);
        });
      }
    });
  }

  test(`the embeds (${code}): the bars' words are in the markup, and the map's places walk`, async ({ page, browser }) => {
    const prefix = code === 'en' ? '' : '/ru';
    // Without scripts the words are in the page, for a screen reader's virtual cursor.
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${prefix}/embed/export-surge/`);
    expect(await noScript.locator('g.bar[aria-label]').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label')))).toEqual(expectedBars(code));
    await noScript.close();
    await page.goto(`${prefix}/embed/export-surge/`);
    await page.waitForSelector('g.bar[tabindex="0"]', { state: 'attached' });
    await tabInto(page, '.surge-panels');
    expect(await focusedName(page)).toBe(expectedBars(code)[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe(expectedBars(code)[1]);

    await page.goto(`${prefix}/embed/reroute-map/?state=detour-georgia`);
    await page.waitForFunction(() => document.querySelector('[data-map-labels] [role="img"]') !== null);
    await tabInto(page, '[data-map-labels]');
    const first = await focusedName(page);
    await page.keyboard.press('ArrowRight');
    const second = await focusedName(page);
    const names = scenes.get('detour-georgia')!.map!.places!.map((id) => inEdition(places.get(id)!, 'name', code));
    expect([first, second].map((said) => names.find((name) => said?.startsWith(`${name}, `)))).toEqual(expect.arrayContaining(names));
  });
}
