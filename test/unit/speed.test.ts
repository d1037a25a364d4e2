// The engine's speed-ups must not change a result: each fast path is compared here with the plain way of
// computing the same thing (bench/ measures the speed; docs/performance.md tells the story).

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { detectLanguage, isStatusLabel, VOCABULARIES } from '../../server/src/engine/concepts';
import { PrefixTree } from '../../server/src/engine/concepts/prefixTree';
import { ConceptMatcher } from '../../server/src/engine/concepts';
import { blockParser, parseMarkdown, PartCache, StockBlockState } from '../../server/src/engine/parse/markdown';
import { readSimpleYamlMap } from '../../server/src/engine/parse/simpleYaml';
import { readYamlMapWithLibrary } from '../../server/src/engine/parse/yamlMap';
import { fold, LineIndex, words } from '../../server/src/engine/text';
import { hollowness, rememberedHollowness } from '../../server/src/engine/hollow';
import type { Section } from '../../server/src/engine/types';

const ROOT = join(__dirname, '..', '..', '..');

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) markdownFiles(path, out);
    else if (/\.(md|markdown)$/i.test(e.name)) out.push(path);
  }
  return out;
}

const SYNTHETIC = [
  '# Title\n\n## Customer impact\n\nText.\n',
  'Setext\n======\n\nPara\n---\n',
  '- **Customer impact:** faster\n  - nested: item\n1. one\n2. two\n',
  '> quote\n> # heading in quote\n\n    indented code\n\n```\n# not a heading\n```\n',
  '<!-- comment -->\n<div>\nhtml\n</div>\n\n[ref]: https://example.com "title"\n\nText [ref].\n',
  '# CRLF\r\n\r\nline\r\n- a: b\r\n',
  '# Lone CR\r\rline\0 with NUL\r\n- **Customer impact:** \0\r',
  '',
  '\n\n\n',
  '* a\n\n  b\n\n* c\n',
  'Status: Accepted\nCustomer impact: none\n',
];

/** Sources to compare on: the examples, the fixtures and a few hand-made edge cases. */
function sources(): string[] {
  const files = [...markdownFiles(join(ROOT, 'examples')), ...markdownFiles(join(ROOT, 'test', 'fixtures'))];
  return [...SYNTHETIC, ...files.map((f) => readFileSync(f, 'utf8'))];
}

