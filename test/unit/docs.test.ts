// The rule pages, the configuration page and the config JSON Schema stay in step with the engine.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { ConceptMatcher, loadConfig, type PersonaDirectory } from '../../server/src/engine';
import { analyze } from '../helpers/engine';
import { brief, plainFindings } from '../helpers/findings';
import { rulesSchema } from '../../server/src/engine/config/schema';
import { RULE_IDS, RULES } from '../../server/src/engine/rules';
import { CONCEPTS, type ConceptId } from '../../server/src/engine/types';

/** The repository root: the nearest folder above this file with package.json and tsconfig.json (out/ has no tsconfig). */
function repoRoot(): string {
  let dir = __dirname;
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tsconfig.json')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

const ROOT = repoRoot();
const RULES_DIR = join(ROOT, 'docs', 'rules');
const SCHEMA_PATH = join(ROOT, 'schemas', 'customer-lens.schema.json');

type Json = Record<string, any>;

function readSchema(): Json {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Json;
}

let compiled: ValidateFunction | undefined;

function compileSchema(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true });
    // Editor-only annotations (VS Code's YAML and JSON language services read these).
    ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions']);
    compiled = ajv.compile(readSchema());
  }
  return compiled;
}

function readPage(id: string): string {
  return readFileSync(join(RULES_DIR, `${id}.md`), 'utf8');
}

/** The text of the "## name" section of a page, fenced blocks included. */
function section(text: string, name: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inside = false;
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && /^## /.test(line)) inside = line.slice(3).trim() === name;
    else if (inside) out.push(line);
  }
  return out.join('\n');
}

