// The decision map as one HTML document: coverage, the heat map, groupings, personas and coverage over time.
// Self-contained (its style, charts and script inline; nothing fetched), readable with scripts off. The CLI
// writes it to a file; the editor shows it in a webview, with a nonce and clickable cells.

import { catalogFor, format } from '../engine/l10n';
import { CONCEPTS, type ConceptId } from '../engine/types';
import { heatmap, legend } from './heatmap';
import { esc, relativeHref } from './html';
import { CELL_STATES, coverageOf, percent, type DecisionMap, type HistoryPoint, type MapRecord } from './model';
import { SCRIPT } from './script';
import { styleSheet } from './style';
import { barChart, lineChart } from './svg';
import type { ReportText } from './text';

export interface RenderOptions {
  /** The concepts' names, in the reader's language. */
  conceptNames: Record<ConceptId, string>;
  /** The reader's language, for the map's own words (English when absent or not one of ours). */
  locale?: string;
  /** In a VS Code webview: cells open the record; the style and script carry the nonce the CSP allows. */
  editor?: { nonce: string; cspSource: string };
  /** Why there is no history, when there is none. */
  noHistory?: string;
}

/** The most rows a table of history shows (the chart shows every point). */
export const HISTORY_ROWS = 60;

const pct = (p: number | undefined, t: ReportText) => (p === undefined ? t.notAvailable : `${p}%`);

