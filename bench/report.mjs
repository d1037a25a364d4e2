// The targets of issue #14 and the report: one row per measure (figure, peer, ratio, target, met or missed),
// printed and written to bench/results.md.

const s = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const ms = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
const mb = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const times = (r) => (r === undefined ? 'n/a' : `${r.toFixed(r >= 10 ? 1 : 2)}×`);

/** One row per measure; a measure not taken in this run has no row. */
export function targetRows(r) {
  const rows = [];
  const row = (measure, figure, peer, ratio, target, met) => rows.push({ measure, figure, peer, ratio, target, met });
  if (r.cli) {
    const { ours, floor, floorYaml, peer, peerOverOurs, oursOverFloorCpu, oursOverFloorYamlCpu } = r.cli;
    if (peer) row('CLI over the corpus, wall', s(ours.wallMs), `markdownlint-cli2, MD043 only: ${s(peer.wallMs)}`, `${times(peerOverOurs)} faster`, '≥ 20× faster', peerOverOurs >= 20);
    row('CLI over the corpus, CPU (user + sys)', s(ours.cpuMs), `floor, stock markdown-it block parse: ${s(floor.cpuMs)}`, times(oursOverFloorCpu), '≤ 2.5×', oursOverFloorCpu <= 2.5);
    if (floorYaml) row('the same CPU beside the floor that also reads the YAML with the yaml package', s(ours.cpuMs), `floor + yaml: ${s(floorYaml.cpuMs)}`, times(oursOverFloorYamlCpu), 'reported', true);
  }
  if (r.pullRequest) {
    const { ours, bare, libraries, byPath, oursOverBare, librariesOverBare, byPathOverBare, files } = r.pullRequest;
    row(`pull request: \`check --since\`, ${files} records changed, wall`, s(ours.wallMs), `\`node -e 0\`: ${s(bare.wallMs)}`, times(oursOverBare), '≤ 3×', oursOverBare <= 3);
    if (libraries) row('pull request: Node loading markdown-it and yaml, and nothing else', s(libraries.wallMs), `\`node -e 0\`: ${s(bare.wallMs)}`, times(librariesOverBare), 'reported', true);
    if (byPath) row(`pull request: the same ${files} records checked by path (no git, no walk, no base)`, s(byPath.wallMs), `\`node -e 0\`: ${s(bare.wallMs)}`, times(byPathOverBare), 'reported', true);
  }
  if (r.server) {
    const v = r.server;
    row('server: didChange → publishDiagnostics, 2,000 lines, p95', ms(v.change2k.p95), '', '', '≤ 10 ms', v.change2k.p95 <= 10);
    row('server: didChange → publishDiagnostics, 6,000 lines, p95', ms(v.change6k.p95), '', '', '≤ 50 ms', v.change6k.p95 <= 50);
    row('server: hover, 2,000 lines, p95', ms(v.hover.p95), '', '', '≤ 10 ms', v.hover.p95 <= 10);
    row('server: completion, 2,000 lines, p95', ms(v.completion.p95), '', '', '≤ 10 ms', v.completion.p95 <= 10);
    row(`server: Check Workspace, ${v.checkWorkspace.documents.toLocaleString('en')} files`, s(v.checkWorkspace.ms), '', '', '≤ 3 s', v.checkWorkspace.ms <= 3000);
    row(`server: resident memory, idle ${v.idleMs / 1000} s after Check Workspace`, mb(v.idleRssKb), '', '', '≤ 200 MB', v.idleRssKb <= 200 * 1024);
  }
  if (r.memory) {
    const worst = r.memory.shapes.reduce((a, b) => (b.peakKb > a.peakKb ? b : a));
    row(`CLI peak memory, worst shape within the limits (${worst.name}, ${worst.lines.toLocaleString('en')} lines)`, mb(worst.peakKb), `one-line record: ${mb(r.memory.baseKb)}`, `${worst.bytesPerByte.toFixed(0)} B per byte`, '≤ 1,024 MB', worst.peakKb <= 1024 * 1024);
  }
  if (r.extension) {
    row('extension: load + activate()', ms(r.extension.activationMs), '', '', '≤ 100 ms', r.extension.activationMs <= 100);
    const vsix = r.extension.vsix;
    if (vsix) row(`VSIX (${vsix.name})`, `${vsix.kb.toFixed(0)} KB`, '', '', '≤ 500 KB', vsix.kb <= 500);
  }
  if (r.web) {
    const w = r.web;
    const kb = Object.values(w.sizes).map((bytes) => `${(bytes / 1024).toFixed(0)} KB`);
    row('web bundles: dist/web/extension.js, dist/web/server.js', kb.join(', '), '', '', 'reported', true);
    row('web: a check of a 2,000-line spec in the web worker, p95', ms(w.webP95), `desktop server: ${ms(w.desktopP95)}`, times(w.ratio), '≤ 2×', w.ratio <= 2);
  }
  return rows;
}

