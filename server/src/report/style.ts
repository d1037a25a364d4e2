// The decision map's style sheet: light and dark (the system's preference, or VS Code's theme through its
// --vscode-* variables in the webview), printable, each state's colours paired with text of enough contrast.

const LIGHT = `
  --bg: #ffffff; --fg: #1b1f24; --muted: #4a525c; --line: #c9d1d9; --accent: #1f5fa8; --head: #f3f5f8;
  --present-bg: #d3f0dc; --present-fg: #0f4a22;
  --thin-bg: #fbefbf; --thin-fg: #553f00;
  --hollow-bg: #fddcc0; --hollow-fg: #6e2a00;
  --missing-bg: #f9d2d2; --missing-fg: #7a0f0f;
  --suppressed-bg: #e1e5ef; --suppressed-fg: #27324d;
  --not-required-bg: transparent; --not-required-fg: #4a525c;`;

const DARK = `
  --bg: #16191d; --fg: #e8ebef; --muted: #b4bcc6; --line: #3b434d; --accent: #7fb4ff; --head: #22272e;
  --present-bg: #1d4a2b; --present-fg: #d6f5de;
  --thin-bg: #54460f; --thin-fg: #fff1c2;
  --hollow-bg: #64300f; --hollow-fg: #ffe2cc;
  --missing-bg: #6a1d1d; --missing-fg: #ffdcdc;
  --suppressed-bg: #323b50; --suppressed-fg: #dde3f2;
  --not-required-bg: transparent; --not-required-fg: #b4bcc6;`;

/** In the webview, the editor's theme decides: its colours for the page (ours where it gives none), ours for the states. */
function vscodeTheme(states: string, fallback: Record<string, string>): string {
  return `${states}
  --bg: var(--vscode-editor-background, ${fallback.bg}); --fg: var(--vscode-editor-foreground, ${fallback.fg});
  --muted: var(--vscode-descriptionForeground, ${fallback.muted}); --line: var(--vscode-panel-border, ${fallback.line});
  --accent: var(--vscode-textLink-foreground, ${fallback.accent}); --head: var(--vscode-sideBar-background, ${fallback.head});`;
}

const VSCODE = `
body.vscode-light, body.vscode-high-contrast-light { ${vscodeTheme(LIGHT, { bg: '#ffffff', fg: '#1b1f24', muted: '#4a525c', line: '#c9d1d9', accent: '#1f5fa8', head: '#f3f5f8' })} }
body.vscode-dark, body.vscode-high-contrast { ${vscodeTheme(DARK, { bg: '#16191d', fg: '#e8ebef', muted: '#b4bcc6', line: '#3b434d', accent: '#7fb4ff', head: '#22272e' })} }
body[class*="vscode-"] { font-family: var(--vscode-font-family, system-ui, sans-serif); }`;

export function styleSheet(editor: boolean): string {
  return `
:root { ${LIGHT} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { ${DARK} } }
${editor ? VSCODE : ''}
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 92rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { margin: 2rem 0 .5rem; font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p, li { max-width: 60rem; }
.muted { color: var(--muted); }
a, .link { color: var(--accent); }
.link { background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; cursor: pointer; text-align: left; }
.big { font-size: 2.6rem; font-weight: 700; margin: .2rem 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; z-index: 1; }
th[aria-sort] button, th .sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.heat td.cell { text-align: center; white-space: nowrap; font-size: .85rem; min-width: 5.5rem; }
.heat tbody th { min-width: 12rem; max-width: 22rem; }
.heat td:nth-child(4) { white-space: nowrap; }
.heat .path { display: block; font-size: .8rem; color: var(--muted); word-break: break-all; }
.cell .mark { font-size: 1.05rem; margin-right: .2rem; }
.cell button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; width: 100%; }
${['present', 'thin', 'hollow', 'missing', 'suppressed', 'not-required'].map((s) => `.s-${s} { background: var(--${s}-bg); color: var(--${s}-fg); }`).join('\n')}
.legend { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: .5rem 0 1rem; }
.legend dt { padding: .1rem .5rem; border-radius: 3px; white-space: nowrap; }
.legend dd { margin: 0; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: .5rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; }
.filters select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); padding: .2rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
svg { max-width: 100%; height: auto; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .bar { fill: var(--accent); }
svg .track { fill: var(--head); }
svg .line { fill: none; stroke: var(--accent); stroke-width: 2; }
.groups { display: flex; flex-wrap: wrap; gap: 0 2rem; }
[hidden] { display: none !important; }
@media print {
  body { padding: 0; font-size: 11px; }
  .filters, .noprint { display: none !important; }
  thead th { position: static; }
  tr, svg { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  details > *:not(summary) { display: block; }
}
`;
}
