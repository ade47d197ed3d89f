/**
 * The story's one hot path: at most once per animation frame, the latest scroll position becomes a scene state
 * (`sceneForStep`, pure) and is handed to `draw`, which only writes attributes. No layout reads here.
 */
import type { Scene } from '../schemas/scene';
import { sceneForStep, type SceneState, type ScrollPosition, type StoryStep } from '../scenes/sceneState';

/** Draws `next` (`previous`: the state last drawn, null after a reset); true while it needs another frame. */
export type DrawState = (next: SceneState, previous: SceneState | null, frame: { now: number; elapsed: number }) => boolean;

export interface DrawLoop {
  /** A position from the scroller; `inStory` is false above the first step. Draws in the next frame. */
  moveTo(position: ScrollPosition, inStory?: boolean): void;
  /** The position the page opens at, measured before the first draw; asks for no frame. */
  startAt(position: ScrollPosition, inStory: boolean): void;
  /** Draws now (the story's first draw). */
  draw(now: number): void;
  /** Asks for a frame (a new layout, a new renderer, the motion switch). */
  request(): void;
  /** Forgets the state drawn, so the next frame draws everything again (a new map renderer, after print). */
  redrawAll(): void;
  /** While set, each frame calls `instead` rather than drawing the scroll's state (print). */
  hold(instead: (() => void) | null): void;
  /** The state last drawn, or the state at the current position when none is drawn yet. */
  current(): SceneState;
  /** The state last drawn, if any. */
  drawn(): SceneState | null;
  /** Whether the reader has reached a step yet (above the story, the first step shows, but is not "reached"). */
  reached(): boolean;
}

export function createDrawLoop(steps: readonly StoryStep[], scenes: ReadonlyMap<string, Scene>, drawState: DrawState): DrawLoop {
  let position: ScrollPosition = { step: 0, progress: 0 };
  let reached = false;
  let state: SceneState | null = null;
  let frame = 0;
  let lastFrameAt = 0;
  let held: (() => void) | null = null;

  function draw(now: number) {
    frame = 0;
    if (held) return held();
    const elapsed = lastFrameAt ? now - lastFrameAt : 16;
    lastFrameAt = now;
    const previous = state;
    state = sceneForStep(steps, scenes, position);
    // Keep drawing while something eases toward the scroll position (the chart's growth, the camera's flight).
    if (drawState(state, previous, { now, elapsed })) request();
    else lastFrameAt = 0;
  }

  function request() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  return {
    moveTo(next, inStory = true) {
      // Above the story (the Home key): the first step's start, which is not a step reached.
      if (inStory) reached = true;
      position = next;
      // No DOM write here: the scroller's callbacks come between frames, and a write then made the next scroll
      // event's read of the scroll offset force a style and layout pass (scripts/bench.mjs, 4× CPU throttling).
      request();
    },
    startAt(next, inStory) {
      reached = inStory;
      position = next;
    },
    draw,
    request,
    redrawAll() {
      state = null;
      request();
    },
    hold(instead) {
      held = instead;
    },
    current: () => state ?? sceneForStep(steps, scenes, position),
    drawn: () => state,
    reached: () => reached,
  };
}
