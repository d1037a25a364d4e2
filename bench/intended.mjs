// The differences in the CLI's output that issue #15's exacter reading of headings intends, found with the
// current engine: which headings it now reads differently in a file, and whether they explain every finding that
// changed there. compare-output.mjs lists, counts and prints them; any other difference still fails it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The engine of a source tree, bundled with esbuild into `outDir` and loaded. */
export async function bundleEngine(root, outDir, name) {
  const outfile = path.join(outDir, `${name}.cjs`);
  await build({ entryPoints: [path.join(root, 'server/src/engine/index.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile, logLevel: 'error', mainFields: ['module', 'main'] });
  return require(outfile);
}

const BOLD_ALONE = /^\s*(?:[-*+]\s+)?(\*\*|__)[^:]*\1\s*$/;

/**
 * Why the current engine reads a file's headings differently: each reason names the line of a heading or label,
 * the concepts it would have named, and what changed. The status too, when the file's status is read anew.
 */
export function headingChanges(lib, engine, config, corpus, file) {
  const text = readFileSync(path.resolve(corpus, file), 'utf8').replace(/^\uFEFF/, '');
  const analysis = engine.analyze({ path: file, text, config });
  const matcher = engine.matcherFor(config);
  const lines = text.split(/\r\n|\r|\n/);
  const reasons = [];
  for (const s of analysis.document.sections) {
    const line = s.labelRange.start.line + 1;
    if (s.generic && s.concepts.length === 0) reasons.push({ line, why: 'one generic word, and its text names no one', concepts: matcher.match(s.label) });
    const tokens = matcher.tokens(s.label);
    if (tokens.some((t, i) => matcher.namesCustomer(t) && matcher.isOtherSense(tokens, i))) reasons.push({ line, why: 'a customer word in another sense, or a team of ours', concepts: lib.CONCEPTS });
    if (s.source === 'bold-label' && BOLD_ALONE.test(lines[line - 1] ?? '')) reasons.push({ line, why: 'a bold line alone, now a label', concepts: lib.CONCEPTS, bodyChanged: true });
    if (s.concepts.length === 0 && /^\s*(?:`[^`]*`|[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*(?:\(\))?)\s*$/.test(s.label) && matcher.match(s.label).length > 0) reasons.push({ line, why: 'a code name, not a heading', concepts: lib.CONCEPTS });
  }
  const written = analysis.statusInfo.written?.text ?? '';
  const statusRead = /\bactive\b|\bdevelopment\b/i.test(written) || (analysis.statusInfo.written !== undefined && /\d{4}/.test(written));
  return { reasons, statusRead, status: analysis.status };
}

const CONCEPT_RULES = new Set(['customer-impact', 'problem-solved', 'value-created', 'customer-segment', 'customer-evidence', 'success-metrics', 'close-the-loop']);
const SECTION_RULES = new Set(['empty-section', 'placeholder-text', 'unjustified-no-impact']);

/**
 * The findings that differ between two runs of a file, and those of them no heading change explains. A missing
 * concept's finding is explained by a heading that would have named it; a section's own finding by a heading on
 * its line; a bold line alone also ends the section before it, so findings on earlier labels may move; a status
 * read anew changes every severity.
 */
export function unexplained(before, after, change) {
  const key = (d) => JSON.stringify(d);
  const oldKeys = new Set(before.map(key));
  const newKeys = new Set(after.map(key));
  const differing = [...before.filter((d) => !newKeys.has(key(d))), ...after.filter((d) => !oldKeys.has(key(d)))];
  if (change.statusRead) return { differing, left: [] };
  const lines = new Set(change.reasons.map((r) => r.line));
  const concepts = new Set(change.reasons.flatMap((r) => r.concepts));
  const bodies = change.reasons.some((r) => r.bodyChanged);
  const left = differing.filter((d) => {
    if (CONCEPT_RULES.has(d.rule) && concepts.has(d.rule)) return false;
    if (SECTION_RULES.has(d.rule) && (lines.has(d.line) || bodies)) return false;
    return true;
  });
  return { differing, left };
}
