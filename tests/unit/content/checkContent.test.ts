import { describe, expect, it } from 'vitest';
import { checkContent, arrayElementLines } from '../../../src/lib/contentCheck';
import { contentFiles, withEdit } from '../../helpers/contentSandbox';

const files = contentFiles();

describe('checkContent(files) on the real content', () => {
  it('finds nothing wrong and counts what is there', () => {
    const report = checkContent(files);
    expect(report.errors).toEqual([]);
    expect(report.summary.sections).toBeGreaterThanOrEqual(6);
    expect(report.summary.steps).toBeGreaterThan(8);
  });
});

describe('checkContent(files) names the file, the line, what is wrong and the valid choices', () => {
  it('an unknown scene id', () => {
    const broken = withEdit(files, 'content/story/03-the-border-closes.mdx', (text) => text.replace('scene="border-closes"', 'scene="border-close"'));
    expect(checkContent(broken).errors).toEqual([
      expect.stringMatching(/^content\/story\/03-the-border-closes\.mdx:6: <Step scene="border-close">: Unknown scene "border-close"\. Did you mean "border-closes"\? Valid scenes: border-closes, detour-armenia, /),
    ]);
  });
  it('an unknown figure id', () => {
    const broken = withEdit(files, 'content/story/01-the-hub.mdx', (text) => text.replace('<Figure id="washing-machines-2022" />', '<Figure id="washing-machine-2022" />'));
    expect(checkContent(broken).errors).toEqual([
      expect.stringMatching(/^content\/story\/01-the-hub\.mdx:\d+: <Figure id="washing-machine-2022" \/>: Unknown figure id "washing-machine-2022"\. Did you mean "washing-machines-2022"\? Valid figure ids: .*zabaykalsk-queue-trucks\.$/),
    ]);
  });
  it('a malformed data row', () => {
    const broken = withEdit(files, 'content/data/figures.json', (text) => text.replace('"value": 3700000,', '"value": "3.7 million",'));
    expect(checkContent(broken).errors).toEqual([
      'content/data/figures.json:7: entry "semiconductors-2022", field "value": expected a number, found "3.7 million"',
    ]);
  });
  it('a data file that is not valid JSON', () => {
    const broken = withEdit(files, 'content/data/places.json', (text) => text.replace('entered Kazakhstan" },', 'entered Kazakhstan" }'));
    expect(checkContent(broken).errors[0]).toMatch(/^content\/data\/places\.json:3: not valid JSON \(.*\)\. Check for a missing comma or quote near this line\.$/);
  });
  it('a figure without a source, and one citing a source that does not exist', () => {
    const missing = withEdit(files, 'content/data/figures.json', (text) => text.replace(/(\{ "id": "georgia-exports-ru-2022".*), "source": "factcheck-ge-42012" \}/, '$1 }'));
    expect(checkContent(missing).errors).toEqual(['content/data/figures.json:19: entry "georgia-exports-ru-2022", field "source" is missing (expected text)']);
    const unknown = withEdit(files, 'content/data/figures.json', (text) => text.replace('"source": "caspian-news-2023-03-12"', '"source": "caspian-news"'));
    expect(checkContent(unknown).errors).toEqual([expect.stringMatching(/^content\/data\/figures\.json:6: figure "semiconductors-2021" cites source "caspian-news", which is not in content\/data\/sources\.json\. Valid sources: /)]);
  });
  it('a source without an address, and a figure whose source has no date', () => {
    const noAddress = withEdit(files, 'content/data/sources.json', (text) => text.replace('    "url": "https://thediplomat.com/2023/05/kazakhstan-moves-to-curtail-parallel-trade-to-russia/",\n', ''));
    expect(checkContent(noAddress).errors).toEqual([expect.stringMatching(/^content\/data\/sources\.json:\d+: source "the-diplomat-2023-05" has no address: add "url"/)]);
    const undated = withEdit(files, 'content/data/sources.json', (text) => text.replace(/("id": "factcheck-ge-42012"[\s\S]*?)\n    "date": "[^"]*",/, '$1'));
    expect(checkContent(undated).errors).toEqual(expect.arrayContaining([expect.stringMatching(/^content\/data\/figures\.json:19: figure "georgia-exports-ru-2022" cites source "factcheck-ge-42012", which has no date/)]));
  });
  it('a qualifier the source does not use, and a quote whose qualifier the figure drops', () => {
    const invented = withEdit(files, 'content/data/figures.json', (text) => text.replace(/(\{ "id": "georgia-exports-ru-2022".*"unit": "usd"),/, '$1, "qualifier": "about",'));
    expect(checkContent(invented).errors).toEqual([expect.stringMatching(/^content\/data\/figures\.json:19: figure "georgia-exports-ru-2022" prints "about", but its quote does not say it/)]);
    const dropped = withEdit(files, 'content/data/figures.json', (text) => text.replace(/(\{ "id": "washing-machines-2022".*?), "qualifier": "almost"/, '$1'));
    expect(checkContent(dropped).errors).toEqual([expect.stringMatching(/^content\/data\/figures\.json:5: figure "washing-machines-2022": its quote says "almost" before the number/)]);
  });
  it('a duplicate step id', () => {
    const broken = withEdit(files, 'content/story/04-the-detour.mdx', (text) => text.replace('<Step id="via-armenia"', '<Step id="via-georgia"'));
    expect(checkContent(broken).errors).toEqual([
      'content/story/04-the-detour.mdx:30: step id "via-georgia" is already used at content/story/04-the-detour.mdx:24. Step ids must be unique: give this step its own id="…".',
    ]);
  });
  it('a step id that is already a section\'s id', () => {
    const broken = withEdit(files, 'content/story/03-the-border-closes.mdx', (text) => text.replace('<Step id="border-closes"', '<Step id="the-hub"'));
    expect(checkContent(broken).errors).toEqual([
      'content/story/03-the-border-closes.mdx:6: step id "the-hub" is already used at content/story/01-the-hub.mdx (the section\'s own id). Step ids must be unique: give this step its own id="…".',
    ]);
  });
  it('an empty step', () => {
    const broken = withEdit(files, 'content/story/03-the-border-closes.mdx', (text) => `${text}\n<Step id="again" scene="border-closes">\n\n</Step>\n`);
    expect(checkContent(broken).errors).toEqual([
      expect.stringMatching(/^content\/story\/03-the-border-closes\.mdx:\d+: <Step scene="border-closes"> is empty: write the text the reader sees at this step/),
    ]);
  });
  it('every mistake at once, not only the first', () => {
    let broken = withEdit(files, 'content/story/03-the-border-closes.mdx', (text) => text.replace('scene="border-closes"', 'scene="nope"'));
    broken = withEdit(broken, 'content/data/figures.json', (text) => text.replace('"unit": "km"', '"unit": "miles"'));
    broken = withEdit(broken, 'content/story/05-the-carrots.mdx', (text) => text.replace('order: 5', 'order: five'));
    const errors = checkContent(broken).errors;
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toContain('content/story/05-the-carrots.mdx:2: frontmatter "order"');
    expect(errors.join('\n')).toContain('field "unit": Invalid option: expected one of "usd"|"eur"|"count"|"percent-change"|"multiple"|"km"');
  });
});

describe('arrayElementLines(text)', () => {
  it('gives the line each top-level row starts on, ignoring brackets in strings', () => {
    expect(arrayElementLines('[\n  { "a": "[{" },\n  {\n    "b": 1 }\n]')).toEqual([2, 3]);
  });
});
