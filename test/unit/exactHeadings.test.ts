// Exacter reading of headings: a one-word generic heading counts only over a section that names someone; customer
// words in another sense and internal teams never name the customer; a bold line alone is a label; a dated status
// history gives its latest entry. Whole findings compared, in several languages.

import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';
import { assertFindings, plainFindings } from '../helpers/findings';

const path = 'specs/checkout.md';
const findings = (text: string) => plainFindings(analyze({ path, text }).findings);
const concepts = (text: string) => Object.fromEntries(analyze({ path, text }).concepts.map((c) => [c.concept, c.state]));

/** Per language: the generic heading, the contract's heading of its concept, text naming someone, text naming no one. */
const CASES: [string, string, string, string, string][] = [
  ['en', 'Problems', 'Problem solved', 'Shop owners cannot export their orders before the monthly tax return.', 'The export job times out after 30 seconds on large tables.'],
  ['en', 'Benefits', 'Value created', 'Shop owners file their tax return in minutes instead of an afternoon.', 'The scheduler holds fewer threads and the heap stays below 2 GB.'],
  ['en', 'Members', 'Customers', 'Shop owners who sell at weekly markets.', 'Public members are exported; private members stay hidden from the module API.'],
  ['en', 'Consumer', 'Customers', 'Families who buy groceries online every week.', 'The consumer reads each message from the queue and acknowledges it after the handler returns.'],
  ['it', 'Problemi', 'Problema risolto', 'I clienti non riescono a scaricare le fatture prima della scadenza.', 'Il job di esportazione va in timeout dopo 30 secondi.'],
  ['es', 'Beneficios', 'Valor creado', 'Los usuarios reciben el reembolso en dos días.', 'El planificador usa menos memoria y menos hilos.'],
  ['pl', 'Wartość', 'Wartość dla klienta', 'Klienci dostają zwrot pieniędzy w dwa dni.', 'Harmonogram zużywa mniej pamięci.'],
  ['de', 'Mitglieder', 'Kunden', 'Inhaber von Bäckereien, die wöchentlich Mehl bestellen.', 'Öffentliche Mitglieder der Klasse werden exportiert.'],
  ['fr', 'Bénéfices', 'Valeur créée', 'Les adhérents sont remboursés en 48 heures.', "Le planificateur consomme moins de mémoire."],
  ['pt', 'Problemas', 'Problema resolvido', 'Os clientes não conseguem baixar as notas fiscais.', 'O job de exportação expira após 30 segundos.'],
];

const doc = (heading: string, text: string) => `# Checkout export\n\n## ${heading}\n\n${text}\n`;

describe('a one-word generic heading', () => {
  for (const [language, generic, contract, someone, nobody] of CASES) {
    it(`${language}: "${generic}" over text that names someone reads as "${contract}"`, () => {
      assert.deepStrictEqual(findings(doc(generic, someone)), findings(doc(contract, someone)));
    });
    it(`${language}: "${generic}" over text that names no one is an ordinary section`, () => {
      assert.deepStrictEqual(findings(doc(generic, nobody)), findings(doc('Notes', nobody)));
    });
  }

  it('the whole findings of a spec whose "Problems" and "Benefits" name no one: both concepts missing', () => {
    const text = doc('Problems', 'The export job times out.') + '\n## Benefits\n\nThe job finishes.\n';
    assertFindings(analyze({ path, text }).findings, [
      { rule: 'customer-segment', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 18 },
      { rule: 'problem-solved', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 18 },
      { rule: 'customer-impact', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 18 },
      { rule: 'value-created', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 18 },
      { rule: 'customer-evidence', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 18 },
      { rule: 'success-metrics', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 18 },
    ]);
  });

  it('the heading\'s own word does not confirm it: "Members" whose text says only "members"', () => {
    const text = doc('Members', 'Members are listed in the index.');
    assert.equal(concepts(text)['customer-segment'], 'missing');
  });

  it('a word the document uses in another sense does not confirm it: the "consumer" of a Kafka consumer', () => {
    const text = '# Retries\n\n## Context\n\nEvery Kafka consumer commits its offset.\n\n## Problems\n\nThe consumer retries forever.\n';
    assert.equal(concepts(text)['problem-solved'], 'missing');
  });

  it('code does not confirm it: fenced code, inline code and camelCase names', () => {
    const text = doc('Problems', '`UserStore` and userStore leak.\n\n```ts\nconst users = [];\n```');
    assert.equal(concepts(text)['problem-solved'], 'missing');
  });

  it('the names a confirmed "Members" section gives count as the customers\' names elsewhere', () => {
    const text = doc('Members', 'Independent bakers and the shop owners of the cooperative.') + '\n## Problem solved\n\nBakers queue at the counter for flour.\n';
    assert.deepStrictEqual(
      findings(text).filter((f) => f.rule === 'names-no-customer'),
      [],
    );
  });
});

describe('customer words in another sense, and internal teams', () => {
  const impact = (heading: string, text = 'Customers will stop calling us about refunds, relieved.') => concepts(doc(heading, text))['customer-impact'];
  for (const heading of ['Impact on customer support', 'Impact on the support team', 'Effects on client applications', 'Auswirkungen auf das Vertriebsteam', 'Auswirkungen auf den Kundendienst', 'Impatto sul servizio clienti', 'Impacto en atención al cliente', 'Wpływ na dział obsługi klienta', 'Impact sur le service client', 'Impacto no atendimento ao cliente']) {
    it(`"${heading}" is not customer impact`, () => assert.equal(impact(heading), 'missing'));
  }
  it('an impact whose text names only customer support names no customer', () => {
    const text = doc('Customer impact', 'Customer support gets fewer tickets, and they will be relieved.');
    assert.deepStrictEqual(
      findings(text).filter((f) => f.rule === 'names-no-customer'),
      [{ rule: 'names-no-customer', severity: 'info', line: 3, column: 1, endLine: 3, endColumn: 19 }],
    );
  });
});

describe('a bold line alone is a label', () => {
  const LABELS: [string, string, string][] = [
    ['en', '**Problem solved**', 'Shop owners cannot export their orders.'],
    ['it', '**Problema risolto**', 'I clienti non trovano le fatture.'],
    ['de', '__Gelöstes Problem__', 'Kunden finden ihre Rechnungen nicht.'],
    ['pl', '**Rozwiązany problem**', 'Klienci nie znajdują faktur.'],
  ];
  for (const [language, line, text] of LABELS) {
    it(`${language}: ${line} then its text on the next line, or after a blank line`, () => {
      for (const body of [`${line}\n${text}`, `${line}\n\n${text}`]) {
        const analysis = analyze({ path, text: `# Checkout export\n\n${body}\n` });
        const report = analysis.concepts.find((c) => c.concept === 'problem-solved');
        assert.equal(report?.state, 'present');
        assert.equal(report?.section?.source, 'bold-label');
        assert.deepStrictEqual(report?.section?.labelRange, { start: { line: 2, character: 0 }, end: { line: 2, character: line.length } });
        assert.equal(report?.section?.body.trim(), text);
      }
    });
  }
  it('a bold line with more than seven words is prose, not a label', () => {
    const text = '# Checkout export\n\n**The problem solved here is one that nobody has named yet**\n\nShop owners wait.\n';
    assert.equal(concepts(text)['problem-solved'], 'missing');
  });
  it('a bold line that is one code name is not a label of a concept', () => {
    assert.equal(concepts('# Checkout export\n\n**ClientBase**\n\nHolds the connection.\n')['customer-segment'], 'missing');
  });
});
