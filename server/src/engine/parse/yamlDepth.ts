// YAML parsing with a guard on nesting. YAML's composer recurses once per level of nesting; near a thousand
// levels it overflows the stack, and on Node 20 an overflow can abort the whole process (V8 fails to compile
// a regular expression with no stack left: "FATAL ERROR: RegExpCompiler Allocation failed"). YAML's parser
// (text to syntax tokens) is iterative, so the text is parsed once, the nesting is measured on the tokens,
// and only text nested no deeper than any real front matter or config goes on to the composer.

import { Composer, Lexer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** Real records and configs nest a handful of levels; the composer overflows near a thousand. */
export const MAX_YAML_DEPTH = 64;

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

export function tooDeepMessage(): string {
  return `nested more than ${MAX_YAML_DEPTH} levels deep; not read`;
}

/**
 * What `parseDocument(text, options)` gives (its first document, with an error if there are more), or
 * undefined when the text nests more than MAX_YAML_DEPTH levels. May throw, as parseDocument may.
 */
export function parseYamlGuarded(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed | undefined {
  // Lexer and parser step by step, as YAML's parseDocument does, stopping as soon as the nesting is too
  // deep: the parser slows down on deep nesting (a megabyte of `[` took 10 s), the composer overflows.
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_YAML_DEPTH + 2) return undefined;
  }
  for (const token of parser.end()) tokens.push(token);
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
