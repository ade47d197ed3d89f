import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '../../helpers/contentSandbox';

// Each case builds a temporary copy of the site with one editor's mistake (about 5 s a build on this machine).
let sandbox: Sandbox | undefined;
afterEach(() => {
  sandbox?.remove();
  sandbox = undefined;
});

function buildWith(path: string, edit: (text: string) => string) {
  sandbox = createSandbox();
  sandbox.edit(path, edit);
  return sandbox.build();
}

describe('a mistake in a temporary copy of the content fails the build with a message an editor can act on', () => {
  it('an unknown scene id: file, line and the valid scenes', () => {
    const { ok, output } = buildWith('content/story/03-the-border-closes.mdx', (text) => text.replace('scene="border-closes"', 'scene="border-close"'));
    expect(ok).toBe(false);
    expect(output).toContain('content/story/03-the-border-closes.mdx:6: <Step scene="border-close">: Unknown scene "border-close". Did you mean "border-closes"? Valid scenes: border-closes,');
  });
  it('an unknown figure id: file, line and the valid ids', () => {
    const { ok, output } = buildWith('content/story/01-the-hub.mdx', (text) => text.replace('<Figure id="semiconductors-2022" />', '<Figure id="chips-2022" />'));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/story\/01-the-hub\.mdx:\d+: <Figure id="chips-2022" \/>: Unknown figure id "chips-2022"\. Valid figure ids: armenia-exports-ru-2022, /);
  });
  it('a malformed data row: file, entry and field', () => {
    const { ok, output } = buildWith('content/data/figures.json', (text) => text.replace('"value": 3700000,', '"value": "3.7 million",'));
    expect(ok).toBe(false);
    expect(output).toContain('figures → semiconductors-2022 data does not match collection schema');
    expect(output).toMatch(/value: Expected type `"number"`, received `"string"`/);
    expect(output).toContain('content/data/figures.json');
  });
  it('a figure without a source', () => {
    const { ok, output } = buildWith('content/data/figures.json', (text) => text.replace(/(\{ "id": "georgia-exports-ru-2022".*), "source": "factcheck-ge-42012" \}/, '$1 }'));
    expect(ok).toBe(false);
    expect(output).toContain('figures → georgia-exports-ru-2022 data does not match collection schema');
    expect(output).toMatch(/source: Required/);
  });
  it('a figure citing a source that does not exist', () => {
    const { ok, output } = buildWith('content/data/figures.json', (text) => text.replace('"source": "caspian-news-2023-03-12"', '"source": "caspian-news"'));
    expect(ok).toBe(false);
    expect(output).toContain('content/data/figures.json:6: figure "semiconductors-2021" cites source "caspian-news", which is not in content/data/sources.json. Valid sources:');
  });
  it('a duplicate step id', () => {
    const { ok, output } = buildWith('content/story/04-the-detour.mdx', (text) => text.replace('<Step id="via-armenia"', '<Step id="via-georgia"'));
    expect(ok).toBe(false);
    expect(output).toContain('content/story/04-the-detour.mdx:30: step id "via-georgia" is already used at content/story/04-the-detour.mdx:24.');
  });
  it('an empty step', () => {
    const { ok, output } = buildWith('content/story/03-the-border-closes.mdx', (text) => `${text}\n<Step id="again" scene="border-closes"></Step>\n`);
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/story\/03-the-border-closes\.mdx:\d+: <Step scene="border-closes"> is empty/);
  });
});

describe('a missing translation fails the build with its file and line', () => {
  it('a figure without its Russian label', () => {
    const { ok, output } = buildWith('content/data/figures.json', (text) => text.replace(/"ru": \{ "label": "Экспорт Грузии в Россию, 2021 год" \}, /, ''));
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/data\/figures\.json:\d+: entry "georgia-exports-ru-2021" has no Russian form: add "ru": \{ "label": "…" \}/);
  });
  it('a section without its Russian edition', () => {
    sandbox = createSandbox();
    rmSync(join(sandbox.root, 'content/story/ru/05-the-carrots.mdx'));
    const { ok, output } = sandbox.build();
    expect(ok).toBe(false);
    expect(output).toContain('content/story/05-the-carrots.mdx:1: this section has no Russian edition: add content/story/ru/05-the-carrots.mdx');
  });
});

