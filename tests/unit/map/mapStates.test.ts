import { describe, expect, it } from 'vitest';
import { elementStatesChanged, mapElementStates } from '../../../src/map/mapStates';
import type { MapScene } from '../../../src/schemas/scene';

const scene = (overrides: Partial<MapScene> = {}): MapScene => ({
  named: [],
  countries: ['Kazakhstan'],
  routes: ['khorgos'],
  places: ['astana'],
  closed: [],
  trucks: 'flow',
  ...overrides,
}) as MapScene;

describe('mapElementStates(scene, routes)', () => {
  it('fades 2022 routes to "past" once crossings close, and hides routes the scene does not name', () => {
    const routes = [{ id: 'khorgos', era: '2022' }, { id: 'via-iran', era: 'detour' }];
    expect(mapElementStates(scene(), routes).routes).toEqual(new Map([['khorgos', 'active'], ['via-iran', 'hidden']]));
    const closed = mapElementStates(scene({ routes: ['via-iran'], closed: ['kairak'] }), routes);
    expect(closed.routes).toEqual(new Map([['khorgos', 'past'], ['via-iran', 'active']]));
    expect(closed.places.get('kairak')).toBe('closed');
    expect(closed.places.get('astana')).toBe('marked');
    expect(closed.places.get('manzhouli')).toBe('hidden');
  });
});

describe('elementStatesChanged(previous, next)', () => {
  it('is true for the first scene and when any drawn list is another one', () => {
    const first = scene();
    expect(elementStatesChanged(null, first)).toBe(true);
    expect(elementStatesChanged(first, { ...first, routes: ['via-iran'] })).toBe(true);
    expect(elementStatesChanged(first, { ...first, closed: ['kairak'] })).toBe(true);
    expect(elementStatesChanged(first, { ...first, countries: [] })).toBe(true);
  });
  it('is false for the same scene drawn again, whatever its trucks or zoom limit', () => {
    const first = scene();
    expect(elementStatesChanged(first, { ...first, trucks: 'queue', maxZoom: 5 })).toBe(false);
  });
});