/** A Markdown table whose columns line up, so that it reads in a terminal too. */
export function table(rows) {
  const head = ['measure', 'figure', 'peer', 'ratio', 'target', ''];
  const cells = rows.map((x) => [x.measure, x.figure, x.peer, x.ratio, x.target, x.met ? 'met' : '**missed**']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const list = (values, fmt) => `[${values.map(fmt).join(', ')}]`;

export function markdown(r, rows) {
  const m = r.machine;
  const out = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) at ${r.date.slice(0, 16).replace('T', ' ')} UTC, on commit ${r.commit}. ${m.cpu}, ${m.cores} cores,`,
    `Node ${m.node}; load average ${m.loadAtStart} at the start, ${m.loadAtEnd} at the end. docs/performance.md says what each row measures.`,
    '',
    `Corpus: ${r.corpus.files.toLocaleString('en')} files (${r.corpus.markdown.toLocaleString('en')} Markdown, ${r.corpus.files - r.corpus.markdown} YAML, ${r.corpus.mb.toFixed(1)} MB), every one a spec by a generated config.`,
    '',
    table(rows),
    '',
    '## Every run',
    '',
  ];
  if (r.cli) {
    const { ours, floor, floorYaml, peer, files } = r.cli;
    out.push(
      `CLI (${files.ours} files reported), wall ${list(ours.walls, s)}, CPU ${list(ours.cpus, s)}, peak memory ${mb(ours.rssKb)}.`,
      `Floor (${files.floor} files parsed), wall ${list(floor.walls, s)}, CPU ${list(floor.cpus, s)}, peak memory ${mb(floor.rssKb)}.`,
      ...(floorYaml ? [`Floor + yaml, wall ${list(floorYaml.walls, s)}, CPU ${list(floorYaml.cpus, s)}, peak memory ${mb(floorYaml.rssKb)}.`] : []),
      peer ? `Peer (${files.peer} files linted), wall ${list(peer.walls, s)}, CPU ${list(peer.cpus, s)}, peak memory ${mb(peer.rssKb)}.` : 'Peer: not run.',
      '',
    );
  }
  if (r.pullRequest) {
    const { ours, bare, libraries, byPath } = r.pullRequest;
    const loads = libraries ? `; loading markdown-it and yaml ${list(libraries.walls, s)}` : '';
    const paths = byPath ? `; the same records by path ${list(byPath.walls, s)}` : '';
    out.push(`Pull request check, wall ${list(ours.walls, s)}; \`node -e 0\` ${list(bare.walls, s)}${loads}${paths}.`, '');
  }
  if (r.server) {
    const v = r.server;
    const p95s = (x) => `[${x.runs.map((y) => y.toFixed(1)).join(', ')}] ms (p50 ${ms(x.p50)}, ${x.samples} samples a server)`;
    out.push(
      `Server p95 of each fresh server: 2,000 lines ${p95s(v.change2k)}; 6,000 lines ${p95s(v.change6k)}; hover ${p95s(v.hover)}; completion ${p95s(v.completion)}.`,
      `Check Workspace ${list(v.checkWorkspace.runs, s)}, ${v.checkWorkspace.checked} files checked.`,
      '',
    );
  }
  if (r.memory) {
    out.push('CLI peak resident memory per shape of text, as long as the limits allow, over a one-line record:', '', '| shape | lines | size | peak | over the baseline, per byte of text |', '|---|---|---|---|---|');
    for (const x of r.memory.shapes) out.push(`| ${x.name} | ${x.lines.toLocaleString('en')} | ${(x.bytes / 2 ** 20).toFixed(2)} MiB | ${mb(x.peakKb)} | ${x.bytesPerByte.toFixed(1)} B |`);
    out.push('');
  }
  if (r.extension) out.push(`Extension load + activate() ${list(r.extension.runs, ms)}.`, '');
  if (r.web) out.push(`A check in the web worker, p95 of each round ${list(r.web.runs.web, ms)}; desktop ${list(r.web.runs.desktop, ms)} (${r.web.samples} checks a round).`, '');
  if (r.personas) out.push('## Persona index (bench/personas.mjs)', '', ...r.personas.map((l) => `- ${l}`), '');
  if (r.decisionMap) out.push('## Decision map (bench/decision-map.mjs)', '', ...r.decisionMap.map((l) => `- ${l}`), '');
  return out.join('\n');
}
