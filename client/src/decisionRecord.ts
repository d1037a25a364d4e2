// A new decision record: its number, its file name and its text, in one of the seven languages.
// Pure, so the rules that keep a record from overwriting another are tested without VS Code.

// The engine's leaf modules, not its index: the index would bundle the Markdown and YAML parsers as well.
import { catalogFor } from '../../server/src/engine/l10n';
import { CONCEPTS, LANGUAGES, type LanguageCode } from '../../server/src/engine/types';

/** Where teams keep decision records, most common first; the first that exists is used. */
export const DECISION_FOLDERS = ['docs/decisions', 'docs/adr', 'doc/adr', 'adr', 'decisions', 'docs/architecture-decisions'];
export const DEFAULT_DECISION_FOLDER = 'docs/decisions';

/** Each language named in itself, as a writer looks for it. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English', it: 'Italiano', es: 'Español', pl: 'Polski', de: 'Deutsch', fr: 'Français', pt: 'Português',
};

/** The record language to offer first: the display language when supported, else English. */
export function defaultRecordLanguage(displayLanguage: string): LanguageCode {
  const code = displayLanguage.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as LanguageCode) : 'en';
}

const NUMBERED = /^(\d{4,})-/;

/** One more than the highest `NNNN-` prefix among the names; 1 in an empty folder. */
export function nextNumber(names: readonly string[]): number {
  let max = 0;
  for (const name of names) {
    const m = NUMBERED.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

export function padNumber(n: number): string {
  return String(n).padStart(4, '0');
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = { ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd' };

/** "Préférer l'accès par carte!" -> "preferer-l-acces-par-carte"; never empty. */
export function slugOf(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[łßæœøđ]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'decision';
}

export function fileNameOf(n: number, title: string): string {
  return `${padNumber(n)}-${slugOf(title)}.md`;
}

/** YYYY-MM-DD in local time: the day the writer sees on their calendar. */
export function isoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export interface DecisionRecordInput {
  number: number;
  title: string;
  language: LanguageCode;
  date: Date;
}

/** The record's text: front matter, numbered title, then every customer section with its prompt. */
export function decisionRecordText({ number, title, language, date }: DecisionRecordInput): string {
  const catalog = catalogFor(language);
  const lines = ['---', 'kind: decision', 'status: proposed', `date: ${isoDate(date)}`, '---', '', `# ${padNumber(number)}. ${title.trim()}`, ''];
  for (const concept of CONCEPTS) {
    const text = catalog.concepts[concept];
    lines.push(`## ${text.heading}`, '', text.prompt, '');
  }
  return lines.join('\n');
}

/**
 * The folder a `newDecisionRecord.folder` setting names, as path segments under the workspace folder; [] for
 * the folder itself; undefined when it would leave the workspace folder (absolute, or `..` above it).
 */
export function folderSegments(setting: string): string[] | undefined {
  const path = setting.trim().replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return undefined;
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (segments.pop() === undefined) return undefined;
    } else segments.push(s);
  }
  return segments;
}

/** A template's text with `{{number}}`, `{{title}}` and `{{date}}` filled in. */
export function fillTemplate(template: string, { number, title, date }: Omit<DecisionRecordInput, 'language'>): string {
  const values: Record<string, string> = { number: padNumber(number), title: title.trim(), date: isoDate(date) };
  return template.replace(/\{\{\s*(number|title|date)\s*\}\}/gi, (_, name: string) => values[name.toLowerCase()]);
}
