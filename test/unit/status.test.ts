// Status normalisation in the seven languages, and where a document's status is read from.

import * as assert from 'node:assert/strict';
import { normaliseStatus, type Status } from '../../server/src/engine';
import { analyze } from '../helpers/engine';
import { GIFT_WRAP_HEAD } from '../helpers/documents';

const WRITTEN: Record<string, Record<Status, string[]>> = {
  en: {
    draft: ['Draft', 'draft', 'WIP'],
    proposed: ['Proposed', 'proposed (2025-01-10)'],
    // The contract names approved, decided, done, implemented and final as accepted.
    accepted: ['Accepted', 'accepted', 'ACCEPTED', 'Accepted (2024-03-01)', 'Approved', 'Decided', 'Done', 'Implemented', 'Final'],
    rejected: ['Rejected', 'Rejected on 2024-09-01'],
    deprecated: ['Deprecated'],
    superseded: ['Superseded', 'Superseded by ADR-0012', 'Superseded by [ADR-12](0012-x.md)'],
  },
  it: {
    draft: ['Bozza'],
    proposed: ['Proposto', 'Proposta', 'In discussione'],
    accepted: ['Accettato', 'accettato', 'Accettata', 'Approvato', 'Approvata'],
    rejected: ['Rifiutato', 'Respinta'],
    deprecated: ['Deprecato', 'Obsoleta'],
    superseded: ['Sostituito da ADR-7', 'Superata'],
  },
  es: {
    draft: ['Borrador'],
    proposed: ['Propuesto', 'Propuesta', 'En revisión'],
    accepted: ['Aceptado', 'aceptado', 'Aceptada', 'Aprobado', 'Aprobada'],
    rejected: ['Rechazado', 'Rechazada'],
    deprecated: ['Obsoleto', 'En desuso'],
    superseded: ['Reemplazado por ADR-4', 'Sustituida por ADR-9'],
  },
  pl: {
    draft: ['Szkic', 'Wersja robocza'],
    proposed: ['Proponowany', 'Proponowana', 'W dyskusji'],
    accepted: ['Zaakceptowany', 'zaakceptowany', 'Przyjęty', 'przyjęty', 'Przyjęta', 'Zatwierdzony'],
    rejected: ['Odrzucony', 'Odrzucona'],
    deprecated: ['Przestarzały', 'Wycofany'],
    superseded: ['Zastąpiony przez ADR-3', 'Zastąpiona'],
  },
  de: {
    draft: ['Entwurf'],
    proposed: ['Vorgeschlagen', 'In Prüfung'],
    accepted: ['Akzeptiert', 'akzeptiert', 'Angenommen', 'angenommen', 'Beschlossen', 'Genehmigt'],
    rejected: ['Abgelehnt', 'Verworfen'],
    deprecated: ['Veraltet', 'Überholt'],
    superseded: ['Ersetzt durch ADR-5', 'Abgelöst durch ADR-8'],
  },
  fr: {
    draft: ['Brouillon'],
    proposed: ['Proposé', 'Proposée', 'En discussion'],
    accepted: ['Accepté', 'accepté', 'Acceptée', 'ACCEPTÉ', 'Validé', 'Approuvée'],
    rejected: ['Rejeté', 'Refusée'],
    deprecated: ['Obsolète', 'Déprécié'],
    superseded: ['Remplacé par ADR-2', 'Remplacée'],
  },
  pt: {
    draft: ['Rascunho'],
    proposed: ['Proposto', 'Proposta', 'Em discussão'],
    accepted: ['Aceito', 'aceito', 'Aceita', 'Aceite', 'Aprovado', 'Aprovada'],
    rejected: ['Rejeitado', 'Recusada'],
    deprecated: ['Obsoleto', 'Descontinuado'],
    superseded: ['Substituído por ADR-8', 'Substituída'],
  },
};

describe('normaliseStatus', () => {
  for (const [language, table] of Object.entries(WRITTEN)) {
    describe(language, () => {
      for (const [status, values] of Object.entries(table)) {
        for (const value of values) it(`"${value}" is ${status}`, () => assert.equal(normaliseStatus(value), status));
      }
    });
  }

  it('names no status for text that is not one', () => {
    for (const value of ['', '   ', 'banana', '2024-03-01', 'See ticket #412']) assert.equal(normaliseStatus(value), undefined, value);
  });
});

