// Which kind a document is (decision, spec, persona card or none), its status, and its language.

import { detectLanguage, isStatusLabel, LANGUAGE_SAMPLE_CHARS, normaliseStatus } from './concepts';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, type Config } from './config/defaults';
import { Glob } from './glob';
import { declaredFrontMatter, isTooLarge } from './parse/document';
import { fold, LineIndex } from './text';
import type { FileKind, Kind, LanguageCode, ParsedDocument, Range, Status } from './types';
import { LANGUAGES } from './types';

/** The compiled globs of one kind: the defaults and the config's. */
export interface KindGlobs {
  include: Glob[];
  exclude: Glob[];
}

/** Globs that the config loader could not compile were already reported and left out. */
function safeGlobs(sources: string[]): Glob[] {
  const out: Glob[] = [];
  for (const s of sources) {
    try {
      out.push(new Glob(s));
    } catch {
      // Reported by the config loader as invalid-config.
    }
  }
  return out;
}

export function compileKindGlobs(config: Config): Record<FileKind, KindGlobs> {
  const make = (kind: FileKind): KindGlobs => ({
    include: safeGlobs([...DEFAULT_INCLUDE[kind], ...(config.kinds[kind]?.include ?? [])]),
    exclude: safeGlobs([...DEFAULT_EXCLUDE, ...(config.kinds[kind]?.exclude ?? [])]),
  });
  return { decision: make('decision'), spec: make('spec'), persona: make('persona') };
}

/** Records first: a record under a `personas/` folder stays the record it was before persona cards existed. */
const PATH_ORDER: readonly FileKind[] = ['decision', 'spec', 'persona'];

/** The kind of file a path gives, by the contract's default globs and the config's; `path` is relative, `/`-separated. */
export function fileKindFromPath(path: string, globs: Record<FileKind, KindGlobs>): FileKind | undefined {
  const parts = Glob.parts(path);
  return PATH_ORDER.find((kind) => takes(globs[kind], parts));
}

/** Whether fileKindFromPath gives `persona`, the persona globs asked first: most paths are no card. */
export function isCardPath(path: string, globs: Record<FileKind, KindGlobs>): boolean {
  const parts = Glob.parts(path);
  return takes(globs.persona, parts) && !takes(globs.decision, parts) && !takes(globs.spec, parts);
}

function takes(globs: KindGlobs, parts: string[]): boolean {
  return globs.include.some((x) => x.matchesParts(parts)) && !globs.exclude.some((x) => x.matchesParts(parts));
}

/** The record kind a path gives: undefined for a persona card's path too. */
export function kindFromPath(path: string, globs: Record<FileKind, KindGlobs>): Kind | undefined {
  const kind = fileKindFromPath(path, globs);
  return kind === 'persona' ? undefined : kind;
}

const KIND_WORDS: Record<string, FileKind> = {
  persona: 'persona', 'persona card': 'persona',
  decision: 'decision', adr: 'decision', 'decision record': 'decision', 'architecture decision record': 'decision',
  'architecture decision': 'decision', 'decision-record': 'decision',
  spec: 'spec', specification: 'spec', prd: 'spec', rfc: 'spec', proposal: 'spec', 'product spec': 'spec',
  'product requirements': 'spec', 'design doc': 'spec',
};

/** `kind: decision` or `type: spec` in front matter (or a YAML record's keys). */
export function kindFromFrontMatter(doc: ParsedDocument): FileKind | undefined {
  const data = doc.frontMatter?.data;
  return data ? kindFromData(data) : undefined;
}

/** `kind` or `type` among front matter keys and values. */
export function kindFromData(data: Record<string, unknown>): FileKind | undefined {
  for (const key of ['kind', 'type']) {
    const value = data[key];
    if (typeof value === 'string') {
      const word = fold(value).trim();
      // Own keys only: `kind: constructor` must not find Object's constructor.
      if (Object.prototype.hasOwnProperty.call(KIND_WORDS, word)) return KIND_WORDS[word];
    }
  }
  return undefined;
}

/**
 * Whether a check would find a kind for the file, from the path and, when the path does not tell, the front
 * matter (or a YAML record's keys), without parsing the body: a workspace holds many other files (READMEs,
 * templates, notes), and a check of the whole of it skips them at this cost.
 */
