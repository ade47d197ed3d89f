/**
 * The story's chart follows the scroll eased: its bars approach the growth the scroll position gives over some
 * 350 ms, so a jump grows them rather than snapping; under reduced motion they snap.
 */
import type { SceneState } from '../scenes/sceneState';
import { approach } from '../lib/motion';

/** The chart's part of a scene state: how far its bars have grown, and the panel it highlights. */
type ChartState = SceneState['chart'];

export function createEasedChart(drawChart: (state: ChartState) => void, reduceMotion: () => boolean) {
  let shownGrowth: number | null = null;
  return {
    /** Draws the chart a step closer to `chart`; true while it is still on its way. */
    draw(chart: ChartState, elapsedMs: number): boolean {
      shownGrowth = reduceMotion() || shownGrowth === null ? chart.growth : approach(shownGrowth, chart.growth, elapsedMs);
      drawChart({ growth: shownGrowth, highlight: chart.highlight });
      return shownGrowth !== chart.growth;
    },
    /** The next draw snaps to its state (after print). */
    reset() {
      shownGrowth = null;
    },
    /** The whole picture, for print: every bar at its 2022 value. */
    drawWhole() {
      drawChart({ growth: 1, highlight: null });
    },
  };
}
