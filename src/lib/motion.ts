/**
 * The reader's motion preference: the system's `prefers-reduced-motion`, unless they used the on-page switch,
 * which is remembered for the visit (sessionStorage).
 */
const storageKey = 'around-kazakhstan:reduce-motion';

export function readReducedMotion(): boolean {
  try {
    const stored = sessionStorage.getItem(storageKey);
    if (stored !== null) return stored === 'true';
  } catch {
    // Storage can be blocked (private modes, sandboxed iframes): fall back to the system setting.
  }
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function storeReducedMotion(reduce: boolean): void {
  try {
    sessionStorage.setItem(storageKey, String(reduce));
  } catch {
    // Not remembered, but still applied for this page view.
  }
}

/** Moves `current` toward `target` over roughly `durationMs`, frame-rate independent. */
export function approach(current: number, target: number, elapsedMs: number, durationMs = 350): number {
  const remaining = target - current;
  if (Math.abs(remaining) < 0.002) return target;
  return current + remaining * (1 - Math.exp((-4 * elapsedMs) / durationMs));
}
