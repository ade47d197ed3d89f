import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { formatDate, formatRecordedDate } from '../../src/lib/format';
import { turnoverLabel } from '../../src/charts/tradeTurnover/layout';
import type { Correction } from '../../src/schemas/correction';
import type { Figure } from '../../src/schemas/figure';
import type { Page } from '../../src/schemas/page';
import type { Source } from '../../src/schemas/source';
import type { TurnoverValue } from '../../src/schemas/tradeTurnover';
import { localePath, locales } from '../../src/i18n/locale';
import { ui } from '../../src/i18n/ui';

const read = <T>(file: string) => JSON.parse(readFileSync(`content/data/${file}`, 'utf8')) as T;
const page0 = read<Page[]>('page.json')[0]!;
const corrections = read<Correction[]>('corrections.json');
const sources = read<Source[]>('sources.json');
const figures = new Map(read<Figure[]>('figures.json').map((figure) => [figure.id, figure]));
const turnover = read<TurnoverValue[]>('kz-ru-turnover.json');

for (const locale of locales) {
  const story = localePath(locale, '/');
  const t = ui[locale];

  test(`${story}: the byline says when the story was published and updated, and JSON-LD says the same`, async ({ page }) => {
    await page.goto(story);
    const byline = page.locator('.byline');
    await expect(byline).toContainText(`${t.published} ${formatDate(page0.published, locale)}`);
    expect(page0.updated, "page.json records the latest update").toBeTruthy();
    await expect(byline).toContainText(`${t.updated} ${formatDate(page0.updated!, locale)}`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', datePublished: page0.published, dateModified: page0.updated, inLanguage: locale === 'en' ? 'en-GB' : 'ru-RU' });
    expect(ld.headline).toBe(await page.locator('h1').textContent());
    expect(ld.author.name).toBeTruthy();
    expect(ld.publisher.name).toBeTruthy();
    const editions = [ld.url, ...(ld.workTranslation ?? [ld.translationOfWork]).map((work: { url: string }) => work.url)].map((url: string) => new URL(url).pathname).sort();
    expect(editions).toEqual(locales.map((edition) => localePath(edition, '/')).sort());
  });

  test(`${story}: a corrections note at the end names what changed and when; the sources page lists each in full, newest first`, async ({ page }) => {
    await page.goto(story);
    const note = page.locator('#corrections');
    await expect(note).toBeVisible();
    for (const correction of corrections) {
      await expect(note).toContainText(locale === 'en' ? correction.topic : correction.ru!.topic);
      await expect(note).toContainText(formatDate(correction.date, locale));
    }
    await note.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${localePath(locale, '/sources/')}#corrections$`));
    const items = page.locator('#corrections li');
    expect(corrections.length).toBeGreaterThan(0);
    await expect(items).toHaveCount(corrections.length);
    const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const correction of corrections) {
      const text = locale === 'en' ? correction.text : correction.ru!.text;
      await expect(page.locator(`#correction-${correction.id}`)).toContainText(text);
      await expect(page.locator(`#correction-${correction.id}`)).toContainText(formatDate(correction.date, locale));
    }
  });

  test(`${localePath(locale, '/sources/')}: every source in the list opens or says why not, with its date in the page's style`, async ({ page }) => {
    await page.goto(localePath(locale, '/sources/'));
    for (const source of sources) {
      const item = page.locator(`#source-${source.id}`);
      if (source.url) await expect(item.locator(`a[href="${source.url}"]`)).toHaveCount(1);
      else await expect(item).toContainText(`${t.noAddress} ${(locale === 'en' ? source.noUrl : source.ru?.noUrl) ?? source.noUrl}`);
      if (source.date) await expect(item.locator('time').first()).toHaveText(formatRecordedDate(source.date, locale));
      if (source.repostOf) await expect(item).toContainText(`${t.repostOf} ${source.repostOf.publication}`);
    }
    // No raw ISO date is printed: dates are written as the page writes them (addresses may hold one).
    const printed = await page.locator('.sources-list').evaluate((list) => {
      const copy = list.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a').forEach((link) => link.remove());
      return copy.textContent ?? '';
    });
    expect(printed).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`${story} at ${viewport.width}px: the turnover chart prints every reported value with who reported it, and its table and CSV agree`, async ({ page, request }) => {
      await page.setViewportSize(viewport);
      // The epilogue is a page of its own, linked from the story where it would be.
      await page.goto(story);
      await page.locator('#after-the-detour h2 a').click();
      await expect(page).toHaveURL(new RegExp(`${localePath(locale, '/after-the-detour/')}$`));
      const chart = page.locator('.trade-turnover');
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      expect(turnover.length).toBeGreaterThan(0);
      const reports = chart.locator('.turnover-report');
      await expect(reports).toHaveCount(turnover.length);
      for (const row of turnover) {
        const report = chart.locator(`[data-report="${row.id}"]`);
        await expect(report).toContainText(turnoverLabel(figures.get(row.figure)!, locale));
        await expect(report).toContainText(locale === 'en' ? row.by : row.ru!.by);
        // The dot is inside its track, on screen, not clipped.
        const [dot, track] = await Promise.all([report.locator('.turnover-dot').boundingBox(), report.locator('.turnover-track').boundingBox()]);
        expect(dot!.x + dot!.width / 2).toBeGreaterThanOrEqual(track!.x);
        expect(dot!.x + dot!.width / 2).toBeLessThanOrEqual(track!.x + track!.width);
      }
      // Years whose sources disagree are marked, and only those.
      const years = Map.groupBy(turnover, (row) => row.year);
      for (const [year, rows] of years) {
        const values = new Set(rows.map((row) => figures.get(row.figure)!.value));
        await expect(chart.locator(`[data-year="${year}"]`)).toHaveAttribute('data-conflict', values.size > 1 ? 'true' : 'false');
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);

      const tableRows = await chart.locator('table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent!.trim())));
      const csvHref = await chart.locator('.chart-download a').getAttribute('href');
      const csv = (await (await request.get(csvHref!)).text()).replace(/^\ufeff/, '').trimEnd().split('\r\n').slice(1);
      const parse = (line: string) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((match) => match[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 10);
      expect(csv.map((line) => { const cells = parse(line); return [cells[0], cells[3], cells[4]]; })).toEqual(tableRows);
    });
  }
}

for (const locale of locales) {
  const embed = localePath(locale, '/embed/kz-ru-turnover/');
  test(`${embed}: a reader brings a year forward (radios, arrow keys, ?state=), hearing its reported values`, async ({ page }) => {
    const years = [...new Set(turnover.map((row) => row.year))].sort();
    const conflicted = years.find((year) => new Set(turnover.filter((row) => row.year === year).map((row) => figures.get(row.figure)!.value)).size > 1)!;
    const rowsOf = (year: number) => turnover.filter((row) => row.year === year);
    await page.goto(`${embed}?state=${conflicted}`);
    const states = page.locator('[data-embed-controls] input[name="embed-state"]');
    await expect(states).toHaveCount(years.length + 1);
    await expect(page.locator(`input[value="${conflicted}"]`)).toBeChecked();
    for (const year of years) {
      await expect(page.locator(`[data-chart="kz-ru-turnover"] [data-year="${year}"]`)).toHaveAttribute('data-emphasis', year === conflicted ? 'focus' : 'muted');
    }
    // The live description says the year's values as reported, each with who reported it.
    const description = page.locator('[data-embed-description]');
    for (const row of rowsOf(conflicted)) {
      await expect(description).toContainText(turnoverLabel(figures.get(row.figure)!, locale));
      await expect(description).toContainText(locale === 'en' ? row.by : row.ru!.by);
    }
    // Arrow keys move through the states; the first state shows every year alike.
    await page.locator(`input[value="${conflicted}"]`).focus();
    await page.keyboard.press('ArrowRight');
    const next = years[years.indexOf(conflicted) + 1]!;
    await expect(page.locator(`[data-year="${next}"]`)).toHaveAttribute('data-emphasis', 'focus');
    await expect(description).toContainText(String(next));
    await page.locator('input[value="all"]').check();
    for (const year of years) await expect(page.locator(`[data-year="${year}"]`)).toHaveAttribute('data-emphasis', 'none');
    // A year brought forward keeps every word readable (WCAG AA), in both themes, the muted years' words too.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator(`input[value="${conflicted}"]`).check();
      const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(contrast.passes.length + contrast.violations.length, 'axe checked the contrast').toBeGreaterThan(0);
      expect(contrast.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.nodes[0]!.target.join(' '))).toEqual([]);
    }
    // An address naming no year of the chart opens on every year.
    await page.goto(`${embed}?state=1999`);
    await expect(page.locator('input[value="all"]')).toBeChecked();
  });
}
