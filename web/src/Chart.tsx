// A small uPlot bar chart; a click on a bar reports its index (for drill-down). The table next to each chart
// carries the same figures for keyboards and screen readers.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarChartProps {
  /** x values in seconds since 1970 (uPlot's time scale). */
  x: number[];
  y: number[];
  label: string;
  color?: string;
  height?: number;
  onPick?: (index: number) => void;
}

export function BarChart({ x, y, label, color = '#0b57d0', height = 160, onPick }: BarChartProps) {
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
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{ stroke: '#57606a', grid: { show: false } }, { stroke: '#57606a', size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }],
        series: [{}, { label, stroke: color, fill: `${color}cc`, paths: bars, points: { show: false } }],
      },
      [x, y],
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
  }, [x, y, label, color, height, onPick === undefined]);

  return <div ref={box} className="chart" role="img" aria-label={`${label}: bar chart`} />;
}
