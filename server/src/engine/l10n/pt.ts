// Portuguese texts. Anything not given here falls back to English.

import type { PartialCatalog } from './catalog';

export const pt: PartialCatalog = {
  language: 'pt',
  concepts: {
    'customer-impact': {
      heading: 'Impacto no cliente',
      prompt: 'O que muda para os nossos clientes e como eles vão receber isso?',
    },
    'problem-solved': {
      heading: 'Problema resolvido',
      prompt: 'Que problema dos clientes isto resolve e como sabemos que ele é real?',
    },
    'value-created': {
      heading: 'Valor criado',
      prompt: 'O que os clientes ganham com isto e por que isso importaria para eles?',
    },
    'customer-segment': {
      heading: 'Clientes',
      prompt: 'Quais clientes são afetados e quais deles importam mais aqui?',
    },
    'customer-evidence': {
      heading: 'Evidências dos clientes',
      prompt: 'O que os clientes nos disseram ou mostraram (feedback, pesquisas, dados) que sustenta isto?',
    },
    'success-metrics': {
      heading: 'Métricas de sucesso',
      prompt: 'Como vamos saber que funcionou para os clientes e qual número deve mudar?',
    },
    'close-the-loop': {
      heading: 'Acompanhamento com clientes',
      prompt: 'Como e quando vamos contar aos clientes o que mudou, e quem fica responsável?',
    },
  },
};
