// German texts. Anything not given here falls back to English.

import type { PartialCatalog } from './catalog';

export const de: PartialCatalog = {
  language: 'de',
  concepts: {
    'customer-impact': {
      heading: 'Auswirkungen auf Kunden',
      prompt: 'Was ändert sich für unsere Kunden, und wie werden sie das erleben?',
    },
    'problem-solved': {
      heading: 'Gelöstes Problem',
      prompt: 'Welches Problem unserer Kunden lösen wir damit, und woher wissen wir, dass es wirklich besteht?',
    },
    'value-created': {
      heading: 'Kundennutzen',
      prompt: 'Was haben Kunden davon, und warum sollte es ihnen wichtig sein?',
    },
    'customer-segment': {
      heading: 'Kunden',
      prompt: 'Welche Kunden sind genau betroffen, und welche davon sind hier am wichtigsten?',
    },
    'customer-evidence': {
      heading: 'Kundenfeedback',
      prompt: 'Was haben uns Kunden gesagt oder gezeigt (Feedback, Studien, Daten), das dafür spricht?',
    },
    'success-metrics': {
      heading: 'Erfolgskriterien',
      prompt: 'Woran erkennen wir, dass es für Kunden funktioniert hat, und welche Kennzahl sollte sich bewegen?',
    },
    'close-the-loop': {
      heading: 'Rückmeldung an Kunden',
      prompt: 'Wie und wann sagen wir Kunden, was sich geändert hat, und wer kümmert sich darum?',
    },
  },
};
