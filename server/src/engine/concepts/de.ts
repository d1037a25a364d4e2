// German vocabulary.

import type { Vocabulary } from './vocabulary';

export const de: Vocabulary = {
  language: 'de',
  customers: ['kunde', 'kunden', 'kundin*', 'nutzer*', 'benutzer*', 'anwender*', 'verbraucher*', 'kaufer*', 'patient*', 'mitglied*', 'burger*', 'zielgruppe*'],
  fillers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'auf', 'an', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'fur',
    'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'im', 'in', 'wer', 'was', 'wie', 'welche', 'welcher',
    'welches', 'warum', 'sind', 'ist', 'wird', 'werden', 'unsere', 'unser', 'unseren', 'unserer', 'diese',
    'dieser', 'dieses', 'wir', 'sie', 'haupt', 'betroffene', 'betroffenen',
  ],
  common: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'fur', 'wir', 'den', 'auf', 'ein', 'eine', 'auch', 'wird', 'werden', 'dem', 'sich', 'von', 'zu', 'bei', 'nach', 'sie', 'unsere', 'kann'],
  concepts: {
    'customer-impact': ['auswirkung* @c', 'auswirkung* auf @c', 'folgen fur @c', 'einfluss auf @c', 'was andert sich @c', 'wie @c fuhlen', 'erlebnis* @c', 'erfahrung* @c'],
    'problem-solved': ['gelost* problem*', 'problem* gelost*', 'problem* losen', 'problem* @c', '=problem*', '=problemstellung', 'welches problem*', 'bedurfnis* @c'],
    'value-created': ['=nutzen', '@c nutzen', 'nutzen fur @c', 'mehrwert*', '=wert', 'wert fur @c', 'vorteil* fur @c', 'gewinn* @c'],
    'customer-segment': ['=@c', '=@c segment*', '=segment*', '=persona', '=personas', '=@c gruppe*', 'wer sind @c', '=fur wen', '=zielgruppe*'],
    'customer-evidence': ['=umfrage*', '=befragung*', '@c feedback', '=feedback', 'ruckmeldung* von @c', '=evidenz*', '=belege', 'forschung* @c', 'interview* @c', 'umfrage* @c', 'stimme* @c', 'daten @c', 'befragung* @c', 'anfrage* @c'],
    'success-metrics': ['=messgross*', 'erfolgskriteri*', 'erfolgsmess*', 'erfolgsmetrik*', '=metriken', '=kennzahlen', 'messgross* erfolg*', 'kpi*', '=erfolg', 'woran erkennen'],
    'close-the-loop': ['ruckmeldung* an @c', 'kommunikation* @c', 'information* @c', 'informieren @c', '=nachverfolgung', 'follow up|ups', '=nachbereitung', 'benachrichtigung* @c'],
  },
  generic: ['problem*', 'wert', 'werte', 'nutzen', 'vorteil*', 'mehrwert*', 'verbraucher*', 'mitglied*'],
  otherSenses: [
    'kundendienst*', 'kundenservice*', 'kundensupport*', 'kundenbetreuung*', 'kundenberatung*', 'kunden service*|support*|dienst*|betreuung*',
    'klassenmitglied*', 'mitglied* der klasse*', 'nachrichtenkonsument*', 'konsument* der|von nachricht*', 'clientseitig*', 'client seitig*',
    'client bibliothek*|anwendung*|zertifikat*', 'clientbibliothek*', 'benutzeroberflach*', 'nutzeroberflach*',
  ],
  statusLabels: ['status', 'stand', 'zustand'],
  statuses: {
    draft: ['entwurf'],
    proposed: ['vorgeschlagen', 'vorschlag', 'offen', 'in prufung', 'in diskussion'],
    accepted: ['akzeptiert', 'angenommen', 'genehmigt', 'beschlossen', 'entschieden', 'umgesetzt', 'final', 'freigegeben'],
    rejected: ['abgelehnt', 'verworfen', 'zuruckgezogen'],
    deprecated: ['veraltet', 'uberholt', 'deprecated'],
    superseded: ['ersetzt', 'abgelost'],
  },
  placeholders: ['offen', 'folgt', 'noch offen', 'noch zu klaren', 'zu klaren', 'zu erganzen', 'ausstehend', 'entfallt', 'kommt noch'],
  feelings: ['anfuhl*', 'gefuhl*', 'fuhl*', 'empfind*', 'frustr*', 'arger*', 'verwirr*', 'glucklich*', 'erleichter*', 'vertrau*', 'wutend', 'uberrasch*', 'sorge*', 'zufrieden*', 'enttausch*', 'ruhig*', 'stress*', 'freu*'],
  reactions: ['nicht mehr anruf*', 'hor* auf anzurufen', 'ruf* support an', 'support kontaktier*', 'kundig*', 'abwander*', 'abbrech*', 'wechsel* zu', 'empfehl*', 'kehr* zuruck', 'komm* zuruck', 'bedank*', 'reagier*', 'beschwer*'],
  measures: ['stunde*', 'minute*', 'drittel', 'viertel', 'funftel', 'zwolf', 'zwanzig', 'dreissig', 'mal', 'um ein*', 'halbjahr*', 'januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'halfte', 'halbier*', 'verdoppel*', 'doppelt*', 'verdreifach*', 'prozent*', 'null', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'hundert*', 'tausend*', 'tag', 'tage', 'tagen', 'woche*', 'monat*', 'quartal*', 'jahr*', 'innerhalb', 'binnen', 'mindestens', 'hochstens', 'weniger als', 'mehr als', 'unter', 'uber', 'schwelle*', 'ziel*'],
  noImpact: ['keine', 'keiner', 'keinen', 'keine auswirkung', 'keine auswirkungen', 'nichts', 'entfallt', 'nein'],
};
