// The heat map: one row per record, one column per concept, a mark and a word in each cell; the legend; the
// filters the inline script turns on (hidden without scripts, where the groupings below stand in for them).

import { format } from '../engine/l10n';
import { CONCEPTS, type ConceptId } from '../engine/types';
import { esc, relativeHref } from './html';
import { CELL_STATES, type Cell, type DecisionMap, type MapRecord } from './model';
import type { RenderOptions } from './render';
import { reportText, STATE_MARK, type ReportText } from './text';

export function legend(t: ReportText): string {
  const items = CELL_STATES.map((s) => `<dt class="s-${s}"><span class="mark" aria-hidden="true">${STATE_MARK[s]}</span>${t.states[s]}</dt><dd>${esc(t.meanings[s])}</dd>`);
  return `<h3>${t.legend}</h3><dl class="legend">${items.join('')}</dl>`;
}

function select(name: string, label: string, values: string[], t: ReportText): string {
  const options = values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
  return `<label>${esc(label)}<select data-filter="${name}"><option value="">${t.any}</option>${options}</select></label>`;
}

function filters(map: DecisionMap, names: Record<ConceptId, string>, t: ReportText): string {
  const distinct = (f: (r: MapRecord) => string[]) => [...new Set(map.records.flatMap(f))].sort();
  const states = CELL_STATES.map((s) => t.states[s]);
  return (
    `<form class="filters" data-filters hidden aria-label="${t.filters}">` +
    select('kind', t.kind, distinct((r) => [r.kind]), t) +
    select('status', t.status, distinct((r) => [r.status]), t) +
    select('folder', t.folder, distinct((r) => [r.folder]), t) +
    select('persona', t.persona, distinct((r) => r.personas), t) +
    select('concept', t.concept, CONCEPTS.map((c) => names[c]), t) +
    select('state', t.state, states, t) +
    `</form><p class="noprint" data-showing data-template="${esc(t.showing)}" aria-live="polite" hidden></p>`
  );
}

function cell(record: MapRecord, concept: ConceptId, c: Cell, names: Record<ConceptId, string>, options: RenderOptions, t: ReportText): string {
  const word = t.states[c.state];
  const why = c.note ? `: ${c.note}` : '';
  const title = `${names[concept]}: ${word}${why}`;
  const inner = `<span class="mark" aria-hidden="true">${STATE_MARK[c.state]}</span>${word}${c.note ? `<span class="sr">${esc(why)}</span>` : ''}`;
  const body =
    options.editor && record.href
      ? `<button type="button" data-open="${esc(record.href)}" data-line="${c.line ?? record.line ?? 1}" aria-label="${esc(format(t.openRecord, { path: record.path, concept: names[concept] }))}: ${esc(word + why)}">${inner}</button>`
      : inner;
  return `<td class="cell s-${c.state}" data-concept="${esc(names[concept])}" data-state="${word}" title="${esc(title)}">${body}</td>`;
}

function recordLink(r: MapRecord, options: RenderOptions): string {
  const name = esc(r.title ?? r.path);
  if (options.editor && r.href) return `<button type="button" class="link" data-open="${esc(r.href)}" data-line="${r.line ?? 1}">${name}</button>`;
  const href = options.editor ? undefined : relativeHref(r.href);
  return href ? `<a href="${esc(href)}">${name}</a>` : name;
}

export function heatmap(map: DecisionMap, names: Record<ConceptId, string>, options: RenderOptions): string {
  const t = reportText(options.locale);
  const legendText = CELL_STATES.map((s) => `${STATE_MARK[s]} ${t.states[s]}`).join(', ');
  const head = [t.record, t.kind, t.status, t.date, t.personas, ...CONCEPTS.map((c) => names[c])]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const rows = map.records.map((r) => {
    const data = `data-kind="${esc(r.kind)}" data-status="${esc(r.status)}" data-folder="${esc(r.folder)}" data-personas="${esc(r.personas.join('\n'))}"`;
    const notes = r.notes.length > 0 ? `<span class="path">${esc(r.notes.join(' '))}</span>` : '';
    return (
      `<tr ${data}><th scope="row">${recordLink(r, options)}<span class="path">${esc(r.path)}</span>${notes}</th>` +
      `<td>${esc(r.kind)}</td><td>${esc(r.status)}</td><td>${esc(r.date ?? '')}</td><td>${esc(r.personas.join(', '))}</td>` +
      CONCEPTS.map((c) => cell(r, c, r.cells[c], names, options, t)).join('') +
      '</tr>'
    );
  });
  return (
    filters(map, names, t) +
    `<table class="heat" data-sortable><caption>${esc(format(t.heatmapCaption, { legend: legendText }))}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}
