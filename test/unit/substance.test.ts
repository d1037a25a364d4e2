// The substance rules: one judgement for the rules and the hover, the quick fix's line, history, config words.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogFor, loadConfig, RULE_IDS, SUBSTANCE, type Analysis } from '../../server/src/engine';
import { codeActions } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { judgementLines } from '../../server/src/lsp/hover';
import { analyze } from '../helpers/engine';
import { FIXTURES_DIR } from '../helpers/findings';

const SUBSTANCE_RULES = SUBSTANCE.map((s) => s.rule);

const DOC = `---
status: proposed
---

# Reorder in one tap

## Customers

Independent bakers who order flour every week.

## Customer impact

Bakers see a reorder button on last week's order.

## Success metrics

Reorder becomes the usual way to order.
`;

function substance(a: Analysis): string[] {
  return a.findings.filter((f) => SUBSTANCE_RULES.includes(f.rule)).map((f) => `${f.rule}@${f.range.start.line}`).sort();
}

describe('substance rules', () => {
  it('the hover shows exactly the verdicts the rules report, on every fixture', () => {
    let compared = 0;
    for (const rule of readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory() && RULE_IDS.includes(e.name))) {
      for (const file of readdirSync(join(FIXTURES_DIR, rule.name)).filter((f) => /\.(md|ya?ml)$/.test(f) && !f.includes('.fixed.'))) {
        const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, rule.name, file.replace(/\.(md|ya?ml)$/, '.expected.json')), 'utf8'));
        const a = analyze({ path: Array.isArray(expected) ? `fixtures/${rule.name}/${file}` : expected.path, text: readFileSync(join(FIXTURES_DIR, rule.name, file), 'utf8') });
        if (!a.kind || ['rejected', 'deprecated', 'superseded'].includes(a.status)) continue;
        const en = catalogFor('en');
        for (const s of a.document.sections) {
          const hoverSays = judgementLines(a, s, en).filter((l) => l.startsWith('·')).length;
          // Suppressed findings are the one way the two may part: a reader asked for silence.
          const reported = a.findings.filter((f) => SUBSTANCE_RULES.includes(f.rule) && f.range.start.line === s.labelRange.start.line && f.range.start.character === s.labelRange.start.character).length;
          if (!a.document.comments.some((c) => c.text.includes('customer-lens-disable'))) assert.equal(reported, hoverSays, `${rule.name}/${file}: ${s.label}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 100);
  });

  it('reports each missing signal on the heading, and nothing on history records', () => {
    const a = analyze({ path: 'docs/decisions/0001-reorder.md', text: DOC });
    assert.deepEqual(substance(a), ['impact-without-feeling@10', 'metric-without-number@14']);
    const rejected = analyze({ path: 'docs/decisions/0001-reorder.md', text: DOC.replace('status: proposed', 'status: rejected') });
    assert.deepEqual(substance(rejected), []);
  });

  it('the quick fix adds a placeholder line that keeps the finding until it is filled in', () => {
    const path = 'docs/decisions/0001-reorder.md';
    const a = analyze({ path, text: DOC });
    const uri = 'file:///doc.md';
    const diag = a.findings.filter((f) => f.rule === 'impact-without-feeling').map(toDiagnostic);
    const fix = codeActions(a, { uri, range: diag[0].range, diagnostics: diag }, 'en').find((x) => x.title.includes('They will feel'));
    assert.ok(fix, 'no scaffold fix offered');
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, DOC), fix.edit?.changes?.[uri] ?? []);
    assert.ok(after.includes("## Customer impact\n\nThey will feel: {how customers will feel or react}\n\nBakers see"));
    const again = analyze({ path, text: after });
    const rules = (x: Analysis) => substance(x).map((f) => f.split('@')[0]);
    assert.deepEqual(rules(again), rules(a), 'the scaffold line must not answer the check');
    assert.equal(again.findings.filter((f) => f.rule === 'placeholder-text').length, 0);
    // Not offered twice; filled in, it answers.
    const diag2 = again.findings.filter((f) => f.rule === 'impact-without-feeling').map(toDiagnostic);
    assert.equal(codeActions(again, { uri, range: diag2[0].range, diagnostics: diag2 }, 'en').filter((x) => x.title.includes('They will feel')).length, 0);
    const filled = analyze({ path, text: after.replace('{how customers will feel or react}', 'relieved') });
    assert.deepEqual(substance(filled), ['metric-without-number@16']);
  });

  it('the fix writes the document\'s language', () => {
    const text = DOC.replace('## Customer impact', '## Impatto sul cliente').replace('Bakers see a reorder button', 'I fornai vedono il pulsante per riordinare gli ordini della settimana scorsa');
    const a = analyze({ path: 'docs/decisions/0001-riordino.md', text: `---\nlang: it\nstatus: proposed\n---\n${text.split('---\n').slice(2).join('---\n')}` });
    const diag = a.findings.filter((f) => f.rule === 'impact-without-feeling').map(toDiagnostic);
    const uri = 'file:///doc.md';
    const fix = codeActions(a, { uri, range: diag[0].range, diagnostics: diag }, 'en').find((x) => x.title.startsWith('Add a line'));
    assert.match(fix?.edit?.changes?.[uri]?.[0].newText ?? '', /^Si sentiranno: \{/);
  });

  it('config words count, per signal and per language; each rule can be turned off', () => {
    const { config, findings } = loadConfig('words:\n  feeling: { de: ["aufatmen"], en: ["reorder button"] }\n  metric: [usual]\nrules:\n  names-no-customer: off\n', RULE_IDS);
    assert.deepEqual(findings, []);
    const a = analyze({ path: 'docs/decisions/0001-reorder.md', text: DOC, config });
    assert.deepEqual(substance(a), []);
  });

  it('a persona card known to the workspace names the customer by its name', () => {
    const text = DOC.replace('## Customers\n\nIndependent bakers who order flour every week.\n\n', '').replace('status: proposed', 'status: proposed\npersonas: p-17').replace('Bakers see', 'Pâtissiers see');
    const path = 'docs/decisions/0001-reorder.md';
    assert.ok(substance(analyze({ path, text })).some((f) => f.startsWith('names-no-customer')));
    assert.ok(!substance(analyze({ path, text, personaDirectory: { cards: [{ id: 'p-17', name: 'Pâtissier' }] } })).some((f) => f.startsWith('names-no-customer')));
  });

  it('invalid words settings are reported in the catalog\'s words, and the rest applies', () => {
    const { config, findings } = loadConfig('words:\n  mood: [x]\n  feeling: { xx: [a], fr: [soulagement] }\n  who: 3\n', RULE_IDS, 'de');
    assert.deepEqual(findings.map((f) => f.message), [
      'unbekanntes Signal „mood“: verwende who, feeling, metric oder evidence',
      'words.feeling.xx: keine Sprache; verwende en, it, es, pl, de, fr oder pt',
      'words.who muss eine Liste von Zeichenketten sein',
    ]);
    assert.deepEqual(config.words?.feeling, ['soulagement']);
  });
});
