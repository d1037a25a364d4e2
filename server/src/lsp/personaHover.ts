// Hover on a persona id (or a link to a card): the card, as the team wrote it, and how many records use it.

import type { Hover, Position } from 'vscode-languageserver';
import { catalogFor, format } from '../engine';
import { mentionAt } from './personaAt';
import type { PersonaIndex } from './personaIndex';

const TOP = 3;

export function personaHoverAt(index: PersonaIndex, uri: string, p: Position, locale: string, markdown: boolean): Hover | null {
  const mention = mentionAt(index, uri, p);
  if (!mention) return null;
  const found = index.card(mention.id);
  if (!found) return null;
  const { card } = found;
  const t = catalogFor(locale).persona;
  const usage = index.usage(card.id);
  const lines = [`**${t.persona}: ${card.name ?? card.id}** (\`${card.id}\`)`];
  if (card.segment) lines.push('', `**${t.sections.segment}:** ${card.segment}`);
  const list = (title: string, items: string[]) => items.length > 0 && lines.push('', `**${title}**`, ...items.slice(0, TOP).map((i) => `- ${i}`));
  list(t.sections.jobs, card.jobs);
  list(t.sections.pains, card.pains);
  list(t.sections.gains, card.gains);
  if (card.quotes.length > 0) lines.push('', `> ${card.quotes[0]}`);
  lines.push('', `_${format(t.usedBy, { decisions: usage.decisions, specs: usage.specs })}_`);
  const value = lines.join('\n');
  return { contents: markdown ? { kind: 'markdown', value } : { kind: 'plaintext', value: value.replace(/[*_`]/g, '') }, range: mention.range };
}
