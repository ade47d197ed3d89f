import { describe, expect, it } from 'vitest';
import { minBarHeight, panelSize, surgeLabel, surgePanelLayout, type SurgePanel } from '../../../../src/charts/exportSurge/layout';
import { describeChange } from '../../../../src/charts/exportSurge/data';

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
    const [bar2021, bar2022] = surgePanelLayout(allGoods, panelSize, 1).bars;
    expect(bar2021.height / bar2022.height).toBeCloseTo(7.02 / 8.78, 5);
    expect(bar2021.y + bar2021.height).toBe(bar2022.y + bar2022.height);
  });
  it('grows the 2022 bar from the 2021 value (growth 0) to the 2022 value (growth 1)', () => {
    const heightAt = (growth: number) => surgePanelLayout(semiconductors, panelSize, growth).bars[1].height;
    const full = heightAt(1);
    expect(heightAt(0)).toBe(surgePanelLayout(semiconductors, panelSize, 0).bars[0].height);
    expect(heightAt(0.5) / full).toBeCloseTo((12000 + (3.7e6 - 12000) / 2) / 3.7e6, 5);
  });
  it('keeps a tiny 2021 value visible (at least minBarHeight) and labelled', () => {
    const [bar2021] = surgePanelLayout(semiconductors, panelSize, 1).bars;
    expect(bar2021.height).toBe(minBarHeight);
    expect(bar2021.label).toBe('about $12,000');
  });
  it('draws no bar for zero and labels it "none"', () => {
    const [bar2021, bar2022] = surgePanelLayout(washingMachines, panelSize, 1).bars;
    expect(bar2021).toMatchObject({ height: 0, label: 'none' });
    expect(bar2022.label).toBe('almost 100,000');
  });
  it('fits a narrow panel: every bar inside the width, at least 1px wide', () => {
    for (const width of [80, 140, 320]) {
      for (const bar of surgePanelLayout(semiconductors, { width, height: 120 }, 0.5).bars) {
        expect(bar.width).toBeGreaterThanOrEqual(1);
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
      }
    }
  });
  it('clamps growth outside 0–1', () => {
    expect(surgePanelLayout(semiconductors, panelSize, 3).bars[1].value).toBe(3.7e6);
    expect(surgePanelLayout(semiconductors, panelSize, -1).bars[1].value).toBe(12000);
  });
});

describe('surgeLabel(panel, value)', () => {
  it('counts in rounded steps while growing', () => {
    expect(surgeLabel(semiconductors, 1_234_567)).toBe('$1.23m');
    expect(surgeLabel(washingMachines, 50_000.4)).toBe('50,000');
  });
});

describe('describeChange(value2021, value2022)', () => {
  it('writes percentages below doubling, multiples above, "from none" from zero', () => {
    expect(describeChange(7.02e9, 8.78e9)).toBe('+25%');
    expect(describeChange(30.7e6, 575.1e6)).toBe('×18.7');
    expect(describeChange(0, 100000)).toBe('from none');
    expect(describeChange(100, 69)).toBe('−31%');
  });
});
