// customer-lens report: the decision map's numbers over a temporary git repository with history (coverage,
// per concept, every cell, coverage over time), --fail-under, --from merging JSON outputs with personas, and
// the mistakes that exit 2.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { runReport } from '../../server/src/cli/report';
import { parseReportArgs, type ReportOptions } from '../../server/src/cli/reportArgs';
import type { Cell } from '../../server/src/report/model';
import { runCli, TempFolder } from '../helpers/cli';

const CUSTOMERS = '## Customers\n\nShop owners on the Basic plan.\n';
const PROBLEM = '## Problem solved\n\nShop owners cannot see which orders are late.\n';
const IMPACT = '## Customer impact\n\nShop owners see late orders first and will feel in control.\n';
const VALUE = '## Value created\n\nShop owners get fewer angry buyers.\n';
const EVIDENCE = '## Customer evidence\n\nTicket #4812 and 37 like it.\n';
const METRICS = '## Success metrics\n\nLate-order complaints fall by half within a quarter.\n';

const record = (front: string, title: string, ...sections: string[]) => `---\n${front}---\n# ${title}\n\n${sections.join('\n')}`;

function git(cwd: string, date: string | undefined, ...args: string[]): void {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : process.env;
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

const options = (o: Partial<ReportOptions>): ReportOptions => ({ paths: [], out: 'map.html', from: [], days: 90, history: true, lang: 'en', ...o });

/** The cells of a record as `concept: state` strings, with the note when there is one. */
function row(cells: Record<string, Cell>): string[] {
  return Object.entries(cells).map(([c, cell]) => `${c}: ${cell.state}${cell.required ? '' : ' (not required)'}${cell.note ? ` (${cell.note})` : ''}`);
}

describe('customer-lens report', function () {
  this.timeout(60000);
  let repo: TempFolder;

  before(() => {
    repo = new TempFolder('cl-report-');
    const root = repo.root;
    git(root, undefined, 'init', '-q', '-b', 'main');
    git(root, undefined, 'config', 'user.email', 'test@example.com');
    git(root, undefined, 'config', 'user.name', 'Test');
    // 1: a proposed decision with 3 of its 6 required concepts.
    repo.write('docs/decisions/0001-late-orders.md', record('status: proposed\n', '1. Late orders first', CUSTOMERS, PROBLEM, IMPACT));
    git(root, '2024-01-10T12:00:00Z', 'add', '-A');
    git(root, '2024-01-10T12:00:00Z', 'commit', '-qm', 'one');
    // 2: the decision gets its value (4 of 6); a complete spec, dated in its front matter (6 of 6).
    repo.write('docs/decisions/0001-late-orders.md', record('status: proposed\n', '1. Late orders first', CUSTOMERS, PROBLEM, IMPACT, VALUE));
    repo.write('docs/specs/wishlists.md', record('date: 2024-02-01\n', 'Wishlists', CUSTOMERS, PROBLEM, IMPACT, VALUE, EVIDENCE, METRICS));
    git(root, '2024-02-10T12:00:00Z', 'add', '-A');
    git(root, '2024-02-10T12:00:00Z', 'commit', '-qm', 'two');
    // 3: an accepted decision: evidence without a source (thin), metrics a placeholder (hollow), follow-up
    // missing and suppressed with a reason: 5 of 7.
    repo.write(
      'docs/decisions/0002-gift-cards.md',
      record('status: accepted\n', '2. Gift cards', '<!-- customer-lens-disable close-the-loop -- gift cards need no follow-up -->\n', CUSTOMERS, PROBLEM, IMPACT, VALUE, '## Customer evidence\n\nShop owners asked for it.\n', '## Success metrics\n\nTBD\n'),
    );
    git(root, '2024-03-10T12:00:00Z', 'add', '-A');
    git(root, '2024-03-10T12:00:00Z', 'commit', '-qm', 'three');
    // 4: a file that is no record: no point in the history.
    repo.write('docs/notes.md', '# Notes\n');
    git(root, '2024-04-10T12:00:00Z', 'add', '-A');
    git(root, '2024-04-10T12:00:00Z', 'commit', '-qm', 'four');
  });
  after(() => repo.remove());

  it('counts coverage overall and per concept, and gives every cell its state', () => {
    const { map, exitCode } = runReport(options({ paths: ['docs'] }), repo.root, '2024-05-01');
    assert.ok(map);
    assert.equal(exitCode, 0);
    // 4/6 + 6/6 + 5/7 (thin counts as present; suppressed does not): 15 of 19.
    assert.deepEqual(map.coverage, { present: 15, required: 19, percent: 78.9 });
    assert.deepEqual(map.perConcept, {
      'customer-segment': { present: 3, required: 3, percent: 100 },
      'problem-solved': { present: 3, required: 3, percent: 100 },
      'customer-impact': { present: 3, required: 3, percent: 100 },
      'value-created': { present: 3, required: 3, percent: 100 },
      'customer-evidence': { present: 2, required: 3, percent: 66.7 },
      'success-metrics': { present: 1, required: 3, percent: 33.3 },
      'close-the-loop': { present: 0, required: 1, percent: 0 },
    });
    assert.deepEqual(
      map.records.map((r) => ({ path: r.path, href: r.href, title: r.title, kind: r.kind, status: r.status, folder: r.folder, date: r.date, cells: row(r.cells) })),
      [
        {
          path: 'docs/decisions/0001-late-orders.md', href: 'docs/decisions/0001-late-orders.md', title: '1. Late orders first', kind: 'decision', status: 'proposed', folder: 'docs/decisions',
          // No front matter date: git's last commit that changed it.
          date: '2024-02-10',
          cells: ['customer-segment: present', 'problem-solved: present', 'customer-impact: present', 'value-created: present', 'customer-evidence: missing', 'success-metrics: missing', 'close-the-loop: not-required (not required)'],
        },
        {
          path: 'docs/decisions/0002-gift-cards.md', href: 'docs/decisions/0002-gift-cards.md', title: '2. Gift cards', kind: 'decision', status: 'accepted', folder: 'docs/decisions', date: '2024-03-10',
          cells: [
            'customer-segment: present', 'problem-solved: present', 'customer-impact: present', 'value-created: present',
            'customer-evidence: thin (This evidence cites no source: add a link, a ticket, a quotation, a date or a count ("14 of 20 interviewees").)',
            'success-metrics: hollow', 'close-the-loop: suppressed (gift cards need no follow-up)',
          ],
        },
        {
          path: 'docs/specs/wishlists.md', href: 'docs/specs/wishlists.md', title: 'Wishlists', kind: 'spec', status: 'proposed', folder: 'docs/specs', date: '2024-02-01',
          cells: ['customer-segment: present', 'problem-solved: present', 'customer-impact: present', 'value-created: present', 'customer-evidence: present', 'success-metrics: present', 'close-the-loop: not-required (not required)'],
        },
      ],
    );
  });

  it('gives coverage over time: each record as it was at each commit that changed one', () => {
    const { map } = runReport(options({ paths: ['docs'] }), repo.root, '2024-05-01');
    assert.ok(map);
    const points = map.history.map((p) => ({ date: p.date.slice(0, 10), records: p.records, present: p.present, required: p.required }));
    // The hollow metrics and the suppressed follow-up are not present at commit 3 either: 3 + 4 + 6 + 5.
    assert.deepEqual(points, [
      { date: '2024-01-10', records: 1, present: 3, required: 6 },
      { date: '2024-02-10', records: 2, present: 10, required: 12 },
      { date: '2024-03-10', records: 3, present: 15, required: 19 },
    ]);
    assert.equal(map.history[2].commit.length, 40);
  });

  it('writes one self-contained file that links each record, and exits 1 below --fail-under', () => {
    const below = runCli(repo.root, ['report', 'docs', '--out', 'out/map.html', '--fail-under', '79']);
    assert.equal(below.code, 1, below.stderr);
    assert.equal(below.stdout, 'Wrote out/map.html: 3 records, coverage 78.9% (15 of 19 required concepts present)\n');
    assert.equal(below.stderr, 'customer-lens: coverage 78.9% is below --fail-under 79\n');
    const at = runCli(repo.root, ['report', 'docs', '--out', 'out/map.html', '--fail-under=78.9']);
    assert.equal(at.code, 0, at.stderr);
    const html = readFileSync(repo.path('out/map.html'), 'utf8');
    // Nothing outside the file: no URL of any scheme, no src attribute at all.
    assert.deepEqual(html.match(/\b[a-z][a-z0-9+.-]*:\/\//gi), null);
    assert.deepEqual(html.match(/\ssrc=/gi), null);
    assert.ok(html.includes('<a href="../docs/decisions/0002-gift-cards.md">2. Gift cards</a>'));
    assert.ok(html.includes('title="Customer follow-up: suppressed: gift cards need no follow-up"'));
    assert.ok(html.includes('<p class="big" data-coverage>78.9%</p>'));
  });

  it('merges JSON outputs of several repositories, with their personas, into one map', () => {
    const shop = {
      version: 1,
      files: [
        {
          path: 'adr/0001-prices.md', kind: 'decision', status: 'accepted', personas: ['shop-owner'],
          concepts: { 'customer-segment': 'present', 'problem-solved': 'present', 'customer-impact': 'present', 'value-created': 'missing', 'customer-evidence': 'present', 'success-metrics': 'hollow', 'close-the-loop': 'present' },
          diagnostics: [
            { rule: 'impact-without-feeling', severity: 'info', message: 'No feeling.', line: 9, column: 1, endLine: 9, endColumn: 19 },
            { rule: 'names-no-customer', severity: 'info', message: 'Nobody named.', line: 9, column: 1, endLine: 9, endColumn: 19 },
          ],
        },
        { path: 'personas/shop-owner.md', kind: 'persona', status: null, diagnostics: [] },
        { path: 'personas/accountant.persona.yaml', kind: 'persona', status: null, diagnostics: [] },
        { path: '.customer-lens.yaml', kind: 'config', status: null, diagnostics: [] },
      ],
      summary: { files: 3, errors: 0, warnings: 0, infos: 2, hints: 0 },
    };
    const billing = {
      version: 1,
      files: [
        {
          path: 'specs/invoices.md', kind: 'spec', status: 'proposed', personas: ['shop-owner', 'bookkeeper'],
          concepts: { 'customer-segment': 'present', 'problem-solved': 'present', 'customer-impact': 'present', 'value-created': 'present', 'customer-evidence': 'missing', 'success-metrics': 'present', 'close-the-loop': 'not-required' },
          diagnostics: [{ rule: 'names-no-customer', severity: 'info', message: 'Nobody named.', line: 12, column: 1, endLine: 12, endColumn: 10 }],
        },
      ],
      summary: { files: 1, errors: 0, warnings: 0, infos: 1, hints: 0 },
    };
    repo.write('org/shop.json', JSON.stringify(shop));
    repo.write('org/billing.json', JSON.stringify(billing));
    const run = runReport(options({ from: ['org/shop.json', 'org/billing.json'], out: 'org/map.html', days: 30 }), repo.root, '2024-05-01');
    assert.ok(run.map);
    const { map } = run;
    assert.deepEqual(
      map.records.map((r) => ({ path: r.path, href: r.href, folder: r.folder, personas: r.personas, notes: r.notes, cells: row(r.cells) })),
      [
        {
          path: 'billing/specs/invoices.md', href: 'specs/invoices.md', folder: 'billing/specs', personas: ['shop-owner', 'bookkeeper'],
          // Four candidates present: the JSON does not say which section names nobody.
          notes: ['line 12: Nobody named. (names-no-customer)'],
          cells: ['customer-segment: present', 'problem-solved: present', 'customer-impact: present', 'value-created: present', 'customer-evidence: missing', 'success-metrics: present', 'close-the-loop: not-required (not required)'],
        },
        {
          path: 'shop/adr/0001-prices.md', href: 'adr/0001-prices.md', folder: 'shop/adr', personas: ['shop-owner'], notes: [],
          // names-no-customer shares its line with impact-without-feeling: the customer impact.
          cells: ['customer-segment: present', 'problem-solved: present', 'customer-impact: thin (No feeling. Nobody named.)', 'value-created: missing', 'customer-evidence: present', 'success-metrics: hollow', 'close-the-loop: present'],
        },
      ],
    );
    // 5 of 7 (thin is present) + 5 of 6.
    assert.deepEqual(map.coverage, { present: 10, required: 13, percent: 76.9 });
    // No record is dated in JSON: every persona is one nobody decided for in the window.
    assert.deepEqual(map.personas, [
      { id: 'accountant', records: [], card: true, stale: true },
      { id: 'bookkeeper', records: ['billing/specs/invoices.md'], card: false, stale: true },
      { id: 'shop-owner', records: ['billing/specs/invoices.md', 'shop/adr/0001-prices.md'], card: true, stale: true },
    ]);
    assert.ok(existsSync(repo.path('org/map.html')));
  });

  it('finds the personas nobody decided for in the last N days from the records’ dates', () => {
    repo.write('dated/a.json', JSON.stringify({ version: 1, files: [{ path: 'adr/1.md', kind: 'decision', status: 'proposed', personas: ['p'], concepts: {}, diagnostics: [] }] }));
    const { map } = runReport(options({ from: ['dated/a.json'], out: 'dated/map.html' }), repo.root, '2024-05-01');
    assert.ok(map);
    map.records[0].date = '2024-04-01';
    // The model itself: recent within the window, stale outside it.
    const { buildMap } = require('../../server/src/report/model') as typeof import('../../server/src/report/model');
    const within = buildMap({ records: map.records, days: 30, today: '2024-05-01', sources: [] });
    assert.deepEqual(within.personas, [{ id: 'p', records: ['a/adr/1.md'], last: '2024-04-01', card: false, stale: false }]);
    const outside = buildMap({ records: map.records, days: 29, today: '2024-05-01', sources: [] });
    assert.deepEqual(outside.personas, [{ id: 'p', records: ['a/adr/1.md'], last: '2024-04-01', card: false, stale: true }]);
  });

  it('says what is wrong in one line and exits 2', () => {
    repo.write('bad/not-json.json', '{');
    repo.write('bad/other.json', '{"version": 2}');
    const cases: [string[], RegExp][] = [
      [['report', 'nowhere'], /^customer-lens: no such file or folder: nowhere\n$/],
      [['report', '--from', 'bad/not-json.json'], /^customer-lens: --from bad\/not-json.json: not JSON \(.*\)\n$/],
      [['report', '--from', 'bad/other.json'], /^customer-lens: --from bad\/other.json: not the output of "customer-lens check --format json" \(version 1, files\)\n$/],
      [['report', '--fail-under', 'lots'], /^customer-lens: --fail-under needs a number from 0 to 100, not "lots"\n$/],
      [['report', 'docs', '--from', 'org/shop.json'], /^customer-lens: --from reads JSON outputs instead of files: give paths or --from, not both\n$/],
      [['report', '--colour'], /^customer-lens: unknown option "--colour" \(customer-lens report --help lists the options\)\n$/],
      [['report', '--lang', 'nl'], /^customer-lens: --lang needs one of en, it, es, pl, de, fr, pt, not "nl"\n$/],
    ];
    for (const [args, stderr] of cases) {
      const r = runCli(repo.root, args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, stderr);
      assert.equal(r.stdout, '');
    }
  });

  it('words the map in the language --lang asks for: its caption, legend, headings and why there is no history', () => {
    const r = runCli(repo.root, ['report', 'docs', '--lang', 'de-CH', '--no-history', '--out', 'de/map.html']);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(`${repo.root}/de/map.html`, 'utf8');
    assert.ok(html.includes('<html lang="de">'));
    assert.ok(html.includes('<title>Customer Lens: Entscheidungskarte</title>'));
    assert.ok(
      html.includes('<caption>Jeder Eintrag (Zeile) und der Zustand jedes Kundenkonzepts (Spalte). Symbole: ✓ vorhanden, ◐ dünn, ○ leer, ✗ fehlt, ⊘ unterdrückt, – nicht erforderlich.</caption>'),
      'the heat map caption in German',
    );
    const legend =
      '<h3>Was jeder Zustand bedeutet</h3><dl class="legend">' +
      '<dt class="s-present"><span class="mark" aria-hidden="true">✓</span>vorhanden</dt><dd>der Abschnitt ist geschrieben und sagt, was er muss</dd>' +
      '<dt class="s-thin"><span class="mark" aria-hidden="true">◐</span>dünn</dt><dd>geschrieben, aber eine Substanzregel verlangt mehr: wer die Kunden sind, wie sie sich fühlen werden, eine Zahl oder eine Quelle</dd>' +
      '<dt class="s-hollow"><span class="mark" aria-hidden="true">○</span>leer</dt><dd>die Überschrift ist da, darunter nur Leerzeilen oder Platzhaltertext</dd>' +
      '<dt class="s-missing"><span class="mark" aria-hidden="true">✗</span>fehlt</dt><dd>der Eintrag muss dieses Konzept behandeln und tut es nicht</dd>' +
      '<dt class="s-suppressed"><span class="mark" aria-hidden="true">⊘</span>unterdrückt</dt><dd>fehlt oder leer, und ein customer-lens-disable-Kommentar unterdrückt es; sein Grund steht an der Zelle</dd>' +
      '<dt class="s-not-required"><span class="mark" aria-hidden="true">–</span>nicht erforderlich</dt><dd>Art und Status des Eintrags verlangen dieses Konzept nicht</dd></dl>';
    assert.ok(html.includes(legend), 'the legend in German');
    assert.ok(html.includes('<h2 id="h-coverage">Abdeckung</h2>'));
    assert.ok(html.includes('<th scope="col">Eintrag</th><th scope="col">Art</th><th scope="col">Status</th><th scope="col">Datum</th><th scope="col">Personas</th><th scope="col">Kunden</th>'));
    assert.ok(html.includes('<p>Kein Verlauf: nicht angefordert (--no-history).</p>'));
    assert.ok(!html.includes('Records × concepts') && !html.includes('What each state means'), 'no English left in the map’s own words');
  });

  it('ends --from at -- and at the next flag, and refuses a value given to --no-history', () => {
    assert.throws(() => parseReportArgs(['--from', 'a.json', '--', 'docs']), { message: '--from reads JSON outputs instead of files: give paths or --from, not both' });
    assert.throws(() => parseReportArgs(['--from', 'a.json', '--no-history', 'b.json']), { message: '--from reads JSON outputs instead of files: give paths or --from, not both' });
    assert.deepEqual(parseReportArgs(['--from', 'a.json', 'b.json', '--no-history']), { paths: [], out: 'customer-lens-report.html', from: ['a.json', 'b.json'], days: 90, history: false, lang: 'en' });
    assert.deepEqual(parseReportArgs(['--days=7', '--', '-x', '--lang']), { paths: ['-x', '--lang'], out: 'customer-lens-report.html', from: [], days: 7, history: true, lang: 'en' });
    assert.throws(() => parseReportArgs(['--no-history=yes']), { message: '--no-history takes no value' });
    assert.throws(() => parseReportArgs(['--out', '-x.html']), { message: '--out needs a value' });
    assert.throws(() => parseReportArgs(['docs', '-']), { message: 'report reads files, not stdin' });
  });

  it('reads --from with several files after it, and no history outside git', () => {
    assert.deepEqual(parseReportArgs(['--from', 'a.json', 'b.json', '--days', '30', '--out=x.html']), { paths: [], out: 'x.html', from: ['a.json', 'b.json'], days: 30, history: true, lang: 'en' });
    const outside = new TempFolder('cl-report-nogit-');
    try {
      outside.write('adr/0001.md', record('status: proposed\n', 'One', CUSTOMERS));
      const { map, html } = runReport(options({ paths: ['adr'] }), outside.root, '2024-05-01');
      assert.ok(map && html);
      assert.deepEqual(map.history, []);
      assert.match(html, /No history: report needs a git repository, and .* is not inside one/);
    } finally {
      outside.remove();
    }
  });
});
