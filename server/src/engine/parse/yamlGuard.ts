// YAML through the `yaml` package, with the guards it lacks, for front matter, YAML records and config files.
// - Nesting: YAML's composer recurses once per level, and a stack overflow can abort a Node 20 process
//   outright. Its lexer and parser are iterative, so the text is parsed step by step and refused as soon as
//   it nests deeper than any real record or config.
// - Size, tokens and errors: every syntax error is an Error object, and a long run of `]` makes hundreds of
//   thousands. Texts above 1 MiB, with more than 50,000 tokens or more than 1,000 syntax errors among them,
//   are refused before any Error is made.

import { Composer, Lexer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { Catalog } from '../l10n';
import type { YamlRefusal } from '../types';

/** Real records and configs nest a handful of levels (4 at most in the corpus); the composer overflows near a thousand. */
export const MAX_YAML_DEPTH = 64;
/** The largest front matter in the corpus is under 1 KB, the largest YAML record under 40 KB. */
export const MAX_YAML_BYTES = 1024 * 1024;
export const MAX_YAML_ERRORS = 1000;
/** The corpus's largest YAML record has 360 of the lexer's tokens: far more is no record, and takes seconds to parse. */
export const MAX_YAML_TOKENS = 50_000;

/** The reader's words for a refusal. */
export function refusalText(refusal: YamlRefusal, m: Catalog['messages']): string {
  const texts: Record<YamlRefusal, string> = { 'too-large': m.yamlTooLarge, 'too-many-errors': m.yamlTooManyErrors, 'too-deep': m.yamlTooDeep, 'too-complex': m.yamlTooComplex };
  return texts[refusal];
}

/** How many collections deep the syntax tokens nest (broken YAML included). Linear time, no recursion. */
export function tokenDepth(tokens: readonly CST.Token[]): number {
  let max = 0;
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token; depth: number };
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      const d = depth + 1;
      if (d > max) max = d;
      for (const item of token.items as { key?: CST.Token | null; value?: CST.Token }[]) {
        if (item.key) stack.push({ token: item.key, depth: d });
        if (item.value) stack.push({ token: item.value, depth: d });
      }
    }
  }
  return max;
}

/**
 * What `parseDocument(text, options)` gives (its first document, with an error if there are more), or why
 * the text was not read. May throw, as parseDocument may.
 */
export function parseYamlGuarded(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed | { refused: YamlRefusal } {
  if (text.length > MAX_YAML_BYTES) return { refused: 'too-large' };
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let errors = 0;
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++lexemes > MAX_YAML_TOKENS) return { refused: 'too-complex' };
    for (const token of parser.next(lexeme)) {
      tokens.push(token);
      if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) return { refused: 'too-many-errors' };
    }
    if (parser.stack.length > MAX_YAML_DEPTH + 2) return { refused: 'too-deep' };
  }
  for (const token of parser.end()) tokens.push(token);
  if (tokenDepth(tokens) > MAX_YAML_DEPTH) return { refused: 'too-deep' };
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc as Document.Parsed;
}
