// Building blocks for the fuzzers: the Markdown and YAML that decision records and specs are made of, in all
// seven languages, and the text that breaks parsers (broken front matter, control characters, lone surrogates).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';

/** The repository root, from out/test/fuzz (compiled) or test/fuzz (sources). */
export const REPO_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'server', 'src', 'engine', 'analyze.ts'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) return resolve(__dirname, '..', '..', '..');
    dir = parent;
  }
  return dir;
})();

export const CORPUS_DIR = process.env.CUSTOMER_LENS_CORPUS ?? resolve(REPO_ROOT, '..', 'shared', 'corpus');

/** Customer-section headings and other common headings, per language. */
export const HEADINGS: Record<string, string[]> = {
  en: [
    'Customer impact', 'Problem solved', 'Value created', 'Customers', 'Customer evidence', 'Success metrics',
    'Customer follow-up', 'What problem does this solve for customers?', 'Who benefits', 'User impact', 'Status',
    'Context', 'Decision', 'Consequences', 'Options', 'Personas', 'Feedback from users', 'KPIs',
  ],
  it: ['Impatto sul cliente', 'Problema risolto', 'Valore creato', 'Clienti', 'Evidenze dai clienti', 'Metriche di successo', 'Follow-up con i clienti', 'Stato', 'Contesto', 'Decisione', 'Impatto sugli utenti'],
  es: ['Impacto en el cliente', 'Problema resuelto', 'Valor creado', 'Clientes', 'Evidencia de clientes', 'Métricas de éxito', 'Seguimiento con clientes', 'Estado', 'Contexto', 'Decisión'],
  pl: ['Wpływ na klienta', 'Rozwiązany problem', 'Wartość dla klienta', 'Klienci', 'Głos klienta', 'Metryki sukcesu', 'Informacja zwrotna dla klientów', 'Status', 'Kontekst', 'Decyzja'],
  de: ['Auswirkungen auf Kunden', 'Gelöstes Problem', 'Kundennutzen', 'Kunden', 'Kundenfeedback', 'Erfolgskriterien', 'Rückmeldung an Kunden', 'Status', 'Kontext', 'Entscheidung'],
  fr: ['Impact client', 'Problème résolu', 'Valeur créée', 'Clients', 'Retours clients', 'Indicateurs de succès', 'Suivi client', 'Statut', 'Contexte', 'Décision'],
  pt: ['Impacto no cliente', 'Problema resolvido', 'Valor criado', 'Clientes', 'Evidências dos clientes', 'Métricas de sucesso', 'Acompanhamento com clientes', 'Estado', 'Contexto', 'Decisão'],
};
export const ALL_HEADINGS = Object.values(HEADINGS).flat();

/** Strings that are special to JavaScript objects, YAML or the engine's own tables. */
export const TRICKY_WORDS = [
  'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'null', 'undefined',
  'NaN', 'true', 'false', '~', 'decision', 'spec', 'accepted', 'Accepted (2024-03-01)', 'superseded by ADR-9',
  'przyjęty', 'akzeptiert', 'aceito', 'rejected', 'draft', 'İstanbul', 'ǅ', 'ß', 'ﬀ', 'e\u0301', 'Σ',
];

export const BODY_LINES = [
  'TBD', 'TODO: ask support', 'N/A', 'None.', 'None', 'Brak', 'Keine', 'Nessuno', 'Ninguno', 'Aucun', 'Nenhum',
  '{describe the customer}', '<placeholder>', '[fill me in]', '...', '…', '?', '-', 'lorem ipsum',
  'Shop owners on the Basic plan will feel relieved: support tickets #123 show it.',
  'Les clients paieront moins.', 'I clienti pagheranno meno.', 'Klienci zapłacą mniej.', 'Kunden zahlen weniger.',
  '> "We cancel because the invoice confuses us" — a customer', 'See https://example.com/research and ABC-42.',
  'No impact: the change is internal only, customers will not notice.', '42% fewer tickets', '',
];

