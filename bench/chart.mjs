// A small hand-written SVG line chart: wall time (log scale) against corpus size, one line per tool.
// Estimated points (the peer at 4x, when it was not run) are drawn hollow on a dashed segment.

const W = 800;
const H = 440;
const M = { left: 70, right: 290, top: 40, bottom: 70 };

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * @param {{ sizes: number[], series: { name: string, colour: string, points: { x: number, y?: number, estimated?: boolean }[] }[], caption: string }} chart
 */
export function chartSvg({ sizes, series, caption }) {
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => typeof y === 'number' && y > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...ys))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...ys))));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const xOf = (x) => M.left + (plotW * (Math.log2(x) - Math.log2(sizes[0]))) / (Math.log2(sizes[sizes.length - 1]) - Math.log2(sizes[0]));
  const yOf = (y) => M.top + plotH - (plotH * (Math.log10(y) - Math.log10(lo))) / (Math.log10(hi) - Math.log10(lo));
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="13">`);
  out.push(`<title>Customer Lens: time against corpus size</title>`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${M.left}" y="24" font-size="16" font-weight="600" fill="#222">Time to check the corpus (log scale)</text>`);
  // Grid: 1, 2, 5 per decade.
  for (let d = lo; d <= hi; d *= 10) {
    for (const k of [1, 2, 5]) {
      const v = d * k;
      if (v < lo || v > hi) continue;
      const y = yOf(v).toFixed(1);
      out.push(`<line x1="${M.left}" y1="${y}" x2="${M.left + plotW}" y2="${y}" stroke="${k === 1 ? '#ccc' : '#eee'}"/>`);
      out.push(`<text x="${M.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#555">${v >= 1 ? v : v.toFixed(1)} s</text>`);
    }
  }
  for (const s of sizes) {
    const x = xOf(s).toFixed(1);
    out.push(`<line x1="${x}" y1="${M.top}" x2="${x}" y2="${M.top + plotH}" stroke="#eee"/>`);
    out.push(`<text x="${x}" y="${M.top + plotH + 20}" text-anchor="middle" fill="#555">${s}x</text>`);
  }
  out.push(`<text x="${M.left + plotW / 2}" y="${M.top + plotH + 42}" text-anchor="middle" fill="#333">corpus size (1x = the shared corpus)</text>`);
  out.push(`<rect x="${M.left}" y="${M.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => typeof p.y === 'number' && p.y > 0);
    for (let k = 0; k + 1 < pts.length; k++) {
      const a = pts[k];
      const b = pts[k + 1];
      const dash = a.estimated || b.estimated ? ' stroke-dasharray="6 4"' : '';
      out.push(`<line x1="${xOf(a.x).toFixed(1)}" y1="${yOf(a.y).toFixed(1)}" x2="${xOf(b.x).toFixed(1)}" y2="${yOf(b.y).toFixed(1)}" stroke="${s.colour}" stroke-width="2.5"${dash}/>`);
    }
    for (const p of pts) {
      const fill = p.estimated ? '#ffffff' : s.colour;
      out.push(`<circle cx="${xOf(p.x).toFixed(1)}" cy="${yOf(p.y).toFixed(1)}" r="4.5" fill="${fill}" stroke="${s.colour}" stroke-width="2"><title>${esc(s.name)}, ${p.x}x: ${p.y.toFixed(2)} s${p.estimated ? ' (extrapolated)' : ''}</title></circle>`);
    }
    const ly = M.top + 20 + i * 44;
    const lx = M.left + plotW + 18;
    out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"/>`);
    out.push(`<text x="${lx + 32}" y="${ly}" dominant-baseline="middle" fill="#222">${esc(s.name)}</text>`);
    const last = pts[pts.length - 1];
    const first = pts[0];
    if (first) out.push(`<text x="${lx + 32}" y="${ly + 17}" dominant-baseline="middle" fill="#666" font-size="12">${first.y.toFixed(2)} s at 1x${last && last !== first ? `, ${last.y.toFixed(1)} s at ${last.x}x${last.estimated ? ' (est.)' : ''}` : ''}</text>`);
  });
  if (series.some((s) => s.points.some((p) => p.estimated))) {
    out.push(`<text x="${M.left + plotW + 18}" y="${M.top + 20 + series.length * 44}" fill="#666" font-size="12">hollow, dashed: extrapolated</text>`);
  }
  out.push(`<text x="${M.left}" y="${H - 12}" fill="#666" font-size="11">${esc(caption)}</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
