// French texts. Anything not given here falls back to English.

import type { PartialCatalog } from './catalog';

export const fr: PartialCatalog = {
  language: 'fr',
  concepts: {
    'customer-impact': {
      heading: 'Impact client',
      prompt: 'Qu\'est-ce que cela change pour nos clients, et comment vont-ils le vivre ?',
    },
    'problem-solved': {
      heading: 'Problème résolu',
      prompt: 'Quel problème de nos clients cela résout-il, et comment savons-nous qu\'il existe vraiment ?',
    },
    'value-created': {
      heading: 'Valeur créée',
      prompt: 'Qu\'est-ce que les clients y gagnent, et pourquoi cela compte-t-il pour eux ?',
    },
    'customer-segment': {
      heading: 'Clients',
      prompt: 'Quels clients sont concernés, et lesquels comptent le plus ici ?',
    },
    'customer-evidence': {
      heading: 'Retours clients',
      prompt: 'Qu\'est-ce que les clients nous ont dit ou montré (retours, études, données) qui appuie ce choix ?',
    },
    'success-metrics': {
      heading: 'Indicateurs de succès',
      prompt: 'Comment saurons-nous que cela a marché pour les clients, et quel chiffre devrait bouger ?',
    },
    'close-the-loop': {
      heading: 'Suivi client',
      prompt: 'Comment et quand dirons-nous aux clients ce qui a changé, et qui s\'en charge ?',
    },
  },
};
