import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../../src/lib/mdxScan';
import { storyErrors, sceneErrors } from '../../../src/lib/contentRules';

const ids = { scenes: new Set(['border-closes', 'detour-china']), figures: new Set(['washing-machines-2022']) };

describe('scanMdx(source)', () => {
  it('finds steps and figures with their lines; a step id defaults to its scene', () => {
    const scan = scanMdx('---\norder: 1\n---\n\n<Step scene="border-closes">\nText <Figure id="washing-machines-2022" />.\n</Step>\n<Step id="again" scene="border-closes">More</Step>\n');
    expect(scan.steps).toEqual([
      { id: 'border-closes', scene: 'border-closes', line: 5, empty: false },
      { id: 'again', scene: 'border-closes', line: 8, empty: false },
    ]);
    expect(scan.figures).toEqual([{ id: 'washing-machines-2022', line: 6 }]);
    expect(scan.problems).toEqual([]);
  });
  it('reports empty, unclosed and unquoted steps', () => {
    expect(scanMdx('<Step scene="a">\n\n</Step>').steps[0]?.empty).toBe(true);
    expect(scanMdx('<Step scene="a" />').steps[0]?.empty).toBe(true);
    expect(scanMdx('\n<Step scene="a">text').problems).toEqual([{ line: 2, message: '<Step> is never closed: add </Step> after its text.' }]);
    expect(scanMdx('<Figure id={x} />').problems[0]?.message).toBe('<Figure> attribute id={x}: write it in quotes, id="…".');
    expect(scanMdx('text\n\n<Step id="a">\nx\n</Step>').problems).toEqual([{ line: 3, message: '<Step> needs a scene="…" attribute: <Step id="a">' }]);
  });
  it('reads MDX as the build does: tags in comments and code are not tags, and what MDX cannot parse is named with its line', () => {
    const scan = scanMdx('---\norder: 2\n---\n\n{/* <Step scene="old"></Step> */}\n\n```\n<Figure id="code" />\n```\n\n<Step scene="a">x</Step>\n');
    expect(scan.frontmatter).toBe('order: 2');
    expect(scan.steps.map((step) => step.scene)).toEqual(['a']);
    expect(scan.figures).toEqual([]);
    expect(scanMdx('Intro\n\n<Step scene="a">\nSee <Figure id="b">\n</Step>').problems).toEqual([{ line: 4, message: '<Figure> is never closed: add </Figure> after its text.' }]);
    expect(scanMdx('One\n\nTwo <3 three').problems).toEqual([{ line: 3, message: 'MDX cannot read this: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)' }]);
  });
});

describe('storyErrors(files, ids)', () => {
  it('reports every mistake with file and line, not only the first', () => {
    const files = [
      { path: 'content/story/a.mdx', scan: scanMdx('<Step scene="border-close">x</Step>\n<Figure id="nope" />') },
      { path: 'content/story/b.mdx', scan: scanMdx('<Step scene="detour-china">x</Step>\n<Step scene="detour-china"></Step>') },
    ];
    expect(storyErrors(files, ids)).toEqual([
      'content/story/a.mdx:2: <Figure id="nope" />: Unknown figure id "nope". Valid figure ids: washing-machines-2022.',
      'content/story/a.mdx:1: <Step scene="border-close">: Unknown scene "border-close". Did you mean "border-closes"? Valid scenes: border-closes, detour-china.',
      'content/story/b.mdx:2: <Step scene="detour-china"> is empty: write the text the reader sees at this step between <Step …> and </Step>.',
      'content/story/b.mdx:2: step id "detour-china" is already used at content/story/b.mdx:1. Step ids must be unique: give this step its own id="…".',
    ]);
  });
});

describe('sceneErrors(scenes, routes, ids)', () => {
  it('names the scene, the field and the valid choices', () => {
    const errors = sceneErrors(
      [{ id: 's', label: 'S', visual: 'map', map: { countries: [], named: [], routes: ['r', 'x'], places: ['p'], closed: ['q'], trucks: 'flow' } }],
      [{ id: 'r', name: 'R', era: 'detour', by: 'road', via: ['p', 'zz'] }],
      { places: new Set(['p']), surges: new Set() },
    );
    expect(errors).toEqual([
      'content/data/routes.json: route "r", via: Unknown place "zz". Valid places: p.',
      'content/data/scenes.json: scene "s", map.routes: Unknown route "x". Valid routes: r.',
      'content/data/scenes.json: scene "s", map.closed: Unknown place "q". Valid places: p.',
    ]);
  });
});
