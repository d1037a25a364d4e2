// Italian vocabulary.

import type { Vocabulary } from './vocabulary';

export const it: Vocabulary = {
  language: 'it',
  customers: ['cliente', 'clienti', 'utent*', 'consumator*', 'acquirent*', 'pazient*', 'soci', 'iscritt*', 'cittadin*'],
  fillers: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle',
    'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dai', 'in', 'nel', 'nella', 'nei', 'su', 'sul',
    'sulla', 'sui', 'per', 'con', 'e', 'o', 'chi', 'che', 'cosa', 'come', 'quale', 'quali', 'perche', 'nostri',
    'nostro', 'nostra', 'nostre', 'sono', 'e', 'questa', 'questo', 'principali', 'target', 'coinvolti',
  ],
  common: ['il', 'che', 'di', 'della', 'per', 'non', 'una', 'sono', 'con', 'gli', 'anche', 'questo', 'nel', 'delle', 'del', 'sul', 'sulla', 'alla', 'come', 'lo', 'le', 'dei', 'perche', 'essere', 'viene', 'ogni', 'nostri'],
  concepts: {
    'customer-impact': ['impatt* @c', 'effett* @c', 'conseguenz* @c', 'esperienz* @c', 'cosa cambia @c', 'come @c sentir*'],
    'problem-solved': ['problem* risolt*', 'problem* risolv*', 'problem* @c', '=problem*', 'quale problem*', 'esigenz* @c', 'bisogn* @c'],
    'value-created': ['vantagg* @c', '=valore', 'valore creat*', 'valore @c', '=benefic*', 'benefic* @c'],
    'customer-segment': ['=@c', '=@c target', '=segment* @c', '=segment*', '=persona', '=personas', 'chi sono @c', '=a chi'],
    'customer-evidence': ['=intervist*', '=sondagg*', '=segnalazion*', 'evidenz*', 'prove dai @c', 'feedback @c', '=feedback', 'ricerc* @c', 'intervist* @c', 'sondagg* @c', 'voce @c', 'dati @c', 'segnalazion* @c', 'testimonianz*'],
    'success-metrics': ['=indicator*', 'metrich* successo', 'metric* successo', '=metrich*', 'misur* successo', 'indicator* successo', 'kpi*', '=successo'],
    'close-the-loop': ['follow up|ups', 'followup*', 'comunicazion* @c', 'inform* @c', 'riscontr* @c', 'aggiorn* @c', 'ritorno @c', 'chiuder* cerchio'],
  },
  generic: ['problem*', 'valore', 'valori', 'benefic*', 'vantagg*', 'consumator*', 'soci', 'iscritt*'],
  otherSenses: [
    'servizio|assistenza|supporto|ufficio|team|reparto|gestione client*', 'assistenza al|ai|alla client*', 'lato client*', 'librer*|libreri*|applicazion*|certificat*|codice client*',
    'consumator* di|dei|della|delle messagg*|event*|cod*', 'membri|membro della|di|delle class*', 'interfaccia utent*',
  ],
  statusLabels: ['stato', 'stato della decisione'],
  statuses: {
    draft: ['bozza'],
    proposed: ['proposto', 'proposta', 'in revisione', 'in discussione', 'aperto'],
    accepted: ['accettato', 'accettata', 'approvato', 'approvata', 'deciso', 'decisa', 'implementato', 'definitivo', 'adottato'],
    rejected: ['rifiutato', 'rifiutata', 'respinto', 'respinta', 'scartato'],
    deprecated: ['deprecato', 'deprecata', 'obsoleto', 'obsoleta'],
    superseded: ['sostituito', 'sostituita', 'superato', 'superata'],
  },
  placeholders: ['da definire', 'da fare', 'da completare', 'da scrivere', 'da decidere', 'in arrivo', 'non applicabile'],
  feelings: ['sentan*', 'sentono', 'sente', 'sentiranno', 'percepi*', 'sentir*', 'frustra*', 'infastidi*', 'confus*', 'felic*', 'sollev*', 'fiducia', 'arrabbi*', 'sorpres*', 'preoccup*', 'contenti', 'contento', 'delus*', 'soddisf*', 'tranquill*', 'stress*'],
  reactions: ['smetter* di chiamar*', 'smetter* di contattar*', 'chiamer* assistenza', 'chiamar* assistenza', 'contatt* assistenza', 'abbandon*', 'disdic*', 'annull*', 'passer* a', 'consiglier*', 'raccomand*', 'tornera*', 'ringrazi*', 'reagir*', 'apprezz*', 'lamentel*', 'lament*'],
  measures: ['ora', 'ore', 'minut*', 'terzo', 'terzi', 'quinto', 'dodici', 'venti', 'trenta', 'cinquanta', 'volte', 'semestr*', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'meta', 'dimezz*', 'raddoppi*', 'triplic*', 'percento', 'per cento', 'zero', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'cento', 'mille', 'giorn*', 'settiman*', 'mese', 'mesi', 'trimestr*', 'anno', 'anni', 'entro', 'almeno', 'al massimo', 'meno di', 'piu di', 'sotto', 'sopra', 'soglia', 'obiettivo'],
  noImpact: ['nessuno', 'nessuna', 'nessun impatto', 'niente', 'nulla', 'non applicabile', 'no'],
};
