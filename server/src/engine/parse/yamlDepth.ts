// A guard in front of the YAML parser. The parser recurses once per level of nesting; near a thousand levels
// it overflows the stack, and on Node 20 a second overflow can abort the whole process (V8 fails to compile
// a regular expression with no stack left: "FATAL ERROR: RegExpCompiler Allocation failed"). Text nested
// deeper than any real front matter or config is therefore reported instead of parsed.

/** Real records and configs nest a handful of levels; the parser overflows near a thousand. */
export const MAX_YAML_DEPTH = 128;

/**
 * An upper estimate of how deeply `text` nests: indentation levels, plus the block indicators on a line
 * (`- `, `? `, `: `, which nest when repeated: `- - - x`, `a: : : b`), plus open flow brackets (`[`, `{`),
 * counted wherever they are. Linear time.
 */
export function yamlDepth(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let max = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    if (i < lineEnd && text[i] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      let compact = 0;
      let lineMax = flow;
      for (; i < lineEnd; i++) {
        const c = text[i];
        if (c === '[' || c === '{') lineMax = Math.max(lineMax, ++flow);
        else if ((c === ']' || c === '}') && flow > 0) flow--;
        else if ((c === '-' || c === '?' || c === ':') && (i + 1 === lineEnd || text[i + 1] === ' ' || text[i + 1] === '\t')) compact++;
      }
      max = Math.max(max, indents.length + compact + lineMax);
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return max;
}

export function tooDeepMessage(): string {
  return `nested more than ${MAX_YAML_DEPTH} levels deep; not read`;
}
