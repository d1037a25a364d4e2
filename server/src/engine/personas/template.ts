// A new persona card's text, in one of the seven languages: front matter id and name, then a section for
// each part (segment, jobs to be done, pains, gains, quotes) and the empathy map. The New Persona command
// and unknown-persona's "create the card" fix both write it. A leaf module: the client bundles it alone.

import { catalogFor } from '../l10n';
import type { LanguageCode } from '../types';

const yamlString = (s: string) => (/^[\p{L}\p{N} ,.'-]*$/u.test(s) && !/^[-'\s]/.test(s) ? s : JSON.stringify(s));

export function personaCardText(id: string, name: string, language: LanguageCode): string {
  const t = catalogFor(language).persona;
  const s = t.sections;
  const p = t.prompts;
  const part = (level: string, key: keyof typeof s) => [`${level} ${s[key]}`, '', `<!-- ${p[key]} -->`, ''];
  return [
    '---',
    `id: ${id}`,
    `name: ${yamlString(name)}`,
    '---',
    '',
    `# ${name}`,
    '',
    ...part('##', 'segment'),
    ...part('##', 'jobs'),
    ...part('##', 'pains'),
    ...part('##', 'gains'),
    ...part('##', 'quotes'),
    `## ${s.empathyMap}`,
    '',
    `<!-- ${p.empathyMap} -->`,
    '',
    ...part('###', 'thinksFeels'),
    ...part('###', 'says'),
    ...part('###', 'does'),
    ...part('###', 'hears'),
  ].join('\n');
}
