import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { SceneSchema, type Scene } from '../../../src/schemas/scene';
import type { SceneState, StoryStep } from '../../../src/scenes/sceneState';
import { createDrawLoop } from '../../../src/story/drawLoop';

const rows = JSON.parse(readFileSync('content/data/scenes.json', 'utf8')) as unknown[];
const scenes = new Map<string, Scene>(rows.map((row) => SceneSchema.parse(row)).map((scene) => [scene.id, scene]));
const steps: StoryStep[] = [{ id: 'hub', scene: 'surge-2021' }, { id: 'border-closes', scene: 'border-closes' }];

/** Animation frames run by hand: `runFrame` calls what was asked for, at `now`. */
let frames: FrameRequestCallback[] = [];
const runFrame = (now: number) => {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(now));
};
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

describe('createDrawLoop(steps, scenes, draw)', () => {
  it('draws at most once per frame, the latest position, with the state it drew before', () => {
    const drawn: [string, string | undefined][] = [];
    const loop = createDrawLoop(steps, scenes, (next, previous) => {
      drawn.push([next.step, previous?.step]);
      return false;
    });
    loop.moveTo({ step: 0, progress: 0.2 });
    loop.moveTo({ step: 1, progress: 0.5 });
    expect(frames).toHaveLength(1);
    runFrame(16);
    expect(drawn).toEqual([['border-closes', undefined]]);
    loop.redrawAll();
    runFrame(32);
    expect(drawn.at(-1)).toEqual(['border-closes', undefined]);
  });

  it('asks for another frame while the draw is still on its way, with the time since the last frame', () => {
    const elapsed: number[] = [];
    let framesLeft = 2;
    const loop = createDrawLoop(steps, scenes, (_next, _previous, frame) => {
      elapsed.push(frame.elapsed);
      return --framesLeft > 0;
    });
    loop.moveTo({ step: 0, progress: 0 });
    runFrame(100);
    runFrame(120);
    expect(frames).toHaveLength(0);
    expect(elapsed).toEqual([16, 20]);
  });

  it('is "reached" once the reader is in the story, not above it; while held, draws what it is given instead', () => {
    let states = 0;
    const loop = createDrawLoop(steps, scenes, () => (states++, false));
    loop.startAt({ step: 0, progress: 0 }, false);
    expect(frames).toHaveLength(0);
    expect(loop.reached()).toBe(false);
    expect(loop.current().step).toBe('hub');
    loop.moveTo({ step: 1, progress: 0 });
    expect(loop.reached()).toBe(true);
    const instead = vi.fn();
    loop.hold(instead);
    runFrame(16);
    expect([instead.mock.calls.length, states, loop.drawn()]).toEqual([1, 0, null]);
    loop.hold(null);
    loop.request();
    runFrame(32);
    expect((loop.drawn() as SceneState).scene).toBe('border-closes');
  });
});
