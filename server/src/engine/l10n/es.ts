// Spanish texts. Anything not given here falls back to English.

import type { PartialCatalog } from './catalog';

export const es: PartialCatalog = {
  language: 'es',
  concepts: {
    'customer-impact': {
      heading: 'Impacto en el cliente',
      prompt: '¿Qué cambia para nuestros clientes y cómo lo van a recibir?',
    },
    'problem-solved': {
      heading: 'Problema resuelto',
      prompt: '¿Qué problema de nuestros clientes resuelve y cómo sabemos que es real?',
    },
    'value-created': {
      heading: 'Valor creado',
      prompt: '¿Qué ganan los clientes con esto y por qué debería importarles?',
    },
    'customer-segment': {
      heading: 'Clientes',
      prompt: '¿A qué clientes afecta exactamente y cuáles importan más aquí?',
    },
    'customer-evidence': {
      heading: 'Evidencia de clientes',
      prompt: '¿Qué nos han dicho o mostrado los clientes (comentarios, estudios, datos) que respalde esto?',
    },
    'success-metrics': {
      heading: 'Métricas de éxito',
      prompt: '¿Cómo sabremos que funcionó para los clientes y qué cifra debería moverse?',
    },
    'close-the-loop': {
      heading: 'Seguimiento con clientes',
      prompt: '¿Cómo y cuándo contaremos a los clientes lo que cambió, y quién se encarga?',
    },
  },
};
