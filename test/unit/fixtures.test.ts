// Fixture tests, found automatically: test/fixtures/<rule-id>/<name>.md (or .yaml) beside
// <name>.expected.json, which holds the document's virtual path and its whole findings.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LANGUAGES, RULE_IDS, type Analysis, type KnownPersona, type PersonaDirectory } from '../../server/src/engine';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { analyze } from '../helpers/engine';
import { FIXTURES_DIR, sortFindings, toPlain, type PlainFinding } from '../helpers/findings';

interface Expected {
  /** The path the engine is told, which decides the kind by the default globs (e.g. docs/adr/0001-x.md). */
  path: string;
  /** Why the findings are what they are, for the reader; not compared. */
  note?: string;
  kind?: string;
  status?: string;
  findings: PlainFinding[];
  /** The workspace's persona cards and how many records use each, for the persona rules. */
  workspace?: { cards: KnownPersona[]; usedBy?: Record<string, number> };
}

function directoryOf(workspace: Expected['workspace']): PersonaDirectory | undefined {
  if (!workspace) return undefined;
  const used = workspace.usedBy;
  return { cards: workspace.cards, usedBy: used ? (id) => used[id] : undefined };
}

interface Fixture {
  rule: string;
  name: string;
  file: string;
  expectedFile: string;
  /** `<name>.fixed.md` (or .yaml): the text once the fix-all action is applied, when the fixture has one. */
  fixedFile: string;
}

const DOCUMENT = /\.(?:md|markdown|ya?ml)$/i;
/** Rules that no document fixture can show: the config's own rule, and the size limit (a unit test). */
const NOT_BY_FIXTURE = new Set(['invalid-config', 'file-too-large']);

function documentsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...documentsUnder(p));
    else if (e.isFile() && DOCUMENT.test(e.name)) out.push(p);
  }
  return out.sort();
}

function findFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const e of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!e.isDirectory() || !RULE_IDS.includes(e.name)) continue;
    for (const file of documentsUnder(join(FIXTURES_DIR, e.name))) {
      const name = basename(file, extname(file));
      if (name.endsWith('.fixed')) continue;
      const stem = file.slice(0, -extname(file).length);
      out.push({ rule: e.name, name, file, expectedFile: `${stem}.expected.json`, fixedFile: `${stem}.fixed${extname(file)}` });
    }
  }
  return out;
}

function readExpected(f: Fixture): Expected {
  const raw: unknown = JSON.parse(readFileSync(f.expectedFile, 'utf8'));
  if (Array.isArray(raw)) return { path: `fixtures/${f.rule}/${basename(f.file)}`, findings: raw as PlainFinding[] };
  return raw as Expected;
}

const fixtures = findFixtures();

describe('fixtures', () => {
  it('finds fixtures', () => {
    assert.ok(fixtures.length > 0, `no fixtures under ${FIXTURES_DIR}`);
  });

  for (const f of fixtures) {
    it(`${f.rule}/${basename(f.file)}`, () => {
      assert.ok(existsSync(f.expectedFile), `missing ${basename(f.expectedFile)} beside the fixture`);
      const expected = readExpected(f);
      assert.equal(extname(expected.path).toLowerCase().replace('.yml', '.yaml'), extname(f.file).toLowerCase().replace('.yml', '.yaml'), 'the virtual path must have the fixture\'s extension');
      const text = readFileSync(f.file, 'utf8');
      const analysis = analyze({ path: expected.path, text, personaDirectory: directoryOf(expected.workspace) });
      if (expected.kind !== undefined) assert.equal(analysis.kind, expected.kind, 'kind');
      if (expected.status !== undefined) assert.equal(analysis.status, expected.status, 'status');
      const withMessage = expected.findings.some((x) => x.message !== undefined);
      const actual = analysis.findings.map((x) => toPlain(x, withMessage));
      assert.deepStrictEqual(sortFindings(actual), sortFindings(expected.findings));
    });
  }

  /** The text after the fix-all action (what `--fix` and "add all" do), or the text itself when none is offered. */
  function fixedText(analysis: Analysis, text: string): string {
    const uri = 'file:///fixture';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const all = codeActions(analysis, { uri, range, diagnostics: analysis.findings.map(toDiagnostic), only: [FIX_ALL_KIND] }, 'en');
    const edits = all[0]?.edit?.changes?.[uri] ?? [];
    return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  }

  describe('scenarios: the text after the quick fixes, linted again', () => {
    const scenarios = fixtures.filter((f) => existsSync(f.fixedFile));
    it('finds scenarios in more than one language', () => {
      assert.ok(new Set(scenarios.map((f) => f.name.slice(0, 2))).size > 1, 'fewer than two languages have a .fixed fixture');
    });
    for (const f of scenarios) {
      it(`${f.rule}/${basename(f.fixedFile)}`, () => {
        const { path } = readExpected(f);
        const before = analyze({ path, text: readFileSync(f.file, 'utf8') });
        const after = fixedText(before, readFileSync(f.file, 'utf8'));
        assert.equal(after, readFileSync(f.fixedFile, 'utf8'));
        const again = analyze({ path, text: after });
        // Nothing is missing any more; each added section holds its prompt, which is reported until it is answered.
        const added = before.findings.filter((x) => x.concept && x.rule === x.concept).map((x) => x.concept);
        assert.deepEqual(again.findings.filter((x) => x.rule === x.concept), [], 'a concept is still missing');
        assert.deepEqual(again.findings.filter((x) => x.rule === 'placeholder-text').map((x) => x.concept).sort(), [...added].sort());
        assert.equal(fixedText(again, after), after, 'a second fix changes the text again');
      });
    }
  });

  describe('coverage: a failing and a passing fixture for every rule in every language', () => {
    const byRule = new Map<string, { name: string; fails: boolean }[]>();
    for (const f of fixtures) {
      if (!existsSync(f.expectedFile)) continue;
      const expected = readExpected(f);
      const list = byRule.get(f.rule) ?? [];
      list.push({ name: f.name, fails: expected.findings.some((x) => x.rule === f.rule) });
      byRule.set(f.rule, list);
    }
    for (const rule of RULE_IDS.filter((r) => !NOT_BY_FIXTURE.has(r))) {
      it(rule, () => {
        const list = byRule.get(rule) ?? [];
        const missing: string[] = [];
        for (const lang of LANGUAGES) {
          const mine = list.filter((x) => x.name.startsWith(`${lang}-`));
          if (!mine.some((x) => x.fails)) missing.push(`${lang}: failing`);
          if (!mine.some((x) => !x.fails)) missing.push(`${lang}: passing`);
        }
        assert.deepStrictEqual(missing, [], `test/fixtures/${rule}/ lacks fixtures`);
      });
    }
  });
});