export const WEIRD_STRINGS = [
  '\u0000', '\u0000\u0000\u0000', '\r', '\r\r', '\n\r', '\r\n', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uDFFF\uD800', '\uFEFF', '\uFFFD', '\uFFFE', '\uFFFF', '😀', '👩‍👩‍👧', '🇵🇱',
  '🙂 ', '\u200F', '\u200E', '\u202E', '\u202D', '\u2066', '\u200B', '\u200D', '\u00A0', '\u3000', 'العميل', 'עברית',
  '客户影响', '顧客', 'Клиенты', 'ﷺ', '\u0301\u0301\u0301', 'Z̷̢̛̛a̵̡l̸g̴o̸', '\\', '\\u0000', '%00', '&amp;', '&#0;',
  '<', '>', '`', '```', '~~~', '*', '**', '__', '#', '######', '####### ', '---', '===', '...', ':', ': ', '- ', '|',
  '[', ']', '{', '}', '{{', '}}', '${1:x}', '$0', '&', '*alias', '&anchor', '!!binary', '!tag', '%YAML 1.2', '? ',
  '<!--', '-->', '<!-- -->', '<script>', '</details>', '<details>', '\u001b[31m', '\u007f', '\u0008',
];

/** A heading line in any of the forms a writer uses. */
export const headingArb: fc.Arbitrary<string> = fc
  .record({
    text: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ALL_HEADINGS) }, fc.constantFrom(...TRICKY_WORDS), fc.constantFrom(...WEIRD_STRINGS), fc.string({ maxLength: 30 })),
    hashes: fc.integer({ min: 0, max: 8 }),
    space: fc.constantFrom(' ', '', '\t', '  ', ' \u00A0'),
    prefix: fc.constantFrom('', '1. ', '2) ', 'A. ', 'IV) ', '🙂 ', '**', '`', '   ', '    ', '> ', '- '),
    suffix: fc.constantFrom('', ':', '?', ' 🙂', ' ##', ' #', '**', ' ', '\t', ' (draft)', '\u200F'),
    setext: fc.constantFrom(undefined, '===', '---', '=', '- - -', '   ==='),
  })
  .map(({ text, hashes, space, prefix, suffix, setext }) =>
    setext ? `${prefix}${text}${suffix}\n${setext}` : `${'#'.repeat(hashes)}${space}${prefix}${text}${suffix}`,
  );

export const labelArb: fc.Arbitrary<string> = fc
  .record({
    name: fc.oneof(fc.constantFrom(...ALL_HEADINGS), fc.constantFrom(...TRICKY_WORDS), fc.string({ maxLength: 20 })),
    style: fc.constantFrom('**N:** R', '**N**: R', '__N:__ R', '__N__: R', '- N: R', '* N: R', '1. N: R', '- **N:** R', '  - N:', '- N:R', '**N:**'),
    rest: fc.constantFrom(...BODY_LINES),
  })
  .map(({ name, style, rest }) => style.replace('N', name).replace('R', rest));

export const commentArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<!-- a comment -->', '<!--', '-->', '<!-- unclosed', '<!-- customer-lens-disable customer-impact -- reviewed with support -->',
    '<!-- customer-lens-disable -->', '<!-- customer-lens-disable customer-impact -->', '<!-- customer-lens-disable -- all of it -->',
    '<!-- customer-lens-disable customer-impact, value-created -- y -->', '<!-- customer-lens-disable x -- y -->',
    '<!-- customer-lens-disablex -- y -->', '<!--customer-lens-disable\ncustomer-impact\n--\nreason-->', '<!-- <!-- nested --> -->',
    '# customer-lens-disable customer-impact -- internal', '# customer-lens-disable', '<!-- customer-lens-disable constructor -- __proto__ -->',
  ),
  fc.record({ rules: fc.array(fc.constantFrom('customer-impact', 'value-created', 'all', '', 'x', '__proto__', '*'), { maxLength: 3 }), reason: fc.constantFrom('', ' ', 'y', '--', 'because 🙂') }).map(
    ({ rules, reason }) => `<!-- customer-lens-disable ${rules.join(', ')} -- ${reason} -->`,
  ),
);

