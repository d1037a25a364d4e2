// The catalog for a locale, complete: what a language leaves out comes from English.

import type { LanguageCode } from '../types';
import { LANGUAGES } from '../types';
import type { Catalog, PartialCatalog } from './catalog';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { pt } from './pt';

export { format } from './catalog';
export { type Catalog, type ConceptText, type ConfigMessages, type MapCellState, type PersonaPart, type PersonaTexts, type ReportText } from './catalog';

function merge(p: PartialCatalog): Catalog {
  const concepts = { ...en.concepts };
  for (const [id, text] of Object.entries(p.concepts ?? {})) {
    const key = id as keyof Catalog['concepts'];
    concepts[key] = { ...en.concepts[key], ...text };
  }
  return {
    language: p.language,
    concepts,
    messages: { ...en.messages, ...p.messages, config: { ...en.messages.config, ...p.messages?.config } },
    ui: { ...en.ui, ...p.ui, statusMeaning: { ...en.ui.statusMeaning, ...p.ui?.statusMeaning }, scaffolds: { ...en.ui.scaffolds, ...p.ui?.scaffolds } },
    persona: { ...en.persona, ...p.persona, sections: { ...en.persona.sections, ...p.persona?.sections }, prompts: { ...en.persona.prompts, ...p.persona?.prompts } },
    report: { ...en.report, ...p.report, states: { ...en.report.states, ...p.report?.states }, meanings: { ...en.report.meanings, ...p.report?.meanings } },
  };
}

const CATALOGS: Record<LanguageCode, Catalog> = { en, it: merge(it), es: merge(es), pl: merge(pl), de: merge(de), fr: merge(fr), pt: merge(pt) };

/** "pl-PL", "pt-br", "DE" -> the catalog of that language; English when the language is not supported. */
export function catalogFor(locale: string | undefined): Catalog {
  const code = (locale ?? 'en').slice(0, 2).toLowerCase() as LanguageCode;
  return LANGUAGES.includes(code) ? CATALOGS[code] : en;
}
