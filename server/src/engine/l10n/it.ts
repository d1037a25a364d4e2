// Italian texts. Anything not given here falls back to English.

import type { PartialCatalog } from './catalog';

export const it: PartialCatalog = {
  language: 'it',
  concepts: {
    'customer-impact': {
      heading: 'Impatto sul cliente',
      prompt: 'Che cosa cambia per i nostri clienti, e come la prenderanno?',
    },
    'problem-solved': {
      heading: 'Problema risolto',
      prompt: 'Quale problema dei clienti risolve, e come sappiamo che esiste davvero?',
    },
    'value-created': {
      heading: 'Valore creato',
      prompt: 'Che cosa ci guadagnano i clienti, e perché dovrebbero tenerci?',
    },
    'customer-segment': {
      heading: 'Clienti',
      prompt: 'Quali clienti sono coinvolti, e quali contano di più in questo caso?',
    },
    'customer-evidence': {
      heading: 'Evidenze dai clienti',
      prompt: 'Che cosa ci hanno detto o mostrato i clienti (feedback, ricerche, dati) a sostegno di questa scelta?',
    },
    'success-metrics': {
      heading: 'Metriche di successo',
      prompt: 'Come capiremo che ha funzionato per i clienti, e quale numero dovrebbe cambiare?',
    },
    'close-the-loop': {
      heading: 'Follow-up con i clienti',
      prompt: 'Come e quando faremo sapere ai clienti che cosa è cambiato, e chi se ne occupa?',
    },
  },
};
