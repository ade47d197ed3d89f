import { describe, expect, it } from 'vitest';
import { readStorySteps, storySteps } from '../../../src/lib/storySteps';

describe('storySteps(files)', () => {
  it('gives the steps in reading order: sections by their frontmatter order, then file name', () => {
    const section = (order: number, body: string) => `---\norder: ${order}\ntitle: "T"\n---\n\n${body}\n`;
    expect(storySteps([
      { path: 'b.mdx', text: section(2, '<Step scene="s3">x</Step>') },
      { path: 'c.mdx', text: section(1, '<Step id="two" scene="s2">x</Step>') },
      { path: 'a.mdx', text: section(1, '<Step scene="s1">x</Step>') },
    ])).toEqual([{ id: 's1', scene: 's1' }, { id: 'two', scene: 's2' }, { id: 's3', scene: 's3' }]);
  });
});

describe('readStorySteps(folder)', () => {
  it('reads both editions of the story alike: the same scenes in the same order', () => {
    const en = readStorySteps('content/story');
    expect(en.length).toBeGreaterThan(0);
    expect(readStorySteps('content/story/ru').map((step) => step.scene)).toEqual(en.map((step) => step.scene));
  });
});
