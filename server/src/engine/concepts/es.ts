// Spanish vocabulary.

import type { Vocabulary } from './vocabulary';

export const es: Vocabulary = {
  language: 'es',
  customers: ['cliente', 'clientes', 'usuari*', 'consumidor*', 'comprador*', 'pacient*', 'socio', 'socios', 'ciudadan*'],
  fillers: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'con', 'para', 'por', 'y',
    'o', 'quien', 'quienes', 'que', 'cual', 'cuales', 'como', 'por que', 'nuestros', 'nuestras', 'nuestro',
    'nuestra', 'son', 'es', 'esta', 'este', 'esto', 'sus', 'su', 'principales', 'objetivo', 'afectados',
  ],
  common: ['el', 'la', 'que', 'los', 'las', 'para', 'con', 'una', 'por', 'se', 'del', 'es', 'como', 'al', 'pero', 'sus', 'esta', 'este', 'nuestros', 'cada', 'tambien', 'puede', 'hay', 'ser', 'muy'],
  concepts: {
    'customer-impact': ['impacto* @c', 'efecto* @c', 'afect* @c', 'consecuencia* @c', 'experiencia* @c', 'que cambia @c', 'como se sentir*'],
    'problem-solved': ['problema* resuel*', 'problema* resolv*', 'problema* @c', '=problema*', 'que problema*', 'necesidad* @c'],
    'value-created': ['ventaja* @c', '=valor', 'valor creado', 'valor @c', '=beneficio*', 'beneficio* @c', 'aporte @c'],
    'customer-segment': ['=@c', '=@c objetivo', '=segmento* @c', '=segmento*', '=persona', '=personas', 'quien* son @c', '=para quien'],
    'customer-evidence': ['=entrevista*', '=encuesta*', 'evidencia*', 'prueba* @c', 'comentario* @c', 'opinion* @c', 'feedback @c', '=feedback', 'investigacion* @c', 'entrevista* @c', 'encuesta* @c', 'voz @c', 'datos @c', 'testimonio*'],
    'success-metrics': ['=indicador*', 'medir* exito', 'metrica* exito', '=metrica*', 'medicion* exito', 'indicador* exito', 'kpi*', '=exito', 'criterio* exito'],
    'close-the-loop': ['=seguimiento', 'seguimiento @c', 'comunicacion* @c', 'inform* @c', 'notifica* @c', 'retroaliment* @c', 'cerrar* ciclo'],
  },
  generic: ['problema*', 'valor', 'valores', 'beneficio*', 'ventaja*', 'consumidor*', 'socio', 'socios'],
  otherSenses: [
    'atencion|servicio|soporte al|a cliente*', 'gestor* de paquetes|dependencias|contenido*|memoria|recursos|estado|versiones', 'atencion|servicio|soporte|equipo|departamento cliente*', 'lado del|de cliente*', 'biblioteca*|libreria*|aplicacion*|certificado* cliente*',
    'consumidor* de|del mensaj*|evento*|cola*', 'miembro* de la clase', 'miembro* de clase*', 'interfaz de usuari*',
  ],
  statusLabels: ['estado', 'estado de la decision'],
  statuses: {
    draft: ['borrador'],
    proposed: ['propuesto', 'propuesta', 'en revision', 'en discusion', 'abierto', 'pendiente'],
    accepted: ['aceptado', 'aceptada', 'aprobado', 'aprobada', 'decidido', 'decidida', 'implementado', 'implementada', 'final', 'adoptado'],
    rejected: ['rechazado', 'rechazada', 'descartado', 'descartada'],
    deprecated: ['obsoleto', 'obsoleta', 'deprecado', 'deprecada', 'en desuso'],
    superseded: ['reemplazado', 'reemplazada', 'sustituido', 'sustituida', 'sustituye', 'superado', 'superada'],
  },
  placeholders: ['por definir', 'por hacer', 'pendiente', 'por completar', 'por escribir', 'por decidir', 'no aplica', 'proximamente'],
  feelings: ['sient*', 'percib*', 'sentir*', 'sentira*', 'frustra*', 'molest*', 'confus*', 'feliz*', 'alivi*', 'confianza', 'enfad*', 'enoj*', 'sorprend*', 'preocup*', 'content*', 'decepcion*', 'satisf*', 'tranquil*', 'estres*'],
  reactions: ['dejar* de llamar', 'dejar* de contactar', 'llamar* a soporte', 'contact* soporte', 'abandon*', 'cancel*', 'darse de baja', 'se daran de baja', 'cambiar* a', 'recomendar*', 'volver*', 'agradec*', 'reaccion*', 'aprecia*', 'quej*'],
  measures: ['hora*', 'minuto*', 'maxim*', 'minim*', 'trimestral*', 'tercio*', 'quinto', 'doce', 'veinte', 'treinta', 'cincuenta', 'veces', 'semestre*', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'mitad', 'duplic*', 'doble', 'triplic*', 'por ciento', 'porcentaje', 'cero', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'cien', 'mil', 'dia', 'dias', 'semana*', 'mes', 'meses', 'trimestre*', 'ano', 'anos', 'antes de', 'al menos', 'como maximo', 'menos de', 'mas de', 'por debajo', 'por encima', 'umbral*', 'objetivo'],
  noImpact: ['ningun impacto', 'ninguno impacto', 'ninguno', 'ninguna', 'sin impacto', 'nada', 'no aplica', 'no'],
};
