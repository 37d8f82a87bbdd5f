import type uPlot from 'uplot';
import type { ChartColours } from './chart-colours.ts';

export type HourlyChartSetup = {
  width: number;
  height: number;
  colours: ChartColours;
  /** One label per bar ("08:00"); the x axis shows as many as fit. */
  labels: readonly string[];
  /** How a value reads on the y axis. */
  formatValue: (value: number) => string;
  /** uPlot.paths.bars, passed in so that this module stays free of uPlot's code. */
  bars: uPlot.Series.PathBuilder;
};

const FONT = '13px system-ui, sans-serif';
/** Roughly the width of a character of FONT, to size the y axis for its longest value. */
const CHAR_PX = 7.5;
/** Hours between x labels, smallest first: a phone shows every 3rd or 4th, a tablet every one. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 12];
const VALUE_STEPS = [1, 2, 5]
  .flatMap((step) => Array.from({ length: 12 }, (_, power) => step * 10 ** power))
  .sort((a, b) => a - b);

/** The x axis's text at each split: the label of that bar. */
export function barLabels(labels: readonly string[], splits: readonly number[]): string[] {
  return splits.map((split) => labels[split] ?? '');
}

/** The y scale: from zero, with a tenth of headroom above the highest bar. */
export function valueRange(max: number): uPlot.Range.MinMax {
  return [0, max > 0 ? max * 1.1 : 1];
}

/** The y axis's width in CSS pixels for its longest value. uPlot first asks with no values. */
export function valueAxisSize(values: readonly string[] | null | undefined): number {
  return Math.ceil(Math.max(4, ...(values ?? []).map((value) => value.length)) * CHAR_PX) + 14;
}

/** uPlot's options for a bar per label: no legend, no cursor, axes readable on a 390 px phone. */
export function hourlyChartOptions(setup: HourlyChartSetup): uPlot.Options {
  const { colours, labels, formatValue } = setup;
  const axis = {
    stroke: colours.text,
    font: FONT,
    grid: { stroke: colours.grid, width: 1 },
    ticks: { stroke: colours.grid, width: 1, size: 4 },
  };
  return {
    width: setup.width,
    height: setup.height,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, labels.length - 0.5] },
      y: { range: (_self, _min, max) => valueRange(max) },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        space: 40,
        incrs: HOUR_STEPS,
        values: (_self, splits) => barLabels(labels, splits),
      },
      {
        ...axis,
        space: 32,
        incrs: VALUE_STEPS,
        values: (_self, splits) => splits.map((split) => formatValue(split)),
        size: (_self, values: string[] | null) => valueAxisSize(values),
      },
    ],
    series: [
      {},
      {
        fill: colours.bar,
        stroke: colours.bar,
        width: 0,
        paths: setup.bars,
        points: { show: false },
      },
    ],
  };
}
