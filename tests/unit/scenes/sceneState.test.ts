import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SceneSchema, type Scene } from '../../../src/schemas/scene';
import { chartGrowth, restingMap, sceneForStep, type StoryStep } from '../../../src/scenes/sceneState';

const scenes = new Map<string, Scene>(
  (JSON.parse(readFileSync('content/data/scenes.json', 'utf8')) as unknown[]).map((row) => {
    const scene = SceneSchema.parse(row);
    return [scene.id, scene];
  }),
);
const steps: StoryStep[] = [
  { id: 'hub', scene: 'surge-2021' },
  { id: 'supply-grows', scene: 'surge-grows' },
  { id: 'border-closes', scene: 'border-closes' },
];

describe('sceneForStep(steps, scenes, {step, progress})', () => {
  it('returns the scene the step names, with both visuals fully described', () => {
    const state = sceneForStep(steps, scenes, { step: 2, progress: 0.5 });
    expect(state).toMatchObject({ step: 'border-closes', stepIndex: 2, scene: 'border-closes', visual: 'map', progress: 0.5 });
    expect(state.map.closed.length).toBeGreaterThan(0);
    expect(state.chart).toEqual({ highlight: null, growth: 1 });
  });
  it('grows the chart with progress only in a "progress" scene', () => {
    expect(sceneForStep(steps, scenes, { step: 1, progress: 0 }).chart.growth).toBe(0);
    expect(sceneForStep(steps, scenes, { step: 1, progress: 0.25 }).chart.growth).toBe(0.25);
    expect(sceneForStep(steps, scenes, { step: 1, progress: 1 }).chart.growth).toBe(1);
    expect(sceneForStep(steps, scenes, { step: 0, progress: 0.9 }).chart.growth).toBe(0);
  });
  it('is a function of its arguments: the same position gives an equal state, whatever came before', () => {
    const direct = sceneForStep(steps, scenes, { step: 1, progress: 0.6 });
    sceneForStep(steps, scenes, { step: 2, progress: 1 });
    expect(sceneForStep(steps, scenes, { step: 1, progress: 0.6 })).toEqual(direct);
  });
  it('clamps out-of-range steps and progress instead of failing mid-scroll', () => {
    expect(sceneForStep(steps, scenes, { step: -3, progress: -1 })).toMatchObject({ stepIndex: 0, progress: 0 });
    expect(sceneForStep(steps, scenes, { step: 99, progress: 7 })).toMatchObject({ stepIndex: 2, progress: 1 });
    expect(sceneForStep(steps, scenes, { step: Number.NaN, progress: Number.NaN })).toMatchObject({ stepIndex: 0, progress: 0 });
  });
  it("has the map wait, while the chart is in front, in the next map scene's state without its trucks", () => {
    const waiting = sceneForStep(steps, scenes, { step: 0, progress: 0.3 }).map;
    const next = sceneForStep(steps, scenes, { step: 2, progress: 0 }).map;
    expect(waiting).toMatchObject({ framing: 'border-closes', trucks: 'none', truckProgress: 0.3 });
    // The same lists, not copies: the map sees no change of routes, places or countries when the swap comes.
    for (const key of ['routes', 'places', 'closed', 'countries'] as const) expect(waiting[key]).toBe(next[key]);
    expect(next.trucks).not.toBe('none');
  });
  it("has the map wait in the last map scene's state after the last map step, and rest on Kazakhstan in a story without one", () => {
    const mapThenChart: StoryStep[] = [{ id: 'border-closes', scene: 'border-closes' }, { id: 'hub', scene: 'surge-2021' }];
    expect(sceneForStep(mapThenChart, scenes, { step: 1, progress: 0 }).map.framing).toBe('border-closes');
    const chartOnly: StoryStep[] = [{ id: 'hub', scene: 'surge-2021' }];
    expect(sceneForStep(chartOnly, scenes, { step: 0, progress: 0 }).map).toMatchObject({ ...restingMap, truckProgress: 0 });
  });
  it('fails loudly on a step whose scene is unknown', () => {
    expect(() => sceneForStep([{ id: 'a', scene: 'nope' }], scenes, { step: 0, progress: 0 })).toThrow('unknown scene "nope"');
  });
});

describe('chartGrowth(chart, progress)', () => {
  it('pins "2021" to 0 and "2022" to 1', () => {
    expect(chartGrowth({ grow: '2021', highlight: null }, 0.7)).toBe(0);
    expect(chartGrowth({ grow: '2022', highlight: null }, 0.2)).toBe(1);
  });
});

describe('SceneSchema', () => {
  it('rejects a map scene without map state', () => {
    const result = SceneSchema.safeParse({ id: 'x', label: 'X', visual: 'map', chart: { grow: '2022' } });
    expect(result.error?.issues[0]?.message).toMatchInlineSnapshot(
      `"a scene needs the state of the visual it shows: add "chart" for visual "chart", "map" for visual "map""`,
    );
  });
});
