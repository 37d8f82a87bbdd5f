import { useEffect, useRef, useState } from 'react';
// Before uPlot, which reads navigator.language as it loads (see the guard).
import { restoreNavigatorLanguage } from './navigator-language-guard.ts';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartColours, onColourSchemeChange } from './chart-colours.ts';
import { hourlyChartOptions } from './hourly-chart-options.ts';
import './chart.css';

export type HourlyBarChartProps = {
  /** One value per bar (24 for a day's hours). */
  values: readonly number[];
  /** One label per value ("08:00"). */
  labels: readonly string[];
  /** The chart's accessible name. The caller gives the figures as text too (a table). */
  label: string;
  /** How a value reads on the y axis; keep it stable (useCallback) to avoid redrawing. */
  formatValue: (value: number) => string;
  /** In CSS pixels; the width follows the container. */
  height?: number;
};

restoreNavigatorLanguage();

const DEFAULT_HEIGHT = 220;
const bars = uPlot.paths.bars?.({ size: [0.7, 48], align: 0 });

/**
 * A bar chart drawn by uPlot, as wide as its container. The only module that loads uPlot: the
 * reports screen imports it lazily, so uPlot stays out of the first bundle.
 */
export function HourlyBarChart({
  values,
  labels,
  label,
  formatValue,
  height = DEFAULT_HEIGHT,
}: HourlyBarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scheme, setScheme] = useState(0);

  useEffect(() => onColourSchemeChange(() => setScheme((count) => count + 1)), []);

  useEffect(() => {
    const element = box.current;
    if (!element || !bars) return;
    const plot = new uPlot(
      hourlyChartOptions({
        width: Math.max(element.clientWidth, 1),
        height,
        colours: chartColours(element),
        labels,
        formatValue,
        bars,
      }),
      [labels.map((_, index) => index), [...values]],
      element,
    );
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== plot.width) plot.setSize({ width, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [values, labels, formatValue, height, scheme]);

  return <div ref={box} className="hourly-chart" role="img" aria-label={label} />;
}

export default HourlyBarChart;
