// Polish texts. Anything not given here falls back to English.

import type { PartialCatalog } from './catalog';

export const pl: PartialCatalog = {
  language: 'pl',
  concepts: {
    'customer-impact': {
      heading: 'Wpływ na klienta',
      prompt: 'Co zmieni się dla naszych klientów i jak to odbiorą?',
    },
    'problem-solved': {
      heading: 'Rozwiązany problem',
      prompt: 'Jaki problem klientów to rozwiązuje i skąd wiemy, że naprawdę istnieje?',
    },
    'value-created': {
      heading: 'Wartość dla klienta',
      prompt: 'Co klienci na tym zyskają i dlaczego miałoby im na tym zależeć?',
    },
    'customer-segment': {
      heading: 'Klienci',
      prompt: 'Których klientów to dotyczy i którzy z nich są tu najważniejsi?',
    },
    'customer-evidence': {
      heading: 'Głos klienta',
      prompt: 'Jakie sygnały od klientów (opinie, badania, dane) przemawiają za tym rozwiązaniem?',
    },
    'success-metrics': {
      heading: 'Metryki sukcesu',
      prompt: 'Po czym poznamy, że to sprawdziło się u klientów, i który wskaźnik powinien się zmienić?',
    },
    'close-the-loop': {
      heading: 'Informacja zwrotna dla klientów',
      prompt: 'Jak i kiedy powiemy klientom, co się zmieniło, i kto się tym zajmie?',
    },
  },
};
