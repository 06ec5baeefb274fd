// A small uPlot bar chart; a click on a bar reports its index (for drill-down). The table next to each chart
// carries the same figures for keyboards and screen readers.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarChartProps {
  /** x values in seconds since 1970 (uPlot's time scale), one per bucket, evenly spaced. */
  x: number[];
  /** The bucket each bar stands for, in seconds (a day, a week): ticks fall on buckets, never between them. */
  step: number;
  y: number[];
  label: string;
  color?: string;
  height?: number;
  onPick?: (index: number) => void;
}

/** The top of the count axis: 1, 2, 5, 10, 20... at or above the highest bar, so the top tick is labelled. */
function niceCeil(max: number): number {
  for (let power = 1; ; power *= 10) for (const k of [1, 2, 5]) if (k * power >= max) return k * power;
}

/** Room one tick label needs, in CSS pixels. */
const TICK_SPACE = 64;

/** At most `fit` of the values, evenly picked, the first always among them. */
function everyNth(values: number[], fit: number): number[] {
  const k = Math.max(1, Math.ceil(values.length / Math.max(1, Math.floor(fit))));
  return values.filter((_, i) => i % k === 0);
}

/** "5 Oct", with the year under the first tick and wherever it changes. */
function dayLabels(splits: number[]): string[] {
  let year: number | undefined;
  return splits.map((sec) => {
    const d = new Date(sec * 1000);
    const label = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    if (d.getUTCFullYear() === year) return label;
    year = d.getUTCFullYear();
    return `${label}\n${year}`;
  });
}

export function BarChart({ x, y, step, label, color = '#0b57d0', height = 160, onPick }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const plot = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height,
        legend: { show: false },
        cursor: { points: { show: false }, drag: { x: false, y: false } },
        // Half a bucket either side, so the first and last bars are whole.
        scales: { x: { time: true, range: (_u, min, max) => [min - step / 2, max + step / 2] }, y: { range: (_u, _min, max) => [0, niceCeil(max)] } },
        axes: [
          // Ticks on the buckets themselves (a week starts on a Monday, which round multiples of 7 days miss).
          { stroke: '#57606a', grid: { show: false }, splits: (u) => everyNth(x, u.bbox.width / devicePixelRatio / TICK_SPACE), values: (_u, splits) => dayLabels(splits) },
          { stroke: '#57606a', size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
        ],
        series: [{}, { label, stroke: color, fill: `${color}cc`, paths: bars, points: { show: false } }],
      },
      // An empty bucket is a gap, not a zero-height bar (which uPlot would still outline).
      [x, y.map((v) => v || null)],
      el,
    );
    const click = () => {
      const i = plot.cursor.idx;
      if (i != null && y[i] > 0) pick.current?.(i);
    };
    plot.over.addEventListener('click', click);
    plot.over.style.cursor = onPick ? 'pointer' : 'default';
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, y, step, label, color, height, onPick === undefined]);

  return <div ref={box} className="chart" role="img" aria-label={`${label}: bar chart`} />;
}