describe('only content changes', () => {
  it('a new section (MDX, in both editions), a new scene (one data entry) and a new figure (one data row) appear on the built pages', () => {
    sandbox = createSandbox();
    sandbox.edit('content/data/scenes.json', (text) =>
      text.replace(/\]\s*$/, ',\n  { "id": "georgia-close-up", "label": "Upper Lars, close", "ru": { "label": "Верхний Ларс вблизи" }, "visual": "map", "map": { "countries": ["Georgia"], "routes": ["georgia-upper-lars"], "places": ["verkhny-lars"], "trucks": "queue" } }\n]\n'),
    );
    sandbox.edit('content/data/figures.json', (text) =>
      text.replace(/\]\s*$/, ',\n  { "id": "test-armenia-multiple", "label": "Armenia, test row", "ru": { "label": "Армения, тестовая строка" }, "value": 2.9, "unit": "multiple", "quote": "2.9 times higher", "source": "caucasus-watch-re-exporting-armenia" }\n]\n'),
    );
    sandbox.write(
      'content/story/04b-what-next.mdx',
      ['---', 'order: 4.5', 'title: "What comes next"', '---', '',
        '<Step id="detours-remain" scene="detour-overview">', 'The detours remain, <Figure id="zabaykalsk-queue-km" /> of them at Zabaykalsk alone.', '</Step>', '',
        '<Step scene="georgia-close-up">', 'Exports grew <Figure id="test-armenia-multiple" />.', '</Step>', ''].join('\n'),
    );
    sandbox.write(
      'content/story/ru/04b-what-next.mdx',
      ['---', 'order: 4.5', 'title: "Что дальше"', '---', '',
        '<Step id="detours-remain" scene="detour-overview">', 'Объезды остаются: только в Забайкальске <Figure id="zabaykalsk-queue-km" />.', '</Step>', '',
        '<Step scene="georgia-close-up">', 'Экспорт вырос <Figure id="test-armenia-multiple" />.', '</Step>', ''].join('\n'),
    );
    const { ok, output } = sandbox.build();
    expect(output).not.toMatch(/error/i);
    expect(ok).toBe(true);
    const html = readFileSync(join(sandbox.root, 'dist/index.html'), 'utf8');
    expect(html).toContain('>What comes next</h2>');
    expect(html).toMatch(/data-step="detours-remain"[^>]*data-step-scene="detour-overview"/);
    expect(html).toMatch(/data-step="georgia-close-up"[^>]*data-step-scene="georgia-close-up"/);
    // The scene reaches the browser's scene data (the story's code fetches it from story-data.json).
    const storyData = JSON.parse(readFileSync(join(sandbox.root, 'dist/story-data.json'), 'utf8'));
    expect(storyData.scenes.map((scene: { id: string }) => scene.id)).toContain('georgia-close-up');
    // So do the map's routes and names: the story's HTML carries none (its first view does not show the map).
    expect(storyData.mapLayers.svg).toContain('<polyline class="route"');
    expect(storyData.mapLayers.labels).toContain('class="map-label place-name"');
    expect(html).toContain('data-layers="in-data"');
    expect(html).not.toContain('<polyline class="route"');
    expect(html).toContain('<span class="figure" data-figure="zabaykalsk-queue-km">11 km</span>');
    expect(html).toContain('<span class="figure" data-figure="test-armenia-multiple">2.9 times</span>');
    // In reading order: after the detour, before the carrots; and in the table of contents.
    const heading = html.indexOf('>What comes next</h2>');
    expect(heading).toBeGreaterThan(html.indexOf('>Around Kazakhstan</h2>'));
    expect(heading).toBeLessThan(html.indexOf('>The stick and the carrots</h2>'));
    expect(html).toContain('<a href="#what-next">What comes next</a>');
    const ru = readFileSync(join(sandbox.root, 'dist/ru/index.html'), 'utf8');
    expect(ru).toContain('>Что дальше</h2>');
    expect(ru).toMatch(/data-step="georgia-close-up"[^>]*data-step-scene="georgia-close-up"/);
    expect(ru).toContain('<span class="figure" data-figure="test-armenia-multiple">в\u00a02,9\u00a0раза</span>');
  });
});
