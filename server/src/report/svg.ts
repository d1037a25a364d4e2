// The map's two charts, drawn as SVG here (no chart library, nothing fetched): coverage per concept as bars,
// and coverage over time as a line. Each has a title and a description; the same numbers are in a table.

import { esc } from './html';
import type { HistoryPoint } from './model';

export interface Bar {
  label: string;
  /** 0-100, or undefined when nothing is required. */
  percent?: number;
}

const pctText = (p?: number) => (p === undefined ? 'n/a' : `${p}%`);

export function barChart(title: string, bars: readonly Bar[]): string {
  const row = 26;
  const labelWidth = 170;
  const barWidth = 420;
  const height = bars.length * row + 8;
  const width = labelWidth + barWidth + 60;
  const desc = bars.map((b) => `${b.label}: ${pctText(b.percent)}`).join('; ');
  const parts = bars.map((b, i) => {
    const y = 4 + i * row;
    const w = Math.round(((b.percent ?? 0) / 100) * barWidth);
    return (
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${esc(b.label)}</text>` +
      `<rect class="track" x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${row - 8}"/>` +
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 16}">${esc(pctText(b.percent))}</text>`
    );
  });
  return `<svg role="img" aria-labelledby="bars-t bars-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="bars-t">${esc(title)}</title><desc id="bars-d">${esc(desc)}</desc>${parts.join('')}</svg>`;
}

/** Coverage over time; the points are already in commit order. */
export function lineChart(title: string, points: readonly HistoryPoint[]): string {
  const width = 720;
  const height = 240;
  const left = 44;
  const right = 12;
  const top = 12;
  const bottom = 36;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) => left + (t1 > t0 ? ((t - t0) / (t1 - t0)) * plotW : plotW / 2);
  const y = (pct: number) => top + plotH - (pct / 100) * plotH;
  const grid = [0, 25, 50, 75, 100]
    .map((g) => `<line class="grid" x1="${left}" x2="${left + plotW}" y1="${y(g)}" y2="${y(g)}"/><text x="${left - 6}" y="${y(g) + 4}" text-anchor="end">${g}%</text>`)
    .join('');
  const coords = points.map((p, i) => `${x(times[i]).toFixed(1)},${y(p.required > 0 ? (p.present / p.required) * 100 : 0).toFixed(1)}`);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const labels =
    `<text x="${left}" y="${height - 12}">${day(t0)}</text>` + `<text x="${left + plotW}" y="${height - 12}" text-anchor="end">${day(t1)}</text>`;
  const line = points.length > 1 ? `<polyline class="line" points="${coords.join(' ')}"/>` : '';
  const dots = points.length <= 1 ? coords.map((c) => `<circle class="bar" r="4" cx="${c.split(',')[0]}" cy="${c.split(',')[1]}"/>`).join('') : '';
  return `<svg role="img" aria-labelledby="line-t" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="line-t">${esc(title)}</title>${grid}${line}${dots}${labels}</svg>`;
}
