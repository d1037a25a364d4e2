// Portuguese vocabulary.

import type { Vocabulary } from './vocabulary';

export const pt: Vocabulary = {
  language: 'pt',
  customers: ['cliente', 'clientes', 'usuari*', 'utilizador*', 'consumidor*', 'comprador*', 'pacient*', 'membro*', 'associad*', 'cidad*'],
  fillers: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'em', 'para',
    'por', 'pelo', 'pela', 'com', 'e', 'ou', 'quem', 'que', 'qual', 'quais', 'como', 'por que', 'nossos', 'nossas',
    'nosso', 'nossa', 'sao', 'esta', 'este', 'isso', 'seus', 'suas', 'principais', 'alvo', 'afetados',
  ],
  common: ['que', 'nao', 'para', 'com', 'uma', 'os', 'no', 'na', 'por', 'mais', 'as', 'dos', 'como', 'sao', 'do', 'da', 'em', 'ao', 'seus', 'isso', 'tambem', 'pelo', 'pela', 'nossos', 'voce'],
  concepts: {
    'customer-impact': ['impacto* @c', 'efeito* @c', 'afet* @c', 'consequencia* @c', 'experiencia* @c', 'o que muda @c', 'como @c vao sentir*'],
    'problem-solved': ['problema* resolvid*', 'problema* resolv*', 'problema* @c', '=problema*', 'qual problema*', 'necessidade* @c'],
    'value-created': ['vantage* @c', '=valor', 'valor criado', 'valor @c', '=beneficio*', 'beneficio* @c', 'ganho* @c'],
    'customer-segment': ['=@c', '=@c alvo', '=segmento* @c', '=segmento*', '=persona', '=personas', 'quem sao @c', '=para quem', 'publico alvo'],
    'customer-evidence': ['=entrevista*', 'evidencia*', 'prova* @c', '=feedback', 'feedback @c', 'opiniao* @c', 'opinioes @c', 'pesquisa* @c', 'entrevista* @c', 'inquerito* @c', 'voz @c', 'dados @c', 'depoimento*'],
    'success-metrics': ['=indicador*', 'medir* sucesso', 'metrica* sucesso', '=metricas', 'medicao* sucesso', 'indicador* sucesso', 'kpi*', '=sucesso', 'criterio* sucesso'],
    'close-the-loop': ['=acompanhamento', 'acompanhamento @c', 'comunicacao* @c', 'inform* @c', 'notifica* @c', 'retorno* @c', 'fechar* ciclo', 'follow up|ups'],
  },
  generic: ['problema*', 'valor', 'valores', 'beneficio*', 'vantage*', 'consumidor*', 'membro*', 'associad*'],
  otherSenses: [
    'atendimento|suporte|servico|sucesso ao|a|aos|do|de cliente*', 'gestor* de pacotes|dependencias|conteudo*|memoria|recursos|estado|versoes', 'atendimento|suporte|equipe cliente*', 'lado do|de cliente*', 'biblioteca*|aplicac*|certificado* cliente*',
    'consumidor* de|da|das mensage*|evento*|fila*', 'membro* da|de classe*', 'interface do|de usuari*|utilizador*',
  ],
  statusLabels: ['status', 'estado', 'situacao'],
  statuses: {
    draft: ['rascunho'],
    proposed: ['proposto', 'proposta', 'em revisao', 'em discussao', 'aberto', 'pendente'],
    accepted: ['aceito', 'aceita', 'aceite', 'aprovado', 'aprovada', 'decidido', 'decidida', 'implementado', 'implementada', 'final', 'adotado'],
    rejected: ['rejeitado', 'rejeitada', 'recusado', 'recusada', 'descartado'],
    deprecated: ['obsoleto', 'obsoleta', 'descontinuado', 'depreciado'],
    superseded: ['substituido', 'substituida', 'superado', 'superada'],
  },
  placeholders: ['a definir', 'a fazer', 'a completar', 'a preencher', 'a decidir', 'por definir', 'nao se aplica', 'em breve'],
  feelings: ['sint*', 'sente', 'sentem', 'perceb*', 'sentir*', 'frustra*', 'irrita*', 'confus*', 'feliz*', 'alivi*', 'confianca', 'raiva', 'surpre*', 'preocup*', 'content*', 'decepcion*', 'satisf*', 'tranquil*', 'estress*'],
  reactions: ['deixar* de ligar', 'deixar* de contatar', 'ligar* para o suporte', 'contat* suporte', 'abandon*', 'cancel*', 'mudar* para', 'recomendar*', 'voltar*', 'agradec*', 'reagir*', 'reac*', 'aprecia*', 'reclam*', 'queix*'],
  measures: ['hora*', 'minuto*', 'maxim*', 'minim*', 'trimestral*', 'terco*', 'quinto', 'doze', 'vinte', 'trinta', 'vezes', 'semestre*', 'zerad*', 'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'metade', 'duplic*', 'dobr*', 'triplic*', 'por cento', 'percentual', 'zero', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'cem', 'mil', 'dia', 'dias', 'semana*', 'mes', 'meses', 'trimestre*', 'ano', 'anos', 'ate', 'pelo menos', 'no maximo', 'menos de', 'mais de', 'abaixo', 'acima', 'limiar*', 'meta', 'metas'],
  noImpact: ['nenhum impacto', 'nenhum', 'nenhuma', 'sem impacto', 'nada', 'nao se aplica', 'nao'],
};