export const fenceArb: fc.Arbitrary<string> = fc.constantFrom(
  '```\n## Customer impact\n```', '```yaml\nstatus: accepted\n```', '~~~\n# Kunden\n~~~', '```', '~~~~', '````md\n```\n````',
  '    ## Customer impact (indented code)', '```\n<!-- customer-lens-disable -- in code -->\n```',
);

/** Front matter blocks: valid, and broken in every way we could think of. */
export const FRONT_MATTERS = [
  '---\nkind: decision\nstatus: accepted\n---', '---\nkind: spec\nstatus: draft\ntitle: Pricing\nlang: de\n---',
  '---\nstatus: accepted\n', '---\nkind: decision\nstatus: accepted', '---', '---\n', '---\n---', '---\n...',
  '---\nstatus: [accepted\n---', '---\n: :\n---', '---\nkey: "unterminated\n---', '---\n\tstatus: accepted\n---',
  '---\nstatus:\taccepted\n---', '---\na: &x [1, 2]\nb: *x\nc: *missing\n---', '---\n- a\n- b\n---', '---\njust a string\n---',
  '---\n42\n---', '---\nnull\n---', '---\n~\n---', '---  \nstatus: accepted\n---  ', '\uFEFF---\nstatus: accepted\n---',
  '---\na: 1\n---\nb: 2\n---', '---\nbin: !!binary aGVsbG8=\nfn: !!js/function "function(){}"\nx: !custom y\n---',
  '---\nstatus: accepted\nstatus: rejected\n---', '---\nkind: [decision]\nstatus: 42\n---', '---\nstatus: {a: 1}\n---',
  '---\nkind: constructor\n---', '---\nkind: __proto__\n---', '---\n__proto__: {kind: decision}\n---', '---\nconstructor: 1\ntoString: 2\n---',
  '---\nstatus: constructor\nlang: __\n---', '---\ntitle: 123\nname: [a]\n---', '---\nlang: xx\nlanguage: 42\n---',
  '---\ncustomer_impact: ""\ncustomerImpact: TBD\ncustomer-impact: None\n---', '---\n? complex key\n: value\n---',
  '---\n[a, b]: c\n---', '---\n{a: 1}: c\n---', '---\n"quoted: key": 1\n---', '---\nstatus: >\n  accepted\n---',
  '---\nstatus: |\n  accepted\n  long\n---', '---\n%YAML 1.2\n---\nstatus: accepted\n---', '---\r\nstatus: accepted\r\n---',
  '---\rstatus: accepted\r---', '--- \n---', '----\nstatus: accepted\n----', '---\n<<: {kind: decision}\n---',
  `---\na: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---`,
  `---\n${'k'.repeat(5000)}: v\n---`, `---\nk: ${'v'.repeat(20000)}\n---`, `---\n${'a:\n '.repeat(200)}x\n---`,
  `---\n${'['.repeat(300)}\n---`, `---\n${'- '.repeat(300)}x\n---`,
  // Nesting deep enough to overflow the YAML parser's stack (and, on a second overflow, to abort Node 20).
  `---\n${'- '.repeat(1500)}x\n---`, `---\n${'['.repeat(2000)}${']'.repeat(2000)}\n---`, `---\na: ${': '.repeat(1500)}\n---`,
  `---\n${'{a: '.repeat(1200)}1${'}'.repeat(1200)}\n---`, `---\n${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} x\n---`,
];

export const frontMatterArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRONT_MATTERS) },
  fc
    .array(
      fc.oneof(
        fc.record({ k: fc.constantFrom('kind', 'type', 'status', 'title', 'lang', 'customer_impact', 'valueCreated', ...TRICKY_WORDS), v: fc.oneof(fc.constantFrom(...TRICKY_WORDS, ...BODY_LINES, ...WEIRD_STRINGS), fc.string({ maxLength: 15 })) }).map(({ k, v }) => `${k}: ${v}`),
        fc.constantFrom(...WEIRD_STRINGS),
      ),
      { maxLength: 6 },
    )
    .map((lines) => ['---', ...lines, '---'].join('\n')),
);

/** Any one code unit, lone surrogates and NUL included. */
export const codeUnitsArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), { maxLength: 24 })
  .map((codes) => String.fromCharCode(...codes));

