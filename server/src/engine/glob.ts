// Glob matching without regular expressions: `**`, `*`, `?`, `[a-z]`, `{a,b}`. Time is bounded by
// pattern length x path length, so no glob from a config file can make matching slow.

const MAX_EXPANSIONS = 64;
/** Longer globs and deeper braces are refused: expanding `{{{...}}}` costs depth x length. */
const MAX_GLOB_LENGTH = 1024;
const MAX_BRACE_DEPTH = 16;

/** What is wrong with a glob, as the catalog's key for it (`messages.config`) and the values its words take. */
export type GlobProblem = 'globEmpty' | 'globTooLong' | 'globTooDeep' | 'globUnbalanced' | 'globTooManyAlternatives';

export class GlobError extends Error {
  constructor(
    readonly problem: GlobProblem,
    readonly values: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

/** `{a,b}` alternatives spelled out; throws GlobError on unbalanced braces or too many expansions. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) {
    if (pattern.includes('}')) throw new GlobError('globUnbalanced', { bracket: '}', glob: pattern }, `unbalanced "}" in glob "${pattern}"`);
    return [pattern];
  }
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) throw new GlobError('globUnbalanced', { bracket: '{', glob: pattern }, `unbalanced "{" in glob "${pattern}"`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    for (const alt of expandBraces(pattern.slice(cuts[k] + 1, cuts[k + 1]))) {
      for (const rest of expandBraces(tail)) {
        out.push(head + alt + rest);
        if (out.length > MAX_EXPANSIONS) throw new GlobError('globTooManyAlternatives', { glob: pattern, limit: MAX_EXPANSIONS }, `glob "${pattern}" has more than ${MAX_EXPANSIONS} alternatives`);
      }
    }
  }
  return out;
}

/** Whether `c` fits the class starting at pattern[i] ("[" ... "]"); returns the index after "]" or -1. */
function matchClass(p: string, i: number, c: string): { end: number; ok: boolean } {
  let j = i + 1;
  const negate = p[j] === '!' || p[j] === '^';
  if (negate) j++;
  let ok = false;
  let first = true;
  while (j < p.length && (p[j] !== ']' || first)) {
    first = false;
    if (p[j + 1] === '-' && j + 2 < p.length && p[j + 2] !== ']') {
      if (c >= p[j] && c <= p[j + 2]) ok = true;
      j += 3;
    } else {
      if (c === p[j]) ok = true;
      j++;
    }
  }
  if (j >= p.length) throw new GlobError('globUnbalanced', { bracket: '[', glob: p }, `unbalanced "[" in glob "${p}"`);
  return { end: j + 1, ok: negate ? !ok : ok };
}

/** One path segment against one pattern segment: classic two-pointer wildcard matching, linear time. */
function matchSegment(p: string, s: string): boolean {
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] === '*') {
      starP = pi++;
      starS = si;
      continue;
    }
    if (pi < p.length) {
      if (p[pi] === '[') {
        const cls = matchClass(p, pi, s[si]);
        if (cls.ok) {
          pi = cls.end;
          si++;
          continue;
        }
      } else if (p[pi] === '?' || p[pi] === s[si]) {
        pi++;
        si++;
        continue;
      }
    }
    if (starP < 0) return false;
    pi = starP + 1;
    si = ++starS;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

export class Glob {
  /** The characters of all its alternatives: what matching a path against it costs, at most, per path character. */
  readonly size: number;
  private readonly alternatives: string[][];
  /** Per alternative, its segments without wildcards: a path lacking one of them cannot match. */
  private readonly literals: string[][];
  /** Per alternative, how the file name must end (the last segment's text after its last wildcard). */
  private readonly nameEnds: string[];
  /** Per alternative, whether it is `**` then `*` and a literal end (`**` + `/*.md`): the name's end decides alone. */
  private readonly byNameEnd: boolean[];

