import { describe, expect, it } from 'vitest';
import { citationErrors, editDistance, unknownIdMessage } from '../../../src/lib/contentRules';

describe('citationErrors', () => {
  it('names the figure and the missing source, and lists valid sources', () => {
    const errors = citationErrors([{ id: 'a', source: 'nope' }, { id: 'b', source: 'ok' }], new Set(['ok']));
    expect(errors).toEqual([
      'content/data/figures.json: figure "a" cites source "nope", which is not in content/data/sources.json. Valid sources: ok.',
    ]);
  });
  it('gives the line and the closest source id when it knows them', () => {
    const [error] = citationErrors([{ id: 'a', source: 'kursiv-2023-04-81' }], new Set(['kursiv-2023-04-18', 'tass']), new Map([['a', 4]]));
    expect(error).toBe('content/data/figures.json:4: figure "a" cites source "kursiv-2023-04-81", which is not in content/data/sources.json. Did you mean "kursiv-2023-04-18"? Valid sources: kursiv-2023-04-18, tass.');
  });
});

describe('unknownIdMessage', () => {
  it('suggests the closest valid id for a typo', () => {
    expect(unknownIdMessage('scene', 'border-close', ['border-closes', 'detour-china'])).toBe(
      'Unknown scene "border-close". Did you mean "border-closes"? Valid scenes: border-closes, detour-china.',
    );
  });
  it('gives no suggestion when nothing is close', () => {
    expect(unknownIdMessage('figure id', 'zzz', ['washing-machines-2022'])).toBe(
      'Unknown figure id "zzz". Valid figure ids: washing-machines-2022.',
    );
  });
});

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
