import { describe, expect, it } from 'vitest';
import { minBarHeight, panelSize, surgeLabel, surgePanelLayout, type SurgePanel } from '../../../../src/charts/exportSurge/layout';
import { describeChange } from '../../../../src/lib/surgePanels';

const semiconductors: SurgePanel = {
  id: 'semiconductors', label: 'Advanced semiconductors', measure: '', unit: 'usd',
  value2021: 12000, value2022: 3.7e6, qualifier2021: 'about', change: 'more than 300 times',
};
const washingMachines: SurgePanel = {
  id: 'washing-machines', label: 'Washing machines', measure: '', unit: 'count',
  value2021: 0, value2022: 100000, qualifier2022: 'almost', change: 'from none',
};

describe('surgePanelLayout(panel, size, growth)', () => {
  it('draws bar heights proportional to the values on a scale from zero', () => {
    const allGoods: SurgePanel = { ...semiconductors, value2021: 7.02e9, value2022: 8.78e9, qualifier2021: undefined };
    const [bar2021, bar2022] = surgePanelLayout(allGoods, panelSize, 1, 'en').bars;
    expect(bar2021.height / bar2022.height).toBeCloseTo(7.02 / 8.78, 5);
    expect(bar2021.y + bar2021.height).toBe(bar2022.y + bar2022.height);
  });
  it('grows the 2022 bar from the 2021 value (just after growth 0) to the 2022 value (growth 1)', () => {
    const allGoods: SurgePanel = { ...semiconductors, value2021: 7.02e9, value2022: 8.78e9, qualifier2021: undefined };
    const heightAt = (growth: number) => surgePanelLayout(allGoods, panelSize, growth, 'en').bars[1].height;
    const full = heightAt(1);
    expect(heightAt(1e-6)).toBeCloseTo(surgePanelLayout(allGoods, panelSize, 0, 'en').bars[0].height, 3);
    expect(heightAt(0.5) / full).toBeCloseTo((7.02e9 + (8.78e9 - 7.02e9) / 2) / 8.78e9, 5);
  });
  it('leaves the 2022 column empty at growth 0, so the 2021 state reads as 2021 alone', () => {
    for (const panel of [semiconductors, washingMachines]) {
      const [bar2021, bar2022] = surgePanelLayout(panel, panelSize, 0, 'en').bars;
      expect(bar2021.shown).toBe(true);
      expect(bar2022).toMatchObject({ shown: false, height: 0, label: '' });
    }
  });
  it('shows the change, a 2022 figure, only once the 2022 bar stands at its reported value', () => {
    for (const panel of [semiconductors, washingMachines]) {
      expect([0, 0.5, 0.999, 1].map((growth) => surgePanelLayout(panel, panelSize, growth, 'en').changeShown)).toEqual([false, false, false, true]);
    }
  });
  it('keeps a tiny 2021 value visible (at least minBarHeight) and labelled', () => {
    const [bar2021] = surgePanelLayout(semiconductors, panelSize, 1, 'en').bars;
    expect(bar2021.height).toBe(minBarHeight);
    expect(bar2021.label).toBe('about $12,000');
  });
  it('draws no bar for zero and labels it "none"', () => {
    const [bar2021, bar2022] = surgePanelLayout(washingMachines, panelSize, 1, 'en').bars;
    expect(bar2021).toMatchObject({ height: 0, label: 'none' });
    expect(bar2022.label).toBe('almost 100,000');
  });
  it('fits a narrow panel: every bar inside the width, at least 1px wide', () => {
    for (const width of [80, 140, 320]) {
      for (const bar of surgePanelLayout(semiconductors, { width, height: 120 }, 0.5, 'en').bars) {
        expect(bar.width).toBeGreaterThanOrEqual(1);
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
      }
    }
  });
  it('clamps growth outside 0–1', () => {
    expect(surgePanelLayout(semiconductors, panelSize, 3, 'en').bars[1].value).toBe(3.7e6);
    expect(surgePanelLayout(semiconductors, panelSize, -1, 'en').bars[1].value).toBe(12000);
  });
});

describe('bar labels: a reported value or nothing', () => {
  const labelsAt = (panel: SurgePanel, growth: number) => surgePanelLayout(panel, panelSize, growth, 'en').bars.map((bar) => bar.label);
  it('labels the 2021 bar with its reported value and leaves the 2022 bar unlabelled at growth 0', () => {
    expect(labelsAt(semiconductors, 0)).toEqual(['about $12,000', '']);
    expect(labelsAt(washingMachines, 0)).toEqual(['none', '']);
  });
  it('prints no number on a growing 2022 bar, however close to its value', () => {
    for (const growth of [1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 0.999999]) {
      expect(labelsAt(semiconductors, growth)).toEqual(['about $12,000', '']);
      expect(labelsAt(washingMachines, growth)).toEqual(['none', '']);
      expect(surgePanelLayout(washingMachines, panelSize, growth, 'en').bars[1].shown).toBe(true);
    }
  });
  it('prints the reported 2022 value with its qualifier once the bar reaches it (growth 1, or beyond)', () => {
    expect(labelsAt(semiconductors, 1)).toEqual(['about $12,000', '$3.7m']);
    expect(labelsAt(washingMachines, 1)).toEqual(['none', 'almost 100,000']);
    expect(labelsAt(washingMachines, 3)).toEqual(['none', 'almost 100,000']);
  });
});

describe('surgeLabel(panel, value, qualifier)', () => {
  it('writes compact dollars with every reported digit, counts with thousands, the qualifier first', () => {
    expect(surgeLabel(semiconductors, 575.1e6, undefined, 'en')).toBe('$575.1m');
    expect(surgeLabel(semiconductors, 8.78e9, undefined, 'en')).toBe('$8.78bn');
    expect(surgeLabel(semiconductors, 12000, 'about', 'en')).toBe('about $12,000');
    expect(surgeLabel(washingMachines, 100000, 'almost', 'en')).toBe('almost 100,000');
    expect(surgeLabel(washingMachines, 0, undefined, 'en')).toBe('none');
  });
});

describe('describeChange(value2021, value2022)', () => {
  it('writes percentages below doubling, multiples above, "from none" from zero', () => {
    expect(describeChange(7.02e9, 8.78e9, 'en')).toBe('+25%');
    expect(describeChange(30.7e6, 575.1e6, 'en')).toBe('×18.7');
    expect(describeChange(0, 100000, 'en')).toBe('from none');
    expect(describeChange(100, 69, 'en')).toBe('−31%');
  });
});
