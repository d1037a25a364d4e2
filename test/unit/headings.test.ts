// Heading matching: the contract's headings in seven languages, their plural/singular and
// customer/user/client variants, natural phrasings, and headings that must not count.

import * as assert from 'node:assert/strict';
import { ConceptMatcher, type ConceptId } from '../../server/src/engine';

type Table = Record<ConceptId, string[]>;

/** Per language and concept: the contract's heading first, then variants a writer would use. */
const MUST_MATCH: Record<string, Table> = {
  en: {
    'customer-impact': ['Customer impact', 'Customer impacts', 'Impact on customers', 'User impact', 'Client impact', 'Impact on users', 'Customer impact:', '3. Customer impact', '💥 Customer impact', 'What changes for customers?'],
    'problem-solved': ['Problem solved', 'Problems solved', 'Problem Solved:', 'What problem does this solve for customers?', 'What problem does this solve for users?', 'Customer problem', 'User problems'],
    'value-created': ['Value created', 'Value for customers', 'Customer value', 'Value for users', 'Client value', 'Why will customers care?'],
    'customer-segment': ['Customers', 'Customer', 'Users', 'Clients', 'Who are our users?', 'Who are the customers?', 'Target customers', '👥 Customers', 'Customer segments'],
    'customer-evidence': ['Customer evidence', 'User evidence', 'Client evidence', 'Customer feedback', 'User feedback', 'Evidence'],
    'success-metrics': ['Success metrics', 'Success metric', 'Metrics', 'How will we know it worked?', 'Customer success metrics'],
    'close-the-loop': ['Customer follow-up', 'Customer follow-ups', 'Follow-up with customers', 'Follow-up with users', 'Client follow-up', 'How will we tell customers?'],
  },
  it: {
    'customer-impact': ['Impatto sul cliente', 'Impatto sui clienti', 'Impatti sui clienti', 'Impatto sugli utenti', "Impatto sull'utente"],
    'problem-solved': ['Problema risolto', 'Problemi risolti', 'Quale problema risolviamo per i clienti?'],
    'value-created': ['Valore creato', 'Valore per il cliente', 'Valore per i clienti', 'Valore per gli utenti'],
    'customer-segment': ['Clienti', 'Cliente', 'Utenti', 'Chi sono i nostri clienti?'],
    'customer-evidence': ['Evidenze dai clienti', 'Evidenza dai clienti', 'Evidenze dagli utenti', 'Feedback dei clienti'],
    'success-metrics': ['Metriche di successo', 'Metrica di successo'],
    'close-the-loop': ['Follow-up con i clienti', 'Follow-up con il cliente', 'Follow-up con gli utenti'],
  },
  es: {
    'customer-impact': ['Impacto en el cliente', 'Impacto en los clientes', 'Impactos en los clientes', 'Impacto en los usuarios'],
    'problem-solved': ['Problema resuelto', 'Problemas resueltos', '¿Qué problema resolvemos para los clientes?'],
    'value-created': ['Valor creado', 'Valor para el cliente', 'Valor para los usuarios'],
    'customer-segment': ['Clientes', 'Cliente', 'Usuarios', '¿Quiénes son nuestros clientes?'],
    'customer-evidence': ['Evidencia de clientes', 'Evidencias de los clientes', 'Evidencia de usuarios', 'Opiniones de los usuarios'],
    'success-metrics': ['Métricas de éxito', 'Métrica de éxito'],
    'close-the-loop': ['Seguimiento con clientes', 'Seguimiento con el cliente', 'Seguimiento con los usuarios'],
  },
  pl: {
    'customer-impact': ['Wpływ na klienta', 'Wpływ na klientów', 'Wpływ na użytkowników', 'Wpływ na użytkownika'],
    'problem-solved': ['Rozwiązany problem', 'Rozwiązane problemy', 'Jaki problem klientów rozwiązujemy?'],
    'value-created': ['Wartość dla klienta', 'Wartość dla klientów', 'Wartość dla użytkowników'],
    'customer-segment': ['Klienci', 'Klient', 'Użytkownicy', 'Kim są nasi klienci?'],
    'customer-evidence': ['Głos klienta', 'Głos klientów', 'Głos użytkowników'],
    'success-metrics': ['Metryki sukcesu', 'Metryka sukcesu'],
    'close-the-loop': ['Informacja zwrotna dla klientów', 'Informacja zwrotna dla klienta', 'Informacja zwrotna dla użytkowników'],
  },
  de: {
    'customer-impact': ['Auswirkungen auf Kunden', 'Auswirkung auf den Kunden', 'Auswirkungen auf Nutzer', 'Auswirkungen auf Nutzerinnen und Nutzer'],
    'problem-solved': ['Gelöstes Problem', 'Gelöste Probleme', 'Welches Problem lösen wir für Kunden?'],
    'value-created': ['Kundennutzen', 'Nutzen für Kunden', 'Nutzen für Nutzer'],
    'customer-segment': ['Kunden', 'Kunde', 'Nutzer', 'Wer sind unsere Kunden?', 'Kundinnen und Kunden', 'Nutzerinnen und Nutzer'],
    'customer-evidence': ['Kundenfeedback', 'Feedback von Kunden', 'Nutzerfeedback', 'Feedback von Nutzern'],
    'success-metrics': ['Erfolgskriterien', 'Erfolgskriterium'],
    'close-the-loop': ['Rückmeldung an Kunden', 'Rückmeldung an den Kunden', 'Rückmeldung an Nutzer'],
  },
  fr: {
    'customer-impact': ['Impact client', 'Impacts clients', 'Impact sur les clients', 'Impact utilisateur', 'Impact sur les utilisateurs'],
    'problem-solved': ['Problème résolu', 'Problèmes résolus', 'Quel problème résolvons-nous pour les clients ?'],
    'value-created': ['Valeur créée', 'Valeur pour les clients', "Valeur pour l'utilisateur"],
    'customer-segment': ['Clients', 'Client', 'Utilisateurs', 'Qui sont nos clients ?', 'Utilisatrices et utilisateurs'],
    'customer-evidence': ['Retours clients', 'Retour client', 'Retours utilisateurs', 'Retours des clients'],
    'success-metrics': ['Indicateurs de succès', 'Indicateur de succès'],
    'close-the-loop': ['Suivi client', 'Suivi des clients', 'Suivi utilisateur'],
  },
  pt: {
    'customer-impact': ['Impacto no cliente', 'Impacto nos clientes', 'Impactos nos clientes', 'Impacto no usuário', 'Impacto nos utilizadores'],
    'problem-solved': ['Problema resolvido', 'Problemas resolvidos', 'Que problema resolvemos para os clientes?'],
    'value-created': ['Valor criado', 'Valor para o cliente', 'Valor para os usuários'],
    'customer-segment': ['Clientes', 'Cliente', 'Usuários', 'Utilizadores', 'Quem são nossos clientes?'],
    'customer-evidence': ['Evidências dos clientes', 'Evidência dos clientes', 'Evidências dos usuários'],
    'success-metrics': ['Métricas de sucesso', 'Métrica de sucesso'],
    'close-the-loop': ['Acompanhamento com clientes', 'Acompanhamento com o cliente', 'Acompanhamento com os usuários'],
  },
};