export const snippetArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: headingArb },
  { weight: 2, arbitrary: labelArb },
  { weight: 3, arbitrary: fc.constantFrom(...BODY_LINES) },
  { weight: 2, arbitrary: commentArb },
  { weight: 1, arbitrary: fenceArb },
  { weight: 1, arbitrary: frontMatterArb },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
  { weight: 1, arbitrary: codeUnitsArb },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_WORDS).map((w) => `${w}: ${w}`) },
);

export const eolArb = fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed');

export function joinLines(lines: string[], eol: string): string {
  if (eol !== 'mixed') return lines.join(eol);
  const eols = ['\n', '\r\n', '\r'];
  return lines.map((l, i) => (i === 0 ? l : eols[i % 3] + l)).join('');
}

export const DIRS = [
  'docs/decisions', 'docs/adr', 'adr', 'adrs', 'decision-records', 'architecture-decisions', 'specs', 'rfcs', 'prd',
  'proposals', 'docs', '', 'notes', 'docs/decisions/node_modules', 'Decisions', 'a b/decisions', 'docs/décisions',
  'docs/решения/decisions', 'специфікації/specs', 'docs/decisions/drafts', '.', '..', '/abs/docs/adr', 'C:\\docs\\adr',
];
export const NAMES = ['x', '0001-pricing', 'README', 'index', 'template', 'my template', 'ünïcode', 'a b', '.hidden', '', '🙂', 'constructor', '__proto__'];
export const EXTS = ['.md', '.markdown', '.MD', '.yaml', '.yml', '.spec.yaml', '.spec.md', '.decision.md', '.adr.yml', '.prd.md', '.txt', ''];

export const pathArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('docs/decisions/x.md', 'specs/x.spec.yaml', 'docs/adr/0001-pricing.md', 'rfcs/0042-sso.md', 'specs/x.md', 'prd/checkout.prd.yml') },
  { weight: 6, arbitrary: fc.record({ d: fc.constantFrom(...DIRS), n: fc.constantFrom(...NAMES), e: fc.constantFrom(...EXTS) }).map(({ d, n, e }) => (d ? `${d}/${n}${e}` : `${n}${e}`)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

export const LOCALES = ['en', 'it', 'es', 'pl', 'de', 'fr', 'pt', 'pt-BR', 'DE', 'xx', '', 'constructor', '__proto__', undefined];

export interface CorpusDoc {
  /** Relative to the corpus folder, `/`-separated. */
  path: string;
  text: string;
}

/** Every `n`-th Markdown or YAML file of the corpus (sorted by path), each cut to `maxChars`. */
export function corpusSample(count: number, maxChars = 24000): CorpusDoc[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const p = join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile() && /\.(md|markdown|ya?ml)$/i.test(name)) files.push(p);
    }
  };
  if (existsSync(CORPUS_DIR)) walk(CORPUS_DIR);
  if (files.length === 0) walk(join(REPO_ROOT, 'test', 'fixtures')); // no corpus: the rule fixtures
  files.sort();
  const step = Math.max(1, Math.floor(files.length / count));
  const out: CorpusDoc[] = [];
  for (let i = 0; i < files.length && out.length < count; i += step) {
    const text = readFileSync(files[i], 'utf8');
    out.push({ path: relative(CORPUS_DIR, files[i]).split('\\').join('/'), text: text.slice(0, maxChars) });
  }
  return out;
}

/** Lines as the engine and LSP count them: split at \n, \r\n or a lone \r. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

export interface RangeLike {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Why `range` does not lie inside a document with these line lengths; undefined when it does. */
export function rangeProblem(range: RangeLike, lines: number[]): string | undefined {
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `${name} is not a whole number: ${JSON.stringify(p)}`;
    if (p.line < 0 || p.line >= lines.length) return `${name}.line ${p.line} outside 0..${lines.length - 1}`;
    if (p.character < 0 || p.character > lines[p.line]) return `${name}.character ${p.character} outside 0..${lines[p.line]} on line ${p.line}`;
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
    return `start after end: ${JSON.stringify(range)}`;
  }
  return undefined;
}
