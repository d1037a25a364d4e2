// YAML parsing with a guard on nesting. YAML's composer recurses once per level of nesting; near a thousand
// levels it overflows the stack, and on Node 20 an overflow can abort the whole process (V8 fails to compile
// a regular expression with no stack left: "FATAL ERROR: RegExpCompiler Allocation failed"). YAML's parser
// (text to syntax tokens) is iterative, so the text is parsed once, the nesting is measured on the tokens,
// and only text nested no deeper than any real front matter or config goes on to the composer.

import { Composer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** Real records and configs nest a handful of levels; the composer overflows near a thousand. */
export const MAX_YAML_DEPTH = 64;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** How many collections deep the syntax tokens nest (broken YAML included). Linear time, no recursion. */
export function tokenDepth(tokens: readonly CST.Token[]): number {
  let max = 0;
  const seen = new Set<object>();
  const stack: { node: unknown; depth: number }[] = tokens.map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth });
      continue;
    }
    const type = (node as { type?: unknown }).type;
    const d = typeof type === 'string' && COLLECTIONS.has(type) ? depth + 1 : depth;
    if (d > max) max = d;
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') stack.push({ node: value, depth: d });
  }
  return max;
}

export function tooDeepMessage(): string {
  return `nested more than ${MAX_YAML_DEPTH} levels deep; not read`;
}

/**
 * What `parseDocument(text, options)` gives (its first document, with an error if there are more), or
 * undefined when the text nests more than MAX_YAML_DEPTH levels. May throw, as parseDocument may.
 */
export function parseYamlGuarded(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed | undefined {
  const tokens = [...new Parser().parse(text)];
  if (tokenDepth(tokens) > MAX_YAML_DEPTH) return undefined;
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc;
}
