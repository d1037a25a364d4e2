// Personas in the CLI: the same findings as the editor's (unknown-persona, unused-persona) from an index of
// the files it checks, `personas` in the JSON, the personas a change affects in the PR comment, and with
// --since the repository's cards.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const FIXTURE = join(__dirname, '..', '..', '..', 'test', 'lsp', 'fixtures', 'persona-workspace');

interface JsonFile {
  path: string;
  kind: string;
  personas?: string[];
  diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

describe('CLI: personas', function () {
  this.timeout(30000);
  let dir: string;

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'cl-cli-personas-')));
    cpSync(FIXTURE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const personaFindings = (files: JsonFile[]) =>
    files.map((f) => ({ path: f.path, kind: f.kind, personas: f.personas, persona: f.diagnostics.filter((d) => d.rule.includes('persona')) }));

  it('reports unknown and unused personas as the editor does, and lists each file\'s personas', () => {
    const r = runCli(dir, ['check', 'docs', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    assert.deepEqual(personaFindings(files), [
      { path: 'docs/decisions/0001-annual-billing.md', kind: 'decision', personas: ['sam'], persona: [] },
      {
        path: 'docs/decisions/0002-reorder.md', kind: 'decision', personas: ['sam', 'sma'],
        persona: [{ rule: 'unknown-persona', severity: 'warning', message: 'No persona card defines "sma": check the id, or create its card.', line: 5, column: 5, endLine: 5, endColumn: 8 }],
      },
      {
        path: 'docs/personas/night-baker.persona.yaml', kind: 'persona', personas: [],
        persona: [{
          rule: 'unused-persona', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 29,
          message: 'No decision or spec references the persona "night-baker": name it in a record\'s `customers:`, or retire the card.',
        }],
      },
      { path: 'docs/personas/sam.md', kind: 'persona', personas: [], persona: [] },
      { path: 'docs/specs/checkout.md', kind: 'spec', personas: ['sam'], persona: [] },
    ]);
    const checkout = files.find((f) => f.path === 'docs/specs/checkout.md');
    assert.equal((checkout as unknown as { concepts: Record<string, string> }).concepts['customer-segment'], 'present');
  });

  it('gives the same findings in the line format, and names the personas a record affects in the PR comment', () => {
    const line = runCli(dir, ['check', 'docs', '--format', 'line']);
    assert.deepEqual(line.stdout.split('\n').filter((l) => / (unknown|unused)-persona /.test(l)), [
      'docs/decisions/0002-reorder.md:5:5: warning unknown-persona No persona card defines "sma": check the id, or create its card.',
      'docs/personas/night-baker.persona.yaml:1:1: info unused-persona No decision or spec references the persona "night-baker": name it in a record\'s `customers:`, or retire the card.',
    ]);
    const markdown = runCli(dir, ['check', 'docs/decisions', 'docs/specs', 'docs/personas', '--format', 'markdown']).stdout;
    const section = markdown.slice(markdown.indexOf('**Personas affected**'), markdown.indexOf('\n### '));
    assert.equal(section, [
      '**Personas affected**', '',
      '- `sam`: `docs/decisions/0001-annual-billing.md`, `docs/decisions/0002-reorder.md`, `docs/specs/checkout.md`',
      '- `sma`: `docs/decisions/0002-reorder.md`', '',
    ].join('\n'));
  });

  it('with no card among the paths, reports no unknown persona: ids are only names there', () => {
    const r = runCli(dir, ['check', 'docs/decisions', '--format', 'json']);
    const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    assert.deepEqual(files.flatMap((f) => f.diagnostics.filter((d) => d.rule.includes('persona'))), []);
  });

  it('with --since, checks the changed record against the repository\'s cards', () => {
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.email', 'test@example.com');
    git(dir, 'config', 'user.name', 'Test');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'docs/decisions/0003-night.md'), '---\ncustomers: [night-baker, nite-baker]\n---\n# Night orders\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'night');
    const r = runCli(dir, ['check', '--since', 'main', '--format', 'json']);
    const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    assert.deepEqual(personaFindings(files), [
      {
        path: 'docs/decisions/0003-night.md', kind: 'decision', personas: ['night-baker', 'nite-baker'],
        persona: [{ rule: 'unknown-persona', severity: 'warning', message: 'No persona card defines "nite-baker": check the id, or create its card.', line: 2, column: 26, endLine: 2, endColumn: 36 }],
      },
    ]);
  });
});
