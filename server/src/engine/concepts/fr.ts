// French vocabulary.

import type { Vocabulary } from './vocabulary';

export const fr: Vocabulary = {
  language: 'fr',
  customers: ['client', 'clients', 'cliente*', 'utilisateur', 'utilisatrice', 'usager', 'consommateur', 'consommatrice', 'acheteur', 'patient*', 'membre*', 'adherent*', 'citoyen*'],
  fillers: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'a', 'au', 'aux', 'en', 'dans', 'sur', 'pour',
    'par', 'avec', 'et', 'ou', 'qui', 'que', 'qu', 'quoi', 'quel', 'quels', 'quelle', 'quelles', 'comment',
    'pourquoi', 'nos', 'notre', 'sont', 'est', 'ce', 'cette', 'ces', 'leurs', 'leur', 'principaux', 'cibles',
    'concernes', 'vont', 'il', 'ils',
  ],
  common: ['le', 'la', 'les', 'des', 'et', 'est', 'pour', 'que', 'une', 'dans', 'du', 'pas', 'sur', 'nous', 'qui', 'au', 'aux', 'avec', 'ne', 'leur', 'ce', 'cette', 'sont', 'plus', 'par'],
  concepts: {
    'customer-impact': ['impact* @c', 'effet* @c', 'consequence* @c', 'experience @c', 'ce qui change @c', 'ressenti* @c', 'comment @c vivr*'],
    'problem-solved': ['probleme* resolu*', 'resoudre probleme*', 'probleme* @c', '=probleme*', 'quel probleme*', 'besoin* @c'],
    'value-created': ['avantage* @c', '=valeur*', 'valeur* cree*', 'valeur* @c', 'valeur* pour @c', '=benefice*', 'benefice* @c', 'gain* @c'],
    'customer-segment': ['=@c', '=@c cible*', '=segment* @c', '=segment*', '=persona', '=personas', 'qui sont @c', '=pour qui', '=cible*'],
    'customer-evidence': ['=entretien*', '=enquete*', 'retour* @c', '=preuves', '=feedback', 'feedback @c', 'temoignage*', 'recherche* @c', 'entretien* @c', 'enquete* @c', 'sondage* @c', 'voix @c', 'donnee* @c', 'verbatim*'],
    'success-metrics': ['indicateur* succes', 'metrique* succes', '=metriques', '=indicateurs', 'mesure* succes', 'kpi*', '=succes', 'criteres de succes'],
    'close-the-loop': ['=suivi', 'suivi @c', 'communication* @c', 'inform* @c', 'retour* aux @c', 'retour* vers @c', 'boucler boucle', 'notification* @c'],
  },
  generic: ['probleme*', 'valeur*', 'benefice*', 'avantage*', 'consommat*', 'membre*', 'adherent*'],
  otherSenses: [
    'service|support|relation*|equipe* client*', 'cote client*', 'bibliotheque*|application*|certificat*|logiciel* client*',
    'consommateur* de|des message*|evenement*|file*', 'membre* de la|de|des classe*', 'membre* de classe*', 'interface utilisat*',
  ],
  statusLabels: ['statut', 'etat', 'status'],
  statuses: {
    draft: ['brouillon'],
    proposed: ['propose', 'proposee', 'proposition', 'en discussion', 'en revue', 'ouvert'],
    accepted: ['accepte', 'acceptee', 'approuve', 'approuvee', 'decide', 'decidee', 'adopte', 'adoptee', 'valide', 'validee', 'implemente', 'finalise'],
    rejected: ['rejete', 'rejetee', 'refuse', 'refusee', 'abandonne'],
    deprecated: ['obsolete', 'deprecie', 'depreciee'],
    superseded: ['remplace', 'remplacee'],
  },
  placeholders: ['a definir', 'a faire', 'a completer', 'a rediger', 'a venir', 'a preciser', 'non applicable', 'en attente'],
  feelings: ['ressent*', 'sentir*', 'frustr*', 'agac*', 'confus*', 'heureu*', 'soulag*', 'confiance', 'colere', 'surpri*', 'inquie*', 'content*', 'decu*', 'satisf*', 'rassur*', 'stress*', 'vivr*'],
  reactions: ['cesser* d appeler', 'arreter* d appeler', 'appeler* le support', 'contacter* le support', 'resili*', 'abandonn*', 'desabonn*', 'passer* a', 'recommander*', 'reviendr*', 'remerci*', 'reagir*', 'reaction*', 'apprecier*', 'plaindr*', 'plainte*'],
  measures: ['heure*', 'minute*', 'trimestriel*', 'tiers', 'cinquieme', 'dizaine*', 'douzaine*', 'centaine*', 'douze', 'vingt', 'trente', 'fois', 'semestre*', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'moitie', 'divis* par deux', 'doubl*', 'tripl*', 'pour cent', 'pourcentage', 'zero', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'cent', 'mille', 'jour*', 'semaine*', 'mois', 'trimestre*', 'an', 'ans', 'annee*', 'd ici', 'au moins', 'au plus', 'moins de', 'plus de', 'sous', 'au dessus', 'seuil*', 'objectif*'],
  noImpact: ['aucun', 'aucune', 'aucun impact', 'rien', 'neant', 'non applicable', 'non'],
};
