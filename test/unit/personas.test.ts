// The engine's personas: a card read from keys or from sections in any language, a record's references
// with their places, the persona kind, and what a reference changes in a record's check.

import * as assert from 'node:assert/strict';
import { LANGUAGES, personaCardText, type PersonaDirectory } from '../../server/src/engine';
import { analyze, engine, kindFromPath } from '../helpers/engine';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

describe('personas in the engine', () => {
  it('reads a Markdown card: id and name from front matter, parts from headings of any language', () => {
    const text = '---\nid: sam\nname: Sam, the shop owner\n---\n# Sam\n\n## Segmento\n\nSmall shops.\n\n## Jobs to be done\n\n- Reorder flour\n- Pay suppliers\n\n## Schmerzpunkte\n\n* Late invoices\n\n## Gains\n\nTime back.\n\n## Citações\n\n> "I lose a morning a week"\n';
    const facts = engine.personaFacts({ path: 'docs/personas/anything.md', text });
    assert.deepEqual(facts, {
      kind: 'persona',
      references: [],
      links: [],
      card: {
        id: 'sam', idRange: range(1, 4, 7), idFromFileName: false, name: 'Sam, the shop owner', segment: 'Small shops.',
        jobs: ['Reorder flour', 'Pay suppliers'], pains: ['Late invoices'], gains: ['Time back.'], quotes: ['I lose a morning a week'], anchor: range(4, 0, 5),
      },
    });
  });

  it('reads a YAML card: the id from the file name, the name from `name:`, parts from keys', () => {
    const text = 'name: Bo\nsegment: Agencies\njobs_to_be_done:\n  - Bill clients\npains: Slow exports\nquotes: ["We wait for the export"]\n';
    const facts = engine.personaFacts({ path: 'team/bo.persona.yaml', text });
    assert.deepEqual(facts.card, {
      id: 'bo', idRange: range(0, 0, 8), idFromFileName: true, name: 'Bo', segment: 'Agencies',
      jobs: ['Bill clients'], pains: ['Slow exports'], gains: [], quotes: ['We wait for the export'], anchor: range(0, 0, 8),
    });
  });

  it('finds persona cards by the persona globs after the record kinds, and by `kind: persona`', () => {
    assert.equal(engine.personaFacts({ path: 'docs/personas/sam.md', text: '# Sam\n' }).kind, 'persona');
    assert.equal(engine.personaFacts({ path: 'specs/personas/sam.md', text: '# Sam\n' }).kind, 'spec');
    assert.equal(engine.personaFacts({ path: 'personas/docs/decisions/0001.md', text: '# A\n' }).kind, 'decision');
    assert.equal(engine.personaFacts({ path: 'notes/sam.md', text: '---\nkind: persona\n---\n# Sam\n' }).kind, 'persona');
    assert.equal(kindFromPath('docs/personas/sam.md'), undefined);
    assert.equal(kindFromPath('docs/decisions/0001.md'), 'decision');
  });

  it('gives each id of `customers:` and `personas:` its place; prose and numbers are no reference', () => {
    const text = '---\ncustomers: [sam, bo]\npersonas:\n  - "carla"\n  - Independent shop owners\n  - 42\n---\n# Pricing\n';
    assert.deepEqual(engine.personaFacts({ path: 'docs/decisions/0001-pricing.md', text }).references, [
      { id: 'sam', range: range(1, 12, 15), via: 'key' },
      { id: 'bo', range: range(1, 17, 19), via: 'key' },
      { id: 'carla', range: range(3, 5, 10), via: 'key' },
    ]);
    assert.deepEqual(engine.personaFacts({ path: 'docs/adr/x.decision.yaml', text: 'customers: sam\ntitle: X\n' }).references, [{ id: 'sam', range: range(0, 11, 14), via: 'key' }]);
  });

  it('counts a link to a card as a reference that names the customer, and reports an unknown id only where cards exist', () => {
    const directory: PersonaDirectory = {
      cards: [{ id: 'sam', name: 'Sam, the shop owner' }],
      cardAt: (target) => (target === '../personas/sam.md' ? { id: 'sam', name: 'Sam, the shop owner' } : undefined),
    };
    const text = '# Pricing\n\nFor [Sam](../personas/sam.md "card") and [the blog](https://example.com/a.md).\n';
    const withLink = analyze({ path: 'docs/specs/pricing.md', text, personaDirectory: directory });
    assert.deepEqual(withLink.references, [{ id: 'sam', range: range(2, 4, 36), via: 'link' }]);
    assert.equal(withLink.concepts.find((c) => c.concept === 'customer-segment')?.state, 'present');
    const without = analyze({ path: 'docs/specs/pricing.md', text });
    assert.equal(without.concepts.find((c) => c.concept === 'customer-segment')?.state, 'missing');

    const typo = '---\ncustomers: [sma]\n---\n# Pricing\n';
    assert.deepEqual(analyze({ path: 'docs/specs/pricing.md', text: typo, personaDirectory: directory }).findings.filter((f) => f.rule === 'unknown-persona'), [
      { rule: 'unknown-persona', severity: 'warning', message: 'No persona card defines "sma": check the id, or create its card.', range: range(1, 12, 15), concept: undefined },
    ]);
    assert.deepEqual(analyze({ path: 'docs/specs/pricing.md', text: typo, personaDirectory: { cards: [] } }).findings.filter((f) => f.rule === 'unknown-persona'), []);
  });

  it('never runs the concept rules on a card', () => {
    const card = analyze({ path: 'docs/personas/sam.md', text: '# Sam\n\n## Customer impact\n\n', personaDirectory: { cards: [{ id: 'sam' }], usedBy: () => 1 } });
    assert.equal(card.kind, undefined);
    assert.deepEqual(card.findings, []);
    assert.equal(card.persona?.id, 'sam');
  });

  for (const language of LANGUAGES) {
    it(`a new card in ${language} (New Persona, create the card) reads back with every part`, () => {
      const text = personaCardText('sam', 'Sam: "the owner"', language).replace(/<!--.*?-->/g, '- x');
      const { card } = engine.personaFacts({ path: 'docs/personas/sam.md', text });
      assert.deepEqual({ ...card, idRange: undefined, anchor: undefined }, {
        id: 'sam', idRange: undefined, idFromFileName: false, name: 'Sam: "the owner"', segment: 'x', jobs: ['x'], pains: ['x'], gains: ['x'], quotes: ['x'], anchor: undefined,
      });
    });
  }
});