function coverageSection(map: DecisionMap, names: Record<ConceptId, string>, t: ReportText): string {
  const { coverage } = map;
  const count = (kind: string) => map.records.filter((r) => r.kind === kind).length;
  const line =
    coverage.required > 0
      ? format(t.coverageLine, { present: coverage.present, required: coverage.required, records: map.records.length, decisions: count('decision'), specs: count('spec') })
      : t.coverageNone;
  const head = [t.concept, t.presentOfRequired, t.coverage, ...CELL_STATES.map((s) => t.states[s])].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const rows = CONCEPTS.map((c) => {
    const cov = map.perConcept[c];
    const states = CELL_STATES.map((s) => `<td class="num">${map.states[c][s]}</td>`).join('');
    return `<tr><th scope="row">${esc(names[c])}</th><td class="num">${cov.present} / ${cov.required}</td><td class="num">${pct(cov.percent, t)}</td>${states}</tr>`;
  });
  const chart = barChart(t.perConceptChart, CONCEPTS.map((c) => ({ label: names[c], percent: map.perConcept[c].percent })));
  return (
    `<section aria-labelledby="h-coverage"><h2 id="h-coverage">${t.coverage}</h2>` +
    `<p class="big" data-coverage>${pct(coverage.percent, t)}</p><p>${esc(line)}</p>${chart}` +
    `<table><caption>${t.perConceptCaption}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

function groupTable(caption: string, groups: Map<string, MapRecord[]>, t: ReportText): string {
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, records]) => {
      const { present, required, percent } = coverageOf(records.flatMap((r) => CONCEPTS.map((c) => r.cells[c])));
      return `<tr><th scope="row">${esc(name)}</th><td class="num">${records.length}</td><td class="num">${present} / ${required}</td><td class="num">${pct(percent, t)}</td></tr>`;
    });
  const head = [t.group, t.records, t.presentOfRequired, t.coverage].map((h) => `<th scope="col">${h}</th>`).join('');
  return `<table data-sortable><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function groupBy(records: MapRecord[], key: (r: MapRecord) => string): Map<string, MapRecord[]> {
  const groups = new Map<string, MapRecord[]>();
  for (const r of records) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

function groupings(map: DecisionMap, t: ReportText): string {
  return (
    `<section aria-labelledby="h-groups"><h2 id="h-groups">${t.groupings}</h2><div class="groups">` +
    groupTable(t.byKind, groupBy(map.records, (r) => r.kind), t) +
    groupTable(t.byStatus, groupBy(map.records, (r) => r.status), t) +
    groupTable(t.byFolder, groupBy(map.records, (r) => r.folder), t) +
    '</div></section>'
  );
}

function personasSection(map: DecisionMap, options: RenderOptions, t: ReportText): string {
  const open = `<section aria-labelledby="h-personas"><h2 id="h-personas">${t.personasHeading}</h2>`;
  if (map.personas.length === 0) return `${open}<p>${t.noPersonas}</p></section>`;
  const byPath = new Map(map.records.map((r) => [r.path, r]));
  const link = (path: string) => {
    const href = options.editor ? undefined : relativeHref(byPath.get(path)?.href);
    return href ? `<a href="${esc(href)}">${esc(path)}</a>` : esc(path);
  };
  const head = [t.persona, t.card, t.records, t.lastDecided, format(t.recent, { days: map.days }), t.records]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const rows = map.personas.map(
    (p) =>
      `<tr><th scope="row">${esc(p.id)}</th><td>${p.card ? t.yes : t.no}</td><td class="num">${p.records.length}</td>` +
      `<td>${esc(p.last ?? '')}</td><td>${p.stale ? `<strong>${t.nobody}</strong>` : t.yes}</td><td>${p.records.map(link).join(', ')}</td></tr>`,
  );
  const stale = map.personas.filter((p) => p.stale).map((p) => p.id);
  const summary = stale.length > 0 ? format(t.stale, { days: map.days, list: stale.join(', ') }) : format(t.noneStale, { days: map.days });
  return (
    `${open}<p data-stale>${esc(summary)}</p>` +
    `<table><caption>${t.personasCaption}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `<p class="muted">${t.undated}</p></section>`
  );
}

/** At most `n` points, evenly spread, always keeping the first and the last. */
export function sample(points: readonly HistoryPoint[], n: number): HistoryPoint[] {
  if (points.length <= n) return [...points];
  return Array.from({ length: n }, (_, i) => points[Math.round((i * (points.length - 1)) / (n - 1))]);
}

function historySection(map: DecisionMap, options: RenderOptions, t: ReportText): string {
  const open = `<section aria-labelledby="h-history"><h2 id="h-history">${t.history}</h2>`;
  const points = map.history;
  if (points.length === 0) return `${open}<p>${esc(format(t.historyNone, { why: options.noHistory ?? '' }))}</p></section>`;
  const at = (p: HistoryPoint) => pct(percent(p.present, p.required), t);
  const first = points[0];
  const last = points[points.length - 1];
  const title = format(t.historyChart, { from: first.date.slice(0, 10), first: at(first), to: last.date.slice(0, 10), last: at(last) });
  const chart = sample(points, 400);
  const head = [t.date, t.commit, t.records, t.presentOfRequired, t.coverage].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = sample(points, HISTORY_ROWS).map(
    (p) => `<tr><td>${esc(p.date.slice(0, 10))}</td><td><code>${esc(p.commit.slice(0, 10))}</code></td><td class="num">${p.records}</td><td class="num">${p.present} / ${p.required}</td><td class="num">${at(p)}</td></tr>`,
  );
  return (
    `${open}<p>${esc(title)}</p>${lineChart(title, chart)}` +
    `<details><summary>${esc(format(t.historyCaption, { n: HISTORY_ROWS }))}</summary><table><caption>${esc(format(t.historyCaption, { n: HISTORY_ROWS }))}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></details></section>`
  );
}

export function renderMap(map: DecisionMap, options: RenderOptions): string {
  const names = options.conceptNames;
  const catalog = catalogFor(options.locale);
  const t = catalog.report;
  const nonce = options.editor ? ` nonce="${esc(options.editor.nonce)}"` : '';
  // The file's own policy: nothing may be loaded from anywhere; only its inline style and script run.
  const csp = options.editor
    ? `default-src 'none'; style-src ${esc(options.editor.cspSource)} 'nonce-${esc(options.editor.nonce)}'; script-src 'nonce-${esc(options.editor.nonce)}'; img-src data:`
    : "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  const notes = map.notes.length > 0 ? `<section aria-labelledby="h-notes"><h2 id="h-notes">${t.notes}</h2><ul>${map.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>` : '';
  return `<!doctype html>
<html lang="${catalog.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style${nonce}>${styleSheet(options.editor !== undefined)}</style>
</head>
<body>
<main>
<h1>${t.heading}</h1>
<p>${t.intro}</p>
<p class="muted">${esc(format(t.generated, { today: map.today, sources: map.sources.join(', ') || t.none }))}</p>
${coverageSection(map, names, t)}
<section aria-labelledby="h-heat"><h2 id="h-heat">${t.heatmap}</h2>${legend(t)}${heatmap(map, names, options)}</section>
${groupings(map, t)}
${personasSection(map, options, t)}
${historySection(map, options, t)}
${notes}
</main>
<script${nonce}>${SCRIPT}</script>
</body>
</html>
`;
}