describe('where the status is read from', () => {
  const body = GIFT_WRAP_HEAD.join('\n');
  const statusOf = (text: string) => analyze({ path: 'docs/decisions/0001-gift-wrap.md', text }).status;

  it('no status written means proposed', () => assert.equal(statusOf(body), 'proposed'));
  it('front matter status:', () => assert.equal(statusOf(`---\nstatus: accepted\n---\n${body}`), 'accepted'));
  it('front matter in another language (stato:, estado:, statut:)', () => {
    assert.equal(statusOf(`---\nstato: accettato\n---\n${body}`), 'accepted');
    assert.equal(statusOf(`---\nestado: rechazado\n---\n${body}`), 'rejected');
    assert.equal(statusOf(`---\nstatut: remplacé par ADR-3\n---\n${body}`), 'superseded');
  });
  it('a Status section (Nygard)', () => assert.equal(statusOf(`${body}\n## Status\n\nAccepted\n`), 'accepted'));
  it('a Status section in another language', () => {
    assert.equal(statusOf(`${body}\n## Stan\n\nOdrzucony\n`), 'rejected');
    assert.equal(statusOf(`${body}\n## Estado\n\nAprovado\n`), 'accepted');
  });
  it('a setext Status section', () => assert.equal(statusOf(`${body}\nStatus\n------\n\nDeprecated\n`), 'deprecated'));
  it('a log4brains bullet', () => assert.equal(statusOf(body.replace('\n## Customers', '\n- Status: superseded by ADR-0009\n- Date: 2024-01-01\n\n## Customers')), 'superseded'));
  it('a bold label', () => assert.equal(statusOf(body.replace('\n## Customers', '\n**Status:** Draft\n\n## Customers')), 'draft'));
  it('front matter wins over the body', () => assert.equal(statusOf(`---\nstatus: rejected\n---\n${body}\n## Status\n\nAccepted\n`), 'rejected'));
  it('a status word inside a fenced block is not the status', () => {
    assert.equal(statusOf(`${body}\n\`\`\`\n## Status\n\nAccepted\n\`\`\`\n`), 'proposed');
  });
});

describe('a status section written as a dated history', () => {
  const body = GIFT_WRAP_HEAD.join('\n');
  const statusOf = (section: string) => analyze({ path: 'docs/decisions/0001-gift-wrap.md', text: `${body}\n${section}\n` }).statusInfo;
  const HISTORIES: [string, string, string, number][] = [
    ['en, oldest first', '## Status\n\n- 2023-01-10: Proposed\n- 2023-03-02: Accepted', 'accepted', 3],
    ['en, newest first', '## Status\n\n- 2024-05-01: Superseded by ADR-9\n- 2023-03-02: Accepted\n- 2023-01-10: Proposed', 'superseded', 2],
    ['it, a table', '## Stato\n\n| Data | Stato |\n|---|---|\n| 10/01/2023 | Proposto |\n| 02/03/2023 | Accettato |', 'accepted', 5],
    ['de, day first', '## Status\n\nVorgeschlagen (10.01.2023)\nAbgelehnt (02.03.2023)', 'rejected', 3],
    ['pl', '## Status\n\n- Proponowany: 2023-01-10\n- Zaakceptowany: 2023-03-02\n- Zastąpiony przez ADR-3: 2024-11-20', 'superseded', 4],
    ['pt, one dated line is no history', '## Estado\n\nAceito\n\nRevisado em 2024-01-01: Proposto', 'accepted', 2],
  ];
  for (const [name, section, status, offset] of HISTORIES) {
    it(`${name}: ${status}, read from its line`, () => {
      const info = statusOf(section);
      assert.equal(info.status, status);
      const sectionLine = body.split('\n').length;
      assert.equal(info.written?.range.start.line, sectionLine + offset);
    });
  }
});

describe('words that are not acceptance', () => {
  for (const [value, status] of [['Active review (July 17 - July 31, 2026)', 'proposed'], ['In active development', 'proposed'], ['Under development', 'proposed'], ['Active', 'accepted'], ['In aktiver Entwicklung', undefined], ['En desarrollo activo', undefined]] as const) {
    it(`"${value}" is ${status ?? 'no status'}`, () => assert.equal(normaliseStatus(value), status));
  }
});
