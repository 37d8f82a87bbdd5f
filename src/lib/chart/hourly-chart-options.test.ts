import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import {
  barLabels,
  hourlyChartOptions,
  valueAxisSize,
  valueRange,
} from './hourly-chart-options.ts';

const labels = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);
const bars: uPlot.Series.PathBuilder = () => null;

describe('hourlyChartOptions', () => {
  it('draws one bar per hour in the page’s colours, at the given size, with no legend', () => {
    const options = hourlyChartOptions({
      width: 358,
      height: 200,
      colours: { bar: '#c8102e', text: '#b8b8b0', grid: '#3a3a3a' },
      labels,
      formatValue: String,
      bars,
    });
    expect(options).toMatchObject({ width: 358, height: 200, legend: { show: false } });
    expect(options.series[1]).toMatchObject({ fill: '#c8102e', paths: bars });
    expect(options.axes?.map((axis) => axis.stroke)).toEqual(['#b8b8b0', '#b8b8b0']);
    expect(options.axes?.[1]?.grid).toMatchObject({ stroke: '#3a3a3a' });
    expect(options.scales?.x?.range).toEqual([-0.5, 23.5]);
  });
});

describe('the axes', () => {
  it('label the bars with the hours', () => {
    expect(barLabels(labels, [0, 3, 6, 21])).toEqual(['00:00', '03:00', '06:00', '21:00']);
    expect(barLabels(labels, [24])).toEqual(['']);
  });

  it('start the y axis at zero and leave headroom above the highest bar', () => {
    expect(valueRange(1_000)).toEqual([0, 1_100]);
    expect(valueRange(0)).toEqual([0, 1]);
  });

  it('make the y axis wide enough for its longest value', () => {
    expect(valueAxisSize(['¥0.00', '¥12,345.00'])).toBeGreaterThan(valueAxisSize(['¥0.00']));
    expect(valueAxisSize(null)).toBeGreaterThan(0);
  });
});