  /** Throws GlobError when the pattern is malformed. */
  constructor(readonly source: string) {
    const trimmed = source.trim().replace(/^\.\//, '');
    if (trimmed.length === 0) throw new GlobError('globEmpty', {}, 'empty glob');
    if (trimmed.length > MAX_GLOB_LENGTH) throw new GlobError('globTooLong', { limit: MAX_GLOB_LENGTH }, `glob longer than ${MAX_GLOB_LENGTH} characters`);
    let depth = 0;
    for (const c of trimmed) {
      if (c === '{' && ++depth > MAX_BRACE_DEPTH) throw new GlobError('globTooDeep', { glob: trimmed.slice(0, 40), limit: MAX_BRACE_DEPTH }, `glob "${trimmed.slice(0, 40)}..." nests braces more than ${MAX_BRACE_DEPTH} deep`);
      if (c === '}') depth--;
    }
    const base = trimmed.includes('/') ? trimmed.replace(/\/$/, '/**') : `**/${trimmed}`;
    const expanded = expandBraces(base.toLowerCase());
    this.size = expanded.reduce((n, a) => n + a.length, 0);
    this.alternatives = expanded.map((a) => a.split('/').filter((s) => s.length > 0));
    // Check classes once so that a broken one is reported now, not while matching.
    for (const segments of this.alternatives) for (const seg of segments) if (seg.includes('[')) matchSegment(seg, seg);
    this.literals = this.alternatives.map((segments) => segments.filter((seg) => !/[*?[]/.test(seg)));
    this.nameEnds = this.alternatives.map((segments) => {
      const last = segments[segments.length - 1] ?? '';
      const wildcard = Math.max(last.lastIndexOf('*'), last.lastIndexOf('?'), last.lastIndexOf(']'));
      return last === '**' ? '' : last.slice(wildcard + 1);
    });
    this.byNameEnd = this.alternatives.map(
      (segments, k) => segments.length === 2 && segments[0] === '**' && segments[1] === `*${this.nameEnds[k]}` && !/[*?[\]]/.test(this.nameEnds[k]),
    );
  }

  /** `path` is relative, with `/` separators. Case is ignored. */
  matches(path: string): boolean {
    return this.matchesParts(Glob.parts(path));
  }

  /** A path as `matchesParts` takes it: lower case, split at `/`. Split once, match against many globs. */
  static parts(path: string): string[] {
    return path.toLowerCase().split('/').filter((s) => s.length > 0);
  }

  matchesParts(parts: string[]): boolean {
    const name = parts.length > 0 ? parts[parts.length - 1] : '';
    for (let k = 0; k < this.alternatives.length; k++) {
      if (!name.endsWith(this.nameEnds[k])) continue;
      if (this.byNameEnd[k]) {
        if (parts.length > 0) return true;
        continue;
      }
      if (this.literals[k].every((lit) => parts.includes(lit)) && matchPath(this.alternatives[k], parts)) return true;
    }
    return false;
  }
}

function matchPath(pattern: string[], path: string[]): boolean {
  // A last segment that is not `**` can only match the file name: most alternatives fail there, cheaply.
  const last = pattern[pattern.length - 1];
  if (last !== undefined && last !== '**' && (path.length === 0 || !matchSegment(last, path[path.length - 1]))) return false;
  // memo[i][j]: pattern[i..] matches path[j..]; filled from the end so `**` costs no backtracking.
  const rows = pattern.length + 1;
  const cols = path.length + 1;
  const memo = new Uint8Array(rows * cols);
  memo[pattern.length * cols + path.length] = 1;
  for (let i = pattern.length - 1; i >= 0; i--) {
    for (let j = path.length; j >= 0; j--) {
      let ok = false;
      if (pattern[i] === '**') ok = memo[(i + 1) * cols + j] === 1 || (j < path.length && memo[i * cols + j + 1] === 1);
      else if (j < path.length) ok = matchSegment(pattern[i], path[j]) && memo[(i + 1) * cols + j + 1] === 1;
      memo[i * cols + j] = ok ? 1 : 0;
    }
  }
  return memo[0] === 1;
}
