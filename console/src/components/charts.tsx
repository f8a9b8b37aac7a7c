import type { PlotOptions } from '@observablehq/plot';
import { useEffect, useRef } from 'react';

type PlotModule = typeof import('@observablehq/plot');

/**
 * Observable Plot and the d3 it brings are about half of the console's script: they
 * load with the first chart, so a page without charts (results) and a run page's
 * tables do not wait for them to be fetched and parsed.
 */
const loadPlot = () => import('@observablehq/plot');

/**
 * Observable Plot renders SVG from data and marks; this mounts one figure and
 * re-renders when its inputs change. Every chart has a text alternative: an
 * aria-label on the figure, and the same numbers in a table next to it.
 */
function PlotFigure({ options, label }: { options: (plot: PlotModule) => PlotOptions; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let figure: ReturnType<PlotModule['plot']> | undefined;
    let unmounted = false;
    void loadPlot().then((Plot) => {
      if (unmounted) return;
      const built = options(Plot);
      figure = Plot.plot({ ...built, style: { fontSize: '12px', ...(built.style as object) } });
      // The wrapper carries the label; the SVG's parts mean nothing to a screen reader one by one.
      figure.setAttribute('aria-hidden', 'true');
      ref.current?.replaceChildren(figure);
    });
    return () => {
      unmounted = true;
      figure?.remove();
    };
  }, [options, label]);
  return <div ref={ref} className="plot" role="img" aria-label={label} />;
}

export interface IntervalRow {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** Point estimates with their 95% intervals, one row each (a forest plot). */
export function IntervalChart({
  rows,
  label,
  domain,
  percent,
  zeroLine,
}: {
  rows: IntervalRow[];
  label: string;
  domain?: [number, number];
  percent?: boolean;
  zeroLine?: boolean;
}) {
  const data = rows.filter((row) => row.value !== null);
  if (data.length === 0) return <p className="muted">No values yet.</p>;
  const withInterval = data.filter((row) => row.low !== null && row.high !== null);
  const longest = Math.max(...data.map((row) => row.label.length));
  const options = (Plot: PlotModule): PlotOptions => ({
    width: 560,
    height: 40 + data.length * 28,
    // Room for the row labels (about 7 px a character at 12 px), never more than half the width.
    marginLeft: Math.min(280, 16 + longest * 7),
    x: { domain, grid: true, nice: true, tickFormat: percent ? '.0%' : undefined, label: null },
    y: { label: null, domain: data.map((row) => row.label) },
    marks: [
      ...(zeroLine ? [Plot.ruleX([0], { stroke: '#555' })] : []),
      Plot.ruleY(withInterval, { y: 'label', x1: 'low', x2: 'high', stroke: '#1f4e8c', strokeWidth: 3 }),
      Plot.dot(data, { y: 'label', x: 'value', fill: '#0b2545', r: 4 }),
    ],
  });
  return <PlotFigure options={options} label={label} />;
}

export interface Bin {
  low: number;
  high: number;
  count: number;
}

export function Histogram({ bins, label }: { bins: Bin[]; label: string }) {
  if (bins.every((bin) => bin.count === 0)) return <p className="muted">No scores yet.</p>;
  const options = (Plot: PlotModule): PlotOptions => ({
    width: 260,
    height: 140,
    marginLeft: 40,
    x: { label: 'score' },
    y: { label: 'items', grid: true },
    marks: [
      Plot.rectY(bins, {
        x1: 'low',
        x2: 'high',
        y: 'count',
        fill: '#1f4e8c',
        insetLeft: 0.5,
        insetRight: 0.5,
      }),
      Plot.ruleY([0]),
    ],
  });
  return <PlotFigure options={options} label={label} />;
}

export interface ScorePair {
  judge: number;
  human: number;
  items: number;
}

/**
 * Judge score (x) against human label (y), one dot per distinct pair sized by its items, with
 * the diagonal where they agree: many items share a pair on a small scale, so the area says how many.
 */
export function ScoreScatter({ pairs, label }: { pairs: ScorePair[]; label: string }) {
  if (pairs.length === 0) return <p className="muted">No scored labels to plot.</p>;
  const values = pairs.flatMap((p) => [p.judge, p.human]);
  const extent: [number, number] = [Math.min(...values), Math.max(...values)];
  const options = (Plot: PlotModule): PlotOptions => ({
    width: 320,
    height: 280,
    marginLeft: 48,
    // Room for the largest dots at the scale's ends (a 0/1 scale puts every dot in a corner).
    inset: 18,
    x: { domain: extent, nice: true, grid: true, label: 'judge score' },
    y: { domain: extent, nice: true, grid: true, label: 'human label' },
    r: { range: [3, 18] },
    marks: [
      Plot.line(
        extent.map((v) => [v, v]),
        { stroke: '#999', strokeDasharray: '4,3' },
      ),
      Plot.dot(pairs, { x: 'judge', y: 'human', r: 'items', fill: '#1f4e8c', fillOpacity: 0.6 }),
    ],
  });
  return <PlotFigure options={options} label={label} />;
}

export interface SeriesPoint {
  /** Unix seconds: the start of the point's hour or day. */
  start: number;
  series: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * A value over time per series, each with its 95% interval as a band, and moments (alerts)
 * as vertical rules across it.
 */
export function TimeSeriesChart({
  points,
  marks: moments,
  label,
  percent,
}: {
  points: SeriesPoint[];
  marks: { at: number; what: string }[];
  label: string;
  percent?: boolean;
}) {
  const data = points.filter((p) => p.value !== null).map((p) => ({ ...p, time: new Date(p.start * 1000) }));
  if (data.length === 0) return <p className="muted">No values yet.</p>;
  const banded = data.filter((p) => p.low !== null && p.high !== null);
  const rules = moments.map((m) => ({ ...m, time: new Date(m.at * 1000) }));
  const options = (Plot: PlotModule): PlotOptions => ({
    width: 640,
    height: 220,
    marginLeft: 48,
    x: { type: 'utc', label: null },
    y: { grid: true, nice: true, tickFormat: percent ? '.0%' : undefined, label: null },
    color: { legend: true },
    marks: [
      Plot.areaY(banded, { x: 'time', y1: 'low', y2: 'high', fill: 'series', fillOpacity: 0.18 }),
      Plot.lineY(data, { x: 'time', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(data, { x: 'time', y: 'value', fill: 'series', r: 2.5 }),
      Plot.ruleX(rules, { x: 'time', stroke: '#b3261e', strokeDasharray: '4,3' }),
    ],
  });
  return <PlotFigure options={options} label={label} />;
}