/** Fenced blocks of a section, with their info string. */
function fences(text: string): { lang: string; body: string; before: string }[] {
  const out: { lang: string; body: string; before: string }[] = [];
  const re = /^```(\w*)\n([\s\S]*?)\n```$/gm;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ lang: m[1], body: `${m[2]}\n`, before: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

/** The path a page gives its example, the first `...md` / `...yaml` in the prose before the fence. */
function examplePath(prose: string): string | undefined {
  return /`([^`\s]+\.(?:md|markdown|ya?ml))`/.exec(prose)?.[1];
}

/** The "## ..." section headings of a page, outside fenced code blocks. */
function sectionHeadings(text: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^## /.test(line)) out.push(line.slice(3).trim());
  }
  return out;
}

describe('docs', () => {
  it('have no placeholder left for a figure or a section', () => {
    const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
    for (const page of pages) assert.doesNotMatch(readFileSync(join(ROOT, page), 'utf8'), /\b[A-Z]+_PLACEHOLDER\b/, page);
  });

  describe('rule pages', () => {
    for (const rule of RULES) {
      it(`${rule.id} has a page titled "# ${rule.id}" that its docs URL points to`, () => {
        const file = join(RULES_DIR, `${rule.id}.md`);
        assert.ok(existsSync(file), `missing docs/rules/${rule.id}.md`);
        const firstLine = readFileSync(file, 'utf8').split(/\r?\n/, 1)[0];
        assert.equal(firstLine, `# ${rule.id}`);
        assert.ok(rule.docs.endsWith(`docs/rules/${rule.id}.md`), `${rule.id}: docs URL ${rule.docs}`);
      });
    }

    it('every page in docs/rules/ belongs to a rule', () => {
      const pages = readdirSync(RULES_DIR).filter((f) => f.endsWith('.md'));
      const strays = pages.filter((f) => !RULE_IDS.includes(f.replace(/\.md$/, '')));
      assert.deepEqual(strays, []);
      assert.equal(pages.length, RULE_IDS.length);
    });

    it('every page has the same sections, in the same order', () => {
      const expected = [
        'What it asks',
        'Why it matters to the customer',
        'Severity',
        'Headings that count',
        'Failing example',
        'Passing example',
        'Configure',
        'Suppress',
      ];
      for (const rule of RULES) {
        const text = readFileSync(join(RULES_DIR, `${rule.id}.md`), 'utf8');
        assert.deepEqual(sectionHeadings(text), expected, rule.id);
      }
    });

    /** The whole findings of each page's failing example: its own rule's, and any other the example shows. */
    const FAILING: Record<string, string[]> = {
      'customer-impact': ['customer-impact error 1:1-1:46'],
      'problem-solved': ['problem-solved warning 1:1-1:17', 'impact-without-feeling info 13:1-13:19', 'names-no-customer info 17:1-17:17'],
      'value-created': ['value-created warning 1:1-1:23'],
      'customer-segment': ['customer-segment warning 1:1-1:33', 'names-no-customer info 5:1-5:20', 'impact-without-feeling info 9:1-9:27', 'names-no-customer info 9:1-9:27', 'names-no-customer info 13:1-13:16'],
      'customer-evidence': ['customer-evidence info 1:1-1:25', 'impact-without-feeling info 13:1-13:19', 'names-no-customer info 13:1-13:19'],
      'success-metrics': ['success-metrics warning 1:1-1:30', 'impact-without-feeling info 13:1-13:20'],
      'close-the-loop': ['close-the-loop info 1:1-1:44', 'impact-without-feeling info 13:1-13:17', 'names-no-customer info 13:1-13:17'],
      'empty-section': ['impact-without-feeling info 13:1-13:19', 'empty-section warning 21:1-21:21'],
      'placeholder-text': ['impact-without-feeling info 9:1-9:97', 'names-no-customer info 9:1-9:97', 'names-no-customer info 11:1-11:83', 'placeholder-text warning 15:1-15:25'],
      'unjustified-no-impact': ['names-no-customer info 7:1-7:105', 'unjustified-no-impact warning 9:1-9:27', 'evidence-without-source info 13:1-13:67'],
      'names-no-customer': ['names-no-customer info 9:1-9:18'],
      'impact-without-feeling': ['impact-without-feeling info 13:1-13:19'],
      'metric-without-number': ['metric-without-number info 25:1-25:19'],
      'evidence-without-source': ['evidence-without-source info 21:1-21:21'],
      'invalid-suppression': ['customer-evidence info 1:1-1:28', 'invalid-suppression warning 5:1-5:49', 'impact-without-feeling info 15:1-15:19', 'names-no-customer info 15:1-15:19'],
      'invalid-front-matter': ['invalid-front-matter warning 4:1-4:71', 'impact-without-feeling info 11:1-11:101'],
      'invalid-config': ['invalid-config error 2:3-2:20', 'invalid-config error 3:20-3:24', 'invalid-config error 6:15-6:42'],
      'unknown-persona': ['unknown-persona warning 3:13-3:22'],
      'unused-persona': ['unused-persona info 5:1-5:25'],
    };
    /** The workspaces the persona pages describe: which cards exist, and how many records use each. */
    const WORKSPACES: Record<string, PersonaDirectory> = {
      'unknown-persona': { cards: [{ id: 'shop-owner', name: 'Sam, the shop owner' }] },
      'unused-persona': { cards: [{ id: 'shop-owner' }, { id: 'night-baker' }], usedBy: (id) => (id === 'shop-owner' ? 3 : 0) },
    };

    it('knows the failing example of every rule page but the size limit\'s', () => {
      assert.deepStrictEqual(Object.keys(FAILING).sort(), RULE_IDS.filter((id) => id !== 'file-too-large').sort());
    });

    for (const rule of RULES) {
      it(`${rule.id}: the failing example is reported and the passing one is not`, () => {
        const text = readPage(rule.id);
        const failing = fences(section(text, 'Failing example'))[0];
        const passing = fences(section(text, 'Passing example'))[0];
        assert.ok(failing && passing, 'each example needs a fenced block');
        const path = examplePath(failing.before);
        assert.ok(path, 'the failing example names its file in `backticks` before the block');
        const findings = (body: string) =>
          rule.id === 'invalid-config'
            ? loadConfig(body, RULE_IDS).findings
            : analyze({ path: examplePath(passing.before) ?? path, text: body, personaDirectory: WORKSPACES[rule.id] }).findings;
        // A file above the size limit cannot be shown in a page; only its fixed version is checked.
        if (rule.id !== 'file-too-large') {
          const reported = plainFindings(findings(failing.body)).map(brief);
          assert.ok(reported.some((f) => f.startsWith(`${rule.id} `)), `the failing example of ${rule.id} is not reported: ${reported.join('; ')}`);
          assert.deepStrictEqual(reported, FAILING[rule.id], `the findings of the failing example of ${rule.id}`);
        }
        assert.deepStrictEqual(plainFindings(findings(passing.body)).map(brief), [], `the passing example of ${rule.id} passes every rule`);
      });
    }

    it('the headings listed under "Headings that count" are recognised', () => {
      const matcher = new ConceptMatcher();
      const misses: string[] = [];
      for (const concept of CONCEPTS) {
        const rows = section(readPage(concept), 'Headings that count')
          .split('\n')
          .filter((l) => /^\| (English|Italian|Spanish|Polish|German|French|Portuguese) \|/.test(l));
        assert.equal(rows.length, 7, `${concept}: one row per language`);
        for (const row of rows) {
          const cell = row.split('|')[2].trim();
          for (const heading of cell.split(' · ')) {
            if (!matcher.match(heading).includes(concept as ConceptId)) misses.push(`${concept}: "${heading}"`);
          }
        }
      }
      assert.deepEqual(misses, []);
    });

    it('the config snippets in the pages are valid configs', () => {
      const validate = compileSchema();
      const pages = [...RULE_IDS.map((id) => ({ name: id, text: readPage(id) })), { name: 'configuration', text: readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8') }];
      const without: string[] = [];
      for (const page of pages) {
        const snippets = fences(page.name === 'configuration' ? page.text : section(page.text, 'Configure')).filter((f) => f.lang === 'yaml');
        if (snippets.length === 0) without.push(page.name);
        for (const snippet of snippets) {
          assert.deepEqual(loadConfig(snippet.body, RULE_IDS).findings.map((f) => f.message), [], `${page.name}: ${snippet.body}`);
          const value: unknown = parse(snippet.body);
          if (value !== null) assert.ok(validate(value), `${page.name}: ${JSON.stringify(validate.errors)}`);
        }
      }
      // Every page shows one, but the config rule's own: the loop above checked something on each.
      assert.deepEqual(without, ['invalid-config']);
    });

    it('the configuration page links every rule page', () => {
      const text = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');
      for (const id of RULE_IDS) assert.ok(text.includes(`(rules/${id}.md)`), `configuration.md does not link ${id}`);
    });
  });

  describe('config JSON Schema', () => {
    it('is draft-07 and closed at the top level', () => {
      const schema = readSchema();
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.additionalProperties, false);
      assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'headings', 'kinds', 'rules', 'words']);
    });

    it('holds the rules as the registry derives them (npm run schema writes them)', () => {
      const rules = readSchema().properties.rules;
      assert.deepEqual(rules.propertyNames.enum, [...RULE_IDS]);
      for (const id of RULE_IDS) assert.deepEqual(rules.properties[id].enum, ['error', 'warning', 'info', 'hint', 'off'], id);
      assert.deepEqual(rules, rulesSchema(), 'schemas/customer-lens.schema.json is out of step with the rules: run `npm run schema`');
    });

    it('names exactly the concepts', () => {
      const schema = readSchema();
      const headings = schema.properties.headings;
      assert.deepEqual(headings.propertyNames.enum, [...CONCEPTS]);
      assert.deepEqual(Object.keys(headings.properties), [...CONCEPTS]);
      for (const kind of ['decision', 'spec']) {
        const concepts = schema.properties.kinds.properties[kind].properties.concepts;
        assert.deepEqual(concepts.items.enum, [...CONCEPTS], kind);
      }
    });

    it('accepts the example config of examples/acme-shop', () => {
      const validate = compileSchema();
      const config: unknown = parse(readFileSync(join(ROOT, 'examples', 'acme-shop', '.customer-lens.yaml'), 'utf8'));
      assert.ok(validate(config), JSON.stringify(validate.errors));
    });

    it('accepts a config that uses every key', () => {
      const validate = compileSchema();
      const config: unknown = parse(
        [
          '$schema: ./schemas/customer-lens.schema.json',
          'kinds:',
          '  decision: { include: ["records/**/*.md"], exclude: ["records/drafts/**"] }',
          '  spec: { include: ["**/*.md"], concepts: [customer-impact, problem-solved] }',
          'rules: { customer-evidence: warning, close-the-loop: off, file-too-large: hint }',
          'headings: { customer-impact: ["Was ändert sich für Nutzer"] }',
        ].join('\n'),
      );
      assert.ok(validate(config), JSON.stringify(validate.errors));
    });

    it('rejects an unknown rule id, severity, concept, kind or top-level key', () => {
      const validate = compileSchema();
      const bad = [
        'rules: { customer-evidense: warning }',
        'rules: { customer-evidence: loud }',
        'headings: { customer-happiness: ["Smiles"] }',
        'kinds: { spec: { concepts: [customer-happiness] } }',
        'kinds: { story: { include: ["stories/**"] } }',
        'kinds: { spec: { includes: ["stories/**"] } }',
        'severity: error',
      ];
      for (const text of bad) assert.equal(validate(parse(text)), false, text);
    });
  });
});