/** Ordinary sections of decision records and specs, which name no customer concept. */
const MUST_NOT_MATCH: Record<string, string[]> = {
  en: ['Context', 'Decision', 'Consequences', 'Considered options', 'Decision outcome', 'Status', 'Links', 'Risks', 'Alternatives', 'Implementation plan', 'Open questions', 'Deciders', 'Technical details', 'Pros and cons of the options', 'Appendix'],
  it: ['Contesto', 'Decisione', 'Conseguenze', 'Opzioni considerate', 'Stato', 'Rischi', 'Alternative', 'Dettagli tecnici'],
  es: ['Contexto', 'Decisión', 'Consecuencias', 'Opciones consideradas', 'Estado', 'Riesgos', 'Alternativas', 'Detalles técnicos'],
  pl: ['Kontekst', 'Decyzja', 'Konsekwencje', 'Rozważane opcje', 'Status', 'Ryzyka', 'Alternatywy', 'Szczegóły techniczne'],
  de: ['Kontext', 'Entscheidung', 'Konsequenzen', 'Betrachtete Optionen', 'Status', 'Risiken', 'Alternativen', 'Technische Details'],
  fr: ['Contexte', 'Décision', 'Conséquences', 'Options envisagées', 'Statut', 'Risques', 'Alternatives', 'Détails techniques'],
  pt: ['Contexto', 'Decisão', 'Consequências', 'Opções consideradas', 'Estado', 'Riscos', 'Alternativas', 'Detalhes técnicos'],
};

describe('ConceptMatcher: headings', () => {
  const matcher = new ConceptMatcher();

  for (const [language, table] of Object.entries(MUST_MATCH)) {
    describe(language, () => {
      for (const [concept, headings] of Object.entries(table) as [ConceptId, string[]][]) {
        for (const heading of headings) {
          it(`"${heading}" names ${concept}, and nothing else`, () => {
            assert.deepStrictEqual(matcher.match(heading), [concept]);
          });
        }
      }
      for (const heading of MUST_NOT_MATCH[language]) {
        it(`"${heading}" names no customer concept`, () => {
          assert.deepStrictEqual(matcher.match(heading), []);
        });
      }
    });
  }

  describe('markup around the words', () => {
    const same = ['## Customer impact', '**Customer impact**', 'Customer impact ##', '1.2 Customer impact', '1) Customer impact', 'IV. Customer impact', 'Customer impact 💥', '💥 Customer impact:', 'CUSTOMER IMPACT', 'customer-impact'];
    for (const heading of same) {
      it(`"${heading}"`, () => assert.deepStrictEqual(matcher.match(heading), ['customer-impact']));
    }
  });

  describe('synonyms from the config', () => {
    const configured = new ConceptMatcher(undefined, { 'customer-impact': ['Was ändert sich für Nutzer'], 'customer-evidence': ['Stimmen aus dem Support'] });
    it('match like built-in headings, with case, accents and punctuation ignored', () => {
      assert.deepStrictEqual(configured.match('Was ändert sich für Nutzer?'), ['customer-impact']);
      assert.deepStrictEqual(configured.match('WAS ANDERT SICH FUR NUTZER'), ['customer-impact']);
      assert.deepStrictEqual(configured.match('Stimmen aus dem Support:'), ['customer-evidence']);
    });
    it('leave the built-in headings in place', () => {
      assert.deepStrictEqual(configured.match('Customer impact'), ['customer-impact']);
    });
    it('are plain words: regular-expression syntax in a synonym matches nothing special', () => {
      const odd = new ConceptMatcher(undefined, { 'value-created': ['.*'] });
      assert.deepStrictEqual(odd.match('Context'), []);
    });
  });
});