export function hasKind(input: { path: string; text: string; byteLength?: number }, globs: Record<FileKind, KindGlobs>): boolean {
  if (fileKindFromPath(input.path, globs)) return true;
  if (isTooLarge(input)) return false;
  const frontMatter = declaredFrontMatter(input.path, new LineIndex(input.text));
  return frontMatter !== undefined && kindFromData(frontMatter.data) !== undefined;
}

export interface StatusInfo {
  status: Status;
  /** What the document wrote, and where; absent when no status is written. */
  written?: { text: string; range: Range };
}

/** 2024-03-01, 2024/3/1, 2024-03 or 01.03.2024, 1/3/2024, as a number in date order (20240301). */
const YEAR_FIRST = /\b((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b/;
const YEAR_LAST = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\b/;
/** A status history is read from its first lines only. */
const MAX_HISTORY_LINES = 50;

function dateKey(line: string): number | undefined {
  const first = YEAR_FIRST.exec(line);
  if (first) return Number(first[1]) * 10_000 + Number(first[2]) * 100 + Number(first[3] ?? 0);
  const last = YEAR_LAST.exec(line);
  return last ? Number(last[3]) * 10_000 + Number(last[2]) * 100 + Number(last[1]) : undefined;
}

/**
 * The line of a status section that holds its status: the latest entry of a dated history ("2023-01-10:
 * Proposed", "2023-03-02: Accepted", in either order), else the first line with text.
 */
function statusLine(body: string): { text: string; offset: number } | undefined {
  const lines = body.split('\n');
  let first: { text: string; offset: number } | undefined;
  let latest: { text: string; offset: number; key: number } | undefined;
  let dated = 0;
  for (let i = 0; i < lines.length && i < MAX_HISTORY_LINES; i++) {
    const t = lines[i].replace(/<!--.*?-->/g, '').trim();
    if (t.length === 0) continue;
    first ??= { text: t, offset: i };
    const key = dateKey(t);
    if (key === undefined || normaliseStatus(t) === undefined) continue;
    dated++;
    if (!latest || key >= latest.key) latest = { text: t, offset: i, key };
  }
  return dated >= 2 && latest ? { text: latest.text, offset: latest.offset } : first;
}

/** Front matter `status:` first, then a Status section, then a `- Status:` / `**Status:**` line. No status: proposed. */
export function statusOf(doc: ParsedDocument, index: LineIndex): StatusInfo {
  const lineText = (n: number) => index.line(n);
  const fm = doc.frontMatter;
  if (fm) {
    for (const key of Object.keys(fm.data)) {
      if (!isStatusLabel(key)) continue;
      const value = fm.data[key];
      if (typeof value === 'string' && value.trim().length > 0) {
        const line = fm.keyLines.get(key) ?? 0;
        const text = lineText(line);
        return {
          status: normaliseStatus(value) ?? 'proposed',
          written: { text: value, range: { start: { line, character: 0 }, end: { line, character: text.length } } },
        };
      }
    }
  }
  for (const s of doc.sections) {
    if (s.source === 'front-matter' || s.source === 'yaml-key' || !isStatusLabel(s.label)) continue;
    const first = statusLine(s.body);
    if (!first) continue;
    const line = s.source === 'heading' ? s.bodyStart + first.offset : s.labelRange.start.line + first.offset;
    const text = lineText(line);
    const start = Math.max(0, text.indexOf(first.text.slice(0, 4)));
    return {
      status: normaliseStatus(first.text) ?? 'proposed',
      written: { text: first.text, range: { start: { line, character: start }, end: { line, character: text.trimEnd().length } } },
    };
  }
  return { status: 'proposed' };
}

export function languageOf(doc: ParsedDocument): LanguageCode {
  const data = doc.frontMatter?.data;
  for (const key of ['lang', 'language', 'locale']) {
    const v = data?.[key];
    if (typeof v === 'string') {
      const code = v.slice(0, 2).toLowerCase() as LanguageCode;
      if (LANGUAGES.includes(code)) return code;
    }
  }
  // Only the sample's worth of prose is read, so nested sections' bodies are not all copied.
  let prose = '';
  for (let i = 0; i < doc.sections.length && prose.length < LANGUAGE_SAMPLE_CHARS; i++) {
    const s = doc.sections[i];
    prose += `${i > 0 ? '\n' : ''}${s.label}\n${s.body}`;
  }
  return detectLanguage(prose.length > 0 ? prose : doc.text);
}

export const HISTORY: readonly Status[] = ['rejected', 'deprecated', 'superseded'];