describe('speed-ups that change no result', () => {
  it('block tokens are those of a stock markdown-it parser', () => {
    const stock = new MarkdownIt('commonmark');
    stock.core.ruler.disable(['inline', 'text_join']);
    const Token = new stock.core.State('', stock, {}).Token;
    for (const source of sources()) {
      const ours = blockParser.parse(source, {});
      assert.deepEqual(JSON.parse(JSON.stringify(ours)), JSON.parse(JSON.stringify(stock.parse(source, {}))));
      for (const t of ours) {
        assert.ok(t instanceof Token);
        assert.deepEqual(Object.keys(t), Object.keys(new Token(t.type, t.tag, t.nesting)));
      }
    }
  });

  it("remembers a section's hollowness by its text, and answers as assessing it again would", () => {
    const matcher = new ConceptMatcher();
    const fresh = (s: Section): Section => ({ ...s, hollow: undefined });
    let remembered = 0;
    for (const text of sources()) {
      for (const section of parseMarkdown(text, matcher).sections) {
        const expected = hollowness(fresh(section));
        // Twice: the first may assess it, the second must come from memory; both must agree with a fresh look.
        assert.equal(rememberedHollowness(fresh(section)), expected, section.body);
        assert.equal(rememberedHollowness(fresh(section)), expected, section.body);
        if (expected !== undefined) remembered++;
      }
    }
    assert.ok(remembered > 50, `only ${remembered} hollow sections: the test shows little`);
    // What the answer depends on besides the text: a heading's section or a label's, and customer impact.
    const section = (body: string, source: Section['source'], concepts: Section['concepts']): Section =>
      ({ label: 'x', source, level: 2, labelRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, bodyStart: 1, bodyEnd: 2, body, concepts, hollow: undefined });
    assert.equal(rememberedHollowness(section('None.', 'heading', ['customer-impact'])), 'no-impact');
    assert.equal(rememberedHollowness(section('None.', 'heading', ['value-created'])), undefined);
    assert.equal(rememberedHollowness(section('### Details', 'heading', ['value-created'])), 'empty');
    assert.equal(rememberedHollowness(section('### Details', 'list-label', ['value-created'])), undefined);
  });

  it('parses a document part by part, and from cached parts, as in one piece', () => {
    const pool = ['# Heading', '## Customer impact', '#NoSpace', '#', '# ', '#\tTab', '####### seven', '# closed #', '```', '```js', '~~~', '````', '``` `x`',
      '    # indented code', '   # three spaces', '> quote', '> # quoted heading', '>', '- item', '- **Status:** accepted', '1. item', '  continuation',
      '  # in item', '<div>', '</div>', '<!-- comment', '-->', '<!-- one line -->', '<!-- a --> b', '<script>', '</script>', '<pre>', '</pre>', '<?php',
      '?>', '[ref]: /url', '[ref]:', '"title"', 'Status: accepted', '**Customer impact:** shops', '__Value created__: x', 'text', '', '', '===', '---',
      '***', '\t# tab', ' - nested', '- ```', '  ```', '> ```', '# Problem solved', 'Who: shop owners', '## Status', 'Accepted'];
    let seed = 31;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = sources();
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = random() < 0.3 ? ['---', 'status: accepted', '---'] : [];
      for (let i = Math.floor(random() * 40); i > 0; i--) lines.push(pool[Math.floor(random() * pool.length)]);
      texts.push(lines.join(random() < 0.1 ? '\r\n' : '\n'));
    }
    const matcher = new ConceptMatcher();
    const cache = new PartCache();
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
    let split = 0;
    for (const text of texts) {
      const whole = plain(parseMarkdown(text, matcher));
      assert.deepEqual(plain(parseMarkdown(text, matcher, { cache: new PartCache() })), whole, JSON.stringify(text));
      assert.deepEqual(plain(parseMarkdown(text, matcher, { cache })), whole, JSON.stringify(text));
      // Once more, from the cache: the same again.
      assert.deepEqual(plain(parseMarkdown(text, matcher, { cache })), whole, JSON.stringify(text));
      if (/\n#{1,6} /.test(text)) split++;
    }
    assert.ok(split > 1000, `${split} documents with a heading to cut at`);
  });

  it("follows an editor's versions of a document: sections kept where lines stayed, placed again where they moved", () => {
    const matcher = new ConceptMatcher();
    const cache = new PartCache();
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Edits that move the lines below them, change how far a heading's section runs, or touch one line.
    const edits: ((lines: string[], at: number) => void)[] = [
      (lines, at) => lines.splice(at, 0, 'A new line of text.'),
      (lines, at) => lines.splice(at, 1),
      (lines, at) => lines.splice(at, 0, '# Now a title'),
      (lines, at) => lines.splice(at, 0, '### Deeper'),
      (lines, at) => (lines[at] = `#${lines[at]}`),
      (lines, at) => (lines[at] = lines[at].replace(/^#/, '')),
      (lines, at) => (lines[at] = `x${lines[at]}`),
      (lines, at) => (lines[at] = '- **Customer impact:** typed'),
      (lines, at) => lines.splice(at, 0, '```'),
    ];
    let versions = 0;
    for (const start of sources()) {
      let text = start;
      for (let step = 0; step < 12; step++) {
        const lines = text.split('\n');
        edits[Math.floor(random() * edits.length)](lines, Math.floor(random() * lines.length));
        text = lines.join('\n');
        assert.deepEqual(plain(parseMarkdown(text, matcher, { cache })), plain(parseMarkdown(text, matcher)), JSON.stringify(text));
        versions++;
      }
    }
    assert.ok(versions > 100, `${versions} versions`);

    // A character typed in one part: every section of the other parts is the one the last version had.
    const doc = Array.from({ length: 30 }, (_, k) => `## Part ${k}\n\n- **Customer impact:** shops ${k}\n`).join('\n');
    const before = parseMarkdown(doc, matcher, { cache }).sections;
    const after = parseMarkdown(doc.replace('shops 7', 'shops 7x'), matcher, { cache }).sections;
    assert.equal(after.length, before.length);
    const renewed = after.filter((s, k) => s !== before[k]).map((s) => s.label);
    assert.deepEqual(renewed, ['Part 7', 'Customer impact'], 'only the edited part has new sections');
    // One line more at the top: every section moves down, and none is reused with its old line.
    const moved = parseMarkdown(`\n${doc}`, matcher, { cache }).sections;
    assert.ok(moved.every((s, k) => s.labelRange.start.line === before[k].labelRange.start.line + 1));
  });

  it('reuses the parse of the parts an edit did not touch, and forgets the oldest parts past its size', () => {
    const matcher = new ConceptMatcher();
    const cache = new PartCache(2000);
    const body = Array.from({ length: 20 }, (_, k) => `## Part ${k}\n\nText of part ${k}.\n`).join('\n');
    parseMarkdown(body, matcher, { cache });
    const parses: string[] = [];
    const original = blockParser.parse.bind(blockParser);
    blockParser.parse = (src: string, env: Record<string, unknown>) => {
      parses.push(src);
      return original(src, env);
    };
    try {
      parseMarkdown(body.replace('Text of part 7.', 'Text of part seven.'), matcher, { cache });
      assert.deepEqual(parses, ['## Part 7\n\nText of part seven.\n\n']);
      parses.length = 0;
      // A big document: the cache holds at most 2,000 characters, so the small document's parts are gone.
      const big = Array.from({ length: 200 }, (_, k) => `## Big ${k}\n\n${'x'.repeat(20)}\n`).join('\n');
      parseMarkdown(big, matcher, { cache });
      assert.ok(cache.heldChars <= 2000 && cache.heldChars > 1000, `${cache.heldChars} characters held`);
      parses.length = 0;
      parseMarkdown(body, matcher, { cache });
      assert.equal(parses.length, 20);
    } finally {
      blockParser.parse = original;
    }
  });

  it("marks each line as markdown-it's own block state does", () => {
    const pool = [' ', '  ', '\t', '\n', '\n\n', 'a', '# h', '- x', '> q', '```', '    code', '\u00a0', 'é', '😀', '\r'];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = [...sources(), '', ' ', '\n', 'x\n  ', 'x\n\t', '  \nx', '\t\tx\n \t y\n', 'a', 'a\n'];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let i = Math.floor(random() * 20); i > 0; i--) t += pool[Math.floor(random() * pool.length)];
      texts.push(t);
    }
    const fields = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount', 'blkIndent', 'line', 'lineMax', 'tight', 'listIndent', 'parentType', 'level', 'src'] as const;
    for (const text of texts) {
      const ours = new blockParser.block.State(text, blockParser, {}, []);
      const stock = new StockBlockState(text, blockParser, {}, []);
      assert.ok(ours instanceof StockBlockState);
      assert.deepEqual(Object.keys(ours), Object.keys(stock));
      for (const f of fields) assert.deepEqual(ours[f], stock[f], `${f} of ${JSON.stringify(text)}`);
    }
  });

  it('detects the language as counting every word of the sample would', () => {
    const plainWords = (text: string) => plainFold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const reference = (text: string) => {
      const scores = new Map<string, number>();
      const common = VOCABULARIES.map((v) => ({ language: v.language, set: new Set(v.common) }));
      for (const w of plainWords(text.slice(0, 20000))) for (const c of common) if (c.set.has(w)) scores.set(c.language, (scores.get(c.language) ?? 0) + 1);
      let best = 'en';
      let bestScore = 0;
      for (const [language, score] of scores) if (score > bestScore) [best, bestScore] = [language, score];
      return best;
    };
    const pool = ['the ', 'und ', 'der ', 'le ', 'la ', 'de ', 'że ', 'nie ', 'il ', 'que ', 'ł', 'ß', 'Æ', '😀', '\ud800', '\udc00', 'İ', 'ﬁ', '℡', '中文', 'e\u0301', 'Кл', ' ', '-', '1', '\u00a0', '𝔸', 'a'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = [...sources()];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = Math.floor(random() * 60); i > 0; i--) s += pool[Math.floor(random() * pool.length)];
      texts.push(s);
    }
    for (const text of texts) assert.equal(detectLanguage(text), reference(text), JSON.stringify(text.slice(0, 80)));
  });

  it('finds the words a token starts with as testing every word would', () => {
    const words = ['', 'c', 'cu', 'cust', 'customer', 'customers', 'klient', 'klientów', 'kunde', 'kunden', 'ł', '😀', 'custom'];
    const tree = new PrefixTree<string>();
    for (const w of words) tree.add(w, w);
    tree.add('cust', 'cust again');
    for (const token of ['', 'customer', 'customers', 'customerxyz', 'cus', 'klientów', 'klienci', 'kundennutzen', 'ł', '😀x', 'x', 'CUSTOMER']) {
      const found: string[] = [];
      tree.prefixesOf(token, (v) => found.push(v));
      const expected = words.filter((w) => token.startsWith(w)).sort((a, b) => a.length - b.length);
      if (token.startsWith('cust')) expected.splice(expected.indexOf('cust') + 1, 0, 'cust again');
      assert.deepEqual(found, expected, token);
      assert.equal(tree.somePrefix(token, (v) => v.length >= 6), expected.some((v) => v.length >= 6), token);
    }
  });

  it('reads simple front matter as the YAML library does, and leaves everything else to it', () => {
    const keys = ['status', 'title', 'Decision makers', 'date', 'tags', 'status', 'null', 'True', '__proto__', 'a-b_c', 'key ', '1x', 'x: y'];
    const values = [
      ' accepted', ' Accepted (2024-03-01)', ' 2024-03-01', ' "quoted"', " 'single'", ' a # comment', ' "q" # c', ' []', ' [ ]', ' 15',
      " 'q' #c", ' "q"# c', ' a #c', ' # only a comment', ' "a" b', " 'it''s' # c", ' 1 # one', ' x #', ' "a #b"', ' 1.0', ' 1.10', ' 0.5', ' 2.', ' TRUE', ' yes', ' 0042', ' 1234567890123456789', ' 1.0', ' -3', ' +1e3', ' .5', ' 0x1F', ' 0o17', ' .inf', ' .NaN', ' ~', ' null', ' true',
      ' False', ' yes', ' "with \\"escape"', " 'single'", " 'it''s'", ' ""', " ''", ' a: b', ' a #comment', ' a#b', ' [a, b]', ' {a: 1}',
      ' &anchor x', ' *alias', ' !tag x', ' |', ' >', ' - x', ' ? x', ' %x', ' @x', ' `x`', ' x:', '', ' ', '  two spaces', ' tab\there', ' trailing  ', ' ünïcödé', ' 😀',
    ].map((v) => v.replace('\\t', '\t'));
    const items = ['- a', '- "q" # c', '- "q"', '- true', '- ~', '- ""', '  k: null', '  k: 1.5', '- name: x', '  email: "y"', "- 'q'", '- two words', '  k: v', '  k2: "q"', '  - b', '  k: 1', '  k:', '    deep: x', '  __proto__: x', '  true: x', '- 1', '- 007', '- ~', '-', '- a: b', '  - x', '- [x]', '    - deep'];
    const extras = ['', '# comment', '  # indented comment', '  indented', '...', '---', '%YAML 1.2', 'plain line'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    // Mostly the common shapes, so that both paths are compared often; the rest is anything.
    const common = <T>(xs: readonly T[], n: number): T => (random() < 0.85 ? xs[Math.floor(random() * n)] : pick(xs));
    const texts = ['status: accepted', 'status: accepted\ntitle: Faster checkout\ntags:\n- a\n- b', 'tags:\n  - a\n  - "b"\ndate: 2024-03-01'];
    for (let k = 0; k < 4000; k++) {
      const lines: string[] = [];
      for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
        const r = random();
        if (r < 0.6) lines.push(`${common(keys, 6)}:${common(values, 3)}`);
        else if (r < 0.95) {
          lines.push(`${common(keys, 6)}:`);
          // A list or a map below the key: the same kind of line, mostly.
          const first = random() < 0.5 ? 0 : 4;
          for (let i = Math.floor(random() * 4); i > 0; i--) lines.push(random() < 0.9 ? common(items.slice(first), 4) : random() < 0.5 ? pick(items) : pick(extras));
        } else lines.push(pick(extras));
      }
      texts.push(lines.join('\n'));
    }
    let accepted = 0;
    for (const text of texts) {
      const firstLine = 1;
      const doc = new LineIndex(`---\n${text}\n---\n# T\n`);
      const simple = readSimpleYamlMap(text, firstLine, doc);
      if (!simple) continue;
      accepted++;
      assert.deepEqual(simple, readYamlMapWithLibrary(text, firstLine, doc), JSON.stringify(text));
    }
    // The shapes it takes are common: most generated texts use one the library must read.
    assert.ok(accepted > 300 && accepted < texts.length / 2, `${accepted} of ${texts.length} read without the library`);
    for (const text of texts.slice(0, 3)) assert.ok(readSimpleYamlMap(text, 1, new LineIndex(`---\n${text}\n---\n`)), text);
  });

  it('reads nested mappings and lists, lists of mappings among them, as the YAML library does', () => {
    let seed = 23;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const keys = ['name', 'status', 'owning-sig', 'see also', 'feature_gates', 'components', 'milestone', 'a', 'name', 'x1'];
    const good = ['kube-apiserver', '"quoted: text"', "'@jerop'", 'v1.30', '1.10', '42', 'true', '~', 'null', 'two words # note', '""', 'ünïcödé',
      '[a, b-c, d e]', '[]', '{}', '[ ]', '[1, true, ~]', '[a] # c', 'http://x.org/a', 'a:b', 'yes'];
    // Values the library must read: mostly because this reader does not know them, some because YAML reads them otherwise.
    const hard = ['[a,,b]', '[a, ]', '[x: y]', '["q"]', '-x', '*alias', '|', '0x1F', '"esc\\"aped"', 'x: y', '{a: 1}'];
    const value = () => (random() < 0.95 ? pick(good) : pick(hard));
    const noise = ['# a comment', '', '   ', '  # indented comment', '...', '---', '\ttab', 'plain line', '  stray: 1', '- stray'];
    // A node at column `col`, as lines: a mapping, a list (items at `col`), or a scalar after its key.
    const node = (col: number, depth: number): string[] => {
      const pad = ' '.repeat(col);
      const kind = depth > 3 ? 0 : Math.floor(random() * 3);
      const out: string[] = [];
      if (kind === 1) {
        for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
          const r = random();
          if (r < 0.4) out.push(`${pad}- ${value()}`);
          else if (r < 0.75) {
            // A mapping as the item: its first key on the `-` line, the rest under it.
            const map = node(col + 2, depth + 1);
            const first = map.findIndex((l) => l.trim().length > 0 && !l.trim().startsWith('#'));
            if (first >= 0 && /^ *[A-Za-z_]/.test(map[first])) map[first] = `${pad}- ${map[first].slice(col + 2)}`;
            else map.unshift(`${pad}-`);
            out.push(...map);
          } else if (r < 0.85) out.push(`${pad}-`, ...node(col + 2, depth + 1));
          else out.push(`${pad}- - ${value()}`);
          if (random() < 0.03) out.push(pick(noise));
        }
        return out;
      }
      for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
        const key = pick(keys);
        const r = depth > 3 ? 0 : random();
        if (r < 0.5) out.push(`${pad}${key}: ${value()}`);
        else if (r < 0.7) out.push(`${pad}${key}:`, ...node(col + 2, depth + 1));
        else if (r < 0.85) {
          // A list at the key's own column, as Kubernetes writes them.
          out.push(`${pad}${key}:`);
          for (let k = 1 + Math.floor(random() * 2); k > 0; k--) out.push(`${pad}- ${value()}`);
        } else out.push(`${pad}${key}:${random() < 0.5 ? '' : ' # later'}`);
        if (random() < 0.03) out.push(pick(noise));
      }
      return out;
    };
    const texts: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = [];
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
        const key = pick(keys);
        if (random() < 0.3) lines.push(`${key}: ${value()}`);
        else lines.push(`${key}:`, ...node(random() < 0.3 ? 0 : 2, 1));
      }
      // Now and then an indentation slips, as in a hand-edited file.
      if (random() < 0.1) {
        const at = Math.floor(random() * lines.length);
        lines[at] = ` ${lines[at]}`;
      }
      texts.push(lines.join('\n'));
    }
    let accepted = 0;
    let deep = 0;
    for (const text of texts) {
      const doc = new LineIndex(`---\n${text}\n---\n# T\n`);
      const simple = readSimpleYamlMap(text, 1, doc);
      if (!simple) continue;
      accepted++;
      if (/^ {6,}\S/m.test(text)) deep++;
      assert.deepEqual(simple, readYamlMapWithLibrary(text, 1, doc), JSON.stringify(text));
    }
    // Both paths are compared often, and on texts nested three levels and more.
    assert.ok(accepted > 400 && accepted < texts.length * 0.8, `${accepted} of ${texts.length} read without the library`);
    assert.ok(deep > 100, `${deep} deeply nested texts read without the library`);
  });

  it('tells status labels by their first letter as folding every label would', () => {
    const labels = new Set(VOCABULARIES.flatMap((v) => v.statusLabels.map((l) => words(l).join(' '))));
    const samples = ['Status', '**Status**', '  status', 'État', 'Etat', 'Étape', 'Stato', 'Decision status', 'Status decyzji', 'Zustand', 'Estado de la decisión',
      'Ünterschied', '1. Status', '_status_', 'Status:', '😀 Status', 'Statuses', '', '---', 'Context', 'STATE', 'ſtatus', 'ﬆatus', 'İstanbul', '\u00a0Status'];
    for (const label of [...samples, ...[...labels].map((l) => l.toUpperCase())]) {
      assert.equal(isStatusLabel(label), labels.has(words(label).join(' ')), JSON.stringify(label));
    }
  });

  it('splits ASCII text into words as the full Unicode route does', () => {
    const unicodeWords = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    for (const text of ['Customer Impact', '1) Problem-solved!', '__init__ x_y', 'A.B,C;D\tE\nF', '', '   ', 'ABC123def', '~`!@#$%^&*()[]{}<>?/\\|', 'Wpływ na klientów']) {
      assert.deepEqual(words(text), unicodeWords(text), text);
    }
  });

  it('folds ASCII and other text as the full Unicode route does', () => {
    for (const text of ['Customer Impact', 'Wpływ na klientów', 'Gelöstes Problem', 'Æble ØL ß', 'İstanbul', 'ﬁ ℡ Ⅻ', 'a\u0301', '']) {
      assert.equal(fold(text), plainFold(text));
    }
  });

  it('cuts lines from the text as joining them would', () => {
    for (const source of sources()) {
      const lf = source.replace(/\r/g, '');
      const plain = new LineIndex(lf);
      const crlf = new LineIndex(lf.replace(/\n/g, '\r\n'));
      for (let from = -1; from <= plain.lineCount + 1; from += 3) {
        for (const to of [from, from + 1, from + 5, plain.lineCount, plain.lineCount + 2]) {
          const joined: string[] = [];
          for (let n = Math.max(0, from); n < Math.min(to, plain.lineCount); n++) joined.push(plain.line(n));
          assert.equal(plain.slice(from, to), joined.join('\n'));
          assert.equal(crlf.slice(from, to), joined.join('\n'));
        }
      }
    }
  });
});

const SPECIAL: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

function plainFold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) out += SPECIAL[ch] ?? ch;
  return out;
}