/** Customer words in another sense: software, code, or a team of ours named as the affected party. */
const OTHER_SENSES: Record<string, string[]> = {
  en: ['Message consumer', 'Kafka consumer impact', 'Class members', 'Client library', 'Effects on client applications', 'Client-side impact', 'REST client', 'Impact on customer support', 'Impact on the support team', 'Customer support impact', 'Impact on the customer success team'],
  it: ['Impatto sul servizio clienti', 'Impatto sul team di supporto', 'Impatto lato client', 'Consumatori di messaggi', 'Membri della classe'],
  es: ['Impacto en atención al cliente', 'Impacto en el equipo de soporte', 'Impacto en la biblioteca cliente', 'Consumidores de mensajes', 'Miembros de la clase'],
  pl: ['Wpływ na dział obsługi klienta', 'Wpływ na zespół wsparcia', 'Wpływ na bibliotekę klienta', 'Konsumenci wiadomości', 'Członkowie klasy'],
  de: ['Auswirkungen auf den Kundendienst', 'Auswirkungen auf das Vertriebsteam', 'Auswirkungen auf den Kundenservice', 'Auswirkungen auf die Client-Bibliothek', 'Klassenmitglieder'],
  fr: ['Impact sur le service client', "Impact sur l'équipe support", 'Impact côté client', 'Consommateurs de messages', 'Membres de la classe'],
  pt: ['Impacto no atendimento ao cliente', 'Impacto na equipe de suporte', 'Impacto no lado do cliente', 'Consumidores de mensagens', 'Membros da classe'],
};

/** One generic word: the heading names its concept, to be confirmed by its section's text. */
const GENERIC: Record<string, [string, ConceptId][]> = {
  en: [['Problems', 'problem-solved'], ['The Problem', 'problem-solved'], ['Values', 'value-created'], ['Benefits', 'value-created'], ['Members', 'customer-segment'], ['Consumer', 'customer-segment']],
  it: [['Problemi', 'problem-solved'], ['Valore', 'value-created'], ['Benefici', 'value-created'], ['Consumatori', 'customer-segment']],
  es: [['Problemas', 'problem-solved'], ['Valor', 'value-created'], ['Beneficios', 'value-created'], ['Socios', 'customer-segment']],
  pl: [['Problemy', 'problem-solved'], ['Wartość', 'value-created'], ['Korzyści', 'value-created'], ['Członkowie', 'customer-segment']],
  de: [['Probleme', 'problem-solved'], ['Nutzen', 'value-created'], ['Vorteile', 'value-created'], ['Mitglieder', 'customer-segment']],
  fr: [['Problèmes', 'problem-solved'], ['Valeur', 'value-created'], ['Bénéfices', 'value-created'], ['Membres', 'customer-segment']],
  pt: [['Problemas', 'problem-solved'], ['Valor', 'value-created'], ['Benefícios', 'value-created'], ['Membros', 'customer-segment']],
};

describe('ConceptMatcher: other senses and generic words', () => {
  const matcher = new ConceptMatcher();
  for (const [language, headings] of Object.entries(OTHER_SENSES)) {
    for (const heading of headings) {
      it(`${language}: "${heading}" names no customer concept`, () => assert.deepStrictEqual(matcher.match(heading), []));
    }
  }
  for (const [language, pairs] of Object.entries(GENERIC)) {
    for (const [heading] of pairs) {
      it(`${language}: "${heading}" is one generic word`, () => assert.notEqual(matcher.genericWord(heading), undefined));
    }
  }
  it('a heading that says more is not generic', () => {
    for (const h of ['Problem solved', 'Customer problems', 'Value for customers', 'Customers', 'Kunden', 'Clienti', 'Problema risolto', 'Kundennutzen']) {
      assert.equal(matcher.genericWord(h), undefined, h);
    }
  });
  it('a customer word in its own sense still names the customer beside one in another', () => {
    assert.equal(matcher.namesCustomerIn(['the', 'kafka', 'consumer', 'retries']), false);
    assert.equal(matcher.namesCustomerIn(['customer', 'support', 'calls', 'customers']), true);
    assert.equal(matcher.namesCustomerIn(['customer', 'support', 'calls']), false);
  });
});
