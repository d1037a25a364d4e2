// The decision map as one HTML document: coverage, the heat map, groupings, personas and coverage over time.
// Self-contained (its style, charts and script inline; nothing fetched), readable with scripts off. The CLI
// writes it to a file; the editor shows it in a webview, with a nonce and clickable cells.

import { CONCEPTS, type ConceptId } from '../engine/types';
import { heatmap, legend } from './heatmap';
import { esc, relativeHref } from './html';
import { CELL_STATES, percent, type DecisionMap, type HistoryPoint, type MapRecord } from './model';
import { SCRIPT } from './script';
import { styleSheet } from './style';
import { barChart, lineChart } from './svg';
import { fill, STATE_WORD, TEXT } from './text';

export interface RenderOptions {
  /** The concepts' names, in the reader's language. */
  conceptNames: Record<ConceptId, string>;
  /** In a VS Code webview: cells open the record; the style and script carry the nonce the CSP allows. */
  editor?: { nonce: string; cspSource: string };
  /** Why there is no history, when there is none. */
  noHistory?: string;
}

/** The most rows a table of history shows (the chart shows every point). */
export const HISTORY_ROWS = 60;

const pct = (p?: number) => (p === undefined ? 'n/a' : `${p}%`);

function coverageSection(map: DecisionMap, names: Record<ConceptId, string>): string {
  const { coverage } = map;
  const count = (kind: string) => map.records.filter((r) => r.kind === kind).length;
  const line =
    coverage.required > 0
      ? fill(TEXT.coverageLine, { present: coverage.present, required: coverage.required, records: map.records.length, decisions: count('decision'), specs: count('spec') })
      : TEXT.coverageNone;
  const head = [TEXT.concept, TEXT.presentOfRequired, TEXT.coverage, ...CELL_STATES.map((s) => STATE_WORD[s])].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const rows = CONCEPTS.map((c) => {
    const cov = map.perConcept[c];
    const states = CELL_STATES.map((s) => `<td class="num">${map.states[c][s]}</td>`).join('');
    return `<tr><th scope="row">${esc(names[c])}</th><td class="num">${cov.present} / ${cov.required}</td><td class="num">${pct(cov.percent)}</td>${states}</tr>`;
  });
  const chart = barChart(TEXT.perConceptChart, CONCEPTS.map((c) => ({ label: names[c], percent: map.perConcept[c].percent })));
  return (
    `<section aria-labelledby="h-coverage"><h2 id="h-coverage">${TEXT.coverage}</h2>` +
    `<p class="big" data-coverage>${pct(coverage.percent)}</p><p>${esc(line)}</p>${chart}` +
    `<table><caption>${TEXT.perConceptCaption}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

function groupTable(caption: string, groups: Map<string, MapRecord[]>): string {
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, records]) => {
      const cells = records.flatMap((r) => CONCEPTS.map((c) => r.cells[c]).filter((c) => c.required));
      const present = cells.filter((c) => c.state === 'present' || c.state === 'thin').length;
      return `<tr><th scope="row">${esc(name)}</th><td class="num">${records.length}</td><td class="num">${present} / ${cells.length}</td><td class="num">${pct(percent(present, cells.length))}</td></tr>`;
    });
  const head = [TEXT.group, TEXT.records, TEXT.presentOfRequired, TEXT.coverage].map((h) => `<th scope="col">${h}</th>`).join('');
  return `<table data-sortable><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function groupBy(records: MapRecord[], key: (r: MapRecord) => string): Map<string, MapRecord[]> {
  const groups = new Map<string, MapRecord[]>();
  for (const r of records) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

function groupings(map: DecisionMap): string {
  return (
    `<section aria-labelledby="h-groups"><h2 id="h-groups">${TEXT.groupings}</h2><div class="groups">` +
    groupTable(TEXT.byKind, groupBy(map.records, (r) => r.kind)) +
    groupTable(TEXT.byStatus, groupBy(map.records, (r) => r.status)) +
    groupTable(TEXT.byFolder, groupBy(map.records, (r) => r.folder)) +
    '</div></section>'
  );
}

function personasSection(map: DecisionMap, options: RenderOptions): string {
  const open = `<section aria-labelledby="h-personas"><h2 id="h-personas">${TEXT.personasHeading}</h2>`;
  if (map.personas.length === 0) return `${open}<p>${TEXT.noPersonas}</p></section>`;
  const byPath = new Map(map.records.map((r) => [r.path, r]));
  const link = (path: string) => {
    const href = options.editor ? undefined : relativeHref(byPath.get(path)?.href);
    return href ? `<a href="${esc(href)}">${esc(path)}</a>` : esc(path);
  };
  const head = [TEXT.persona, TEXT.card, TEXT.records, TEXT.lastDecided, fill(TEXT.recent, { days: map.days }), TEXT.records]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const rows = map.personas.map(
    (p) =>
      `<tr><th scope="row">${esc(p.id)}</th><td>${p.card ? TEXT.yes : TEXT.no}</td><td class="num">${p.records.length}</td>` +
      `<td>${esc(p.last ?? '')}</td><td>${p.stale ? `<strong>${TEXT.nobody}</strong>` : TEXT.yes}</td><td>${p.records.map(link).join(', ')}</td></tr>`,
  );
  const stale = map.personas.filter((p) => p.stale).map((p) => p.id);
  const summary = stale.length > 0 ? fill(TEXT.stale, { days: map.days, list: stale.join(', ') }) : fill(TEXT.noneStale, { days: map.days });
  return (
    `${open}<p data-stale>${esc(summary)}</p>` +
    `<table><caption>${TEXT.personasCaption}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `<p class="muted">${TEXT.undated}</p></section>`
  );
}

/** At most `n` points, evenly spread, always keeping the first and the last. */
export function sample(points: readonly HistoryPoint[], n: number): HistoryPoint[] {
  if (points.length <= n) return [...points];
  return Array.from({ length: n }, (_, i) => points[Math.round((i * (points.length - 1)) / (n - 1))]);
}

function historySection(map: DecisionMap, options: RenderOptions): string {
  const open = `<section aria-labelledby="h-history"><h2 id="h-history">${TEXT.history}</h2>`;
  const points = map.history;
  if (points.length === 0) return `${open}<p>${esc(fill(TEXT.historyNone, { why: options.noHistory ?? '' }))}</p></section>`;
  const at = (p: HistoryPoint) => pct(percent(p.present, p.required));
  const first = points[0];
  const last = points[points.length - 1];
  const title = fill(TEXT.historyChart, { from: first.date.slice(0, 10), first: at(first), to: last.date.slice(0, 10), last: at(last) });
  const chart = sample(points, 400);
  const head = [TEXT.date, TEXT.commit, TEXT.records, TEXT.presentOfRequired, TEXT.coverage].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = sample(points, HISTORY_ROWS).map(
    (p) => `<tr><td>${esc(p.date.slice(0, 10))}</td><td><code>${esc(p.commit.slice(0, 10))}</code></td><td class="num">${p.records}</td><td class="num">${p.present} / ${p.required}</td><td class="num">${at(p)}</td></tr>`,
  );
  return (
    `${open}<p>${esc(title)}</p>${lineChart(title, chart)}` +
    `<details><summary>${esc(fill(TEXT.historyCaption, { n: HISTORY_ROWS }))}</summary><table><caption>${esc(fill(TEXT.historyCaption, { n: HISTORY_ROWS }))}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></details></section>`
  );
}

export function renderMap(map: DecisionMap, options: RenderOptions): string {
  const names = options.conceptNames;
  const nonce = options.editor ? ` nonce="${esc(options.editor.nonce)}"` : '';
  // The file's own policy: nothing may be loaded from anywhere; only its inline style and script run.
  const csp = options.editor
    ? `default-src 'none'; style-src ${esc(options.editor.cspSource)} 'nonce-${esc(options.editor.nonce)}'; script-src 'nonce-${esc(options.editor.nonce)}'; img-src data:`
    : "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  const notes = map.notes.length > 0 ? `<section aria-labelledby="h-notes"><h2 id="h-notes">${TEXT.notes}</h2><ul>${map.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT.title}</title>
<style${nonce}>${styleSheet(options.editor !== undefined)}</style>
</head>
<body>
<main>
<h1>${TEXT.heading}</h1>
<p>${TEXT.intro}</p>
<p class="muted">${esc(fill(TEXT.generated, { today: map.today, sources: map.sources.join(', ') || TEXT.none }))}</p>
${coverageSection(map, names)}
<section aria-labelledby="h-heat"><h2 id="h-heat">${TEXT.heatmap}</h2>${legend()}${heatmap(map, names, options)}</section>
${groupings(map)}
${personasSection(map, options)}
${historySection(map, options)}
${notes}
</main>
<script${nonce}>${SCRIPT}</script>
</body>
</html>
`;
}
