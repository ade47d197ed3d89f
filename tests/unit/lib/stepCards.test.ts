import { describe, expect, it } from 'vitest';
import { stepAddress, stepCard, stepTexts, storyAtStep } from '../../../src/lib/stepCards';

const section = `---
order: 4
title: Around Kazakhstan
---

<Step id="detour" scene="detour-overview">
So Russian carriers began to drive *around* Kazakhstan, Matyagin said.

A second paragraph with <Figure id="georgia-2022" /> in it.
</Step>

Text between steps is no step's.

<Step scene="via-china">
Through **China**.
</Step>
`;

describe('stepTexts(source, figureText)', () => {
  const texts = stepTexts(section, (id) => (id === 'georgia-2022' ? '$652 million' : '?'));
  it('gives each step its plain text, paragraphs joined, figures as the page prints them', () => {
    expect(texts.get('detour')).toBe('So Russian carriers began to drive around Kazakhstan, Matyagin said. A second paragraph with $652 million in it.');
  });
  it('names a step without an id by its scene, and leaves out text between steps', () => {
    expect([...texts.keys()]).toEqual(['detour', 'via-china']);
    expect(texts.get('via-china')).toBe('Through China.');
  });
});

describe('stepCard(input)', () => {
  const picture = { png: '/ru/pictures/detour-china.png', alt: 'Карта региона', width: 1200, height: 900 };
  it('titles the card with its chapter and the story, describes it with its text and shows its picture', () => {
    const card = stepCard({ prefix: 'ru', step: 'via-china', chapterTitle: 'Через Китай', storyTitle: 'В обход Казахстана', storyFullTitle: 'В обход Казахстана: полностью', text: 'Через Китай.', picture });
    expect(card).toEqual({
      title: 'Через Китай — В обход Казахстана',
      description: 'Через Китай.',
      image: '/ru/pictures/detour-china.png',
      imageAlt: 'Карта региона',
      imageSize: { width: 1200, height: 900 },
      address: '/ru/step/via-china/',
      story: '/ru/#via-china',
    });
  });
  it('uses the story\'s full title where the chapter bears the story\'s name, not the name twice', () => {
    const card = stepCard({ prefix: '', step: 'detour', chapterTitle: 'Around Kazakhstan', storyTitle: 'Around Kazakhstan', storyFullTitle: 'Around Kazakhstan: new roads', text: '', picture });
    expect(card.title).toBe('Around Kazakhstan: new roads');
  });
});

describe('stepAddress(prefix, id) and storyAtStep(prefix, id)', () => {
  it('put the default edition at the root and another under its prefix', () => {
    expect(stepAddress('', 'hub')).toBe('/step/hub/');
    expect(stepAddress('ru', 'hub')).toBe('/ru/step/hub/');
    expect(storyAtStep('', 'hub')).toBe('/#hub');
    expect(storyAtStep('ru', 'hub')).toBe('/ru/#hub');
  });
});
