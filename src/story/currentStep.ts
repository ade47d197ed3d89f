/** The step shown is marked `aria-current="step"`, and the step controls count it ("3 / 12"). */
export function createCurrentStep(stepElements: readonly HTMLElement[], stepCount: HTMLElement | null | undefined): (index: number) => void {
  /** The step marked current, as last written. */
  let current = -1;
  return (index) => {
    if (index === current) return;
    current = index;
    stepElements.forEach((element, i) => {
      if (i === index) element.setAttribute('aria-current', 'step');
      else element.removeAttribute('aria-current');
    });
    if (stepCount) stepCount.textContent = `${index + 1} / ${stepElements.length}`;
  };
}
