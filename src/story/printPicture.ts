/**
 * Print shows the whole picture, not the scroll position (bars at their 2022 values, the fullest map scene): while
 * printing, the draw loop draws that instead, since layout changes may trigger redraws.
 */
import type { DrawLoop } from './drawLoop';

export function printWholePicture(loop: DrawLoop, drawWhole: () => void, afterPrint: () => void): void {
  window.addEventListener('beforeprint', () => {
    loop.hold(drawWhole);
    drawWhole();
  });
  window.addEventListener('afterprint', () => {
    loop.hold(null);
    afterPrint();
    loop.redrawAll();
  });
}
