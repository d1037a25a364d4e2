// The extension manifest against what it names: settings defaults, translations, commands, files.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECLARED, DEFAULT_SETTINGS, RuleOverlays, SETTABLE_RULES, validSettings } from '../../server/src/lsp/settings';
import { defaultConfig, INVALID_CONFIG, LANGUAGES, loadConfig, RULE_IDS } from '../../server/src/engine';
import { analyze } from '../helpers/engine';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readJson = <T = Record<string, unknown>>(path: string) => JSON.parse(read(path)) as T;

interface Property {
  type: string;
  default: unknown;
  enum?: unknown[];
  scope?: string;
  markdownDescription?: string;
  properties?: Record<string, { type: string; enum?: unknown[] }>;
  additionalProperties?: unknown;
}

interface Manifest {
  main: string;
  l10n?: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, Property> };
    snippets: { language: string; path: string }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
  };
}

const manifest = readJson<Manifest>('package.json');
const properties = manifest.contributes.configuration.properties;
const TRANSLATED = LANGUAGES.filter((l) => l !== 'en');

/** Every string in a JSON value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The client's source files, for what they register and translate. */
function clientSources(dir = join(ROOT, 'client', 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? clientSources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('extension manifest', () => {
  describe('configuration', () => {
    it('declares every server setting with the server default (defaults live in one place)', () => {
      for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
        const property = properties[`customerLens.${key}`];
        assert.ok(property, `customerLens.${key} is not in contributes.configuration`);
        assert.deepEqual(property.default, value, `customerLens.${key} default`);
      }
    });

    it('declares no customerLens setting the server does not read, except the client trace', () => {
      const server = Object.keys(DEFAULT_SETTINGS).map((k) => `customerLens.${k}`);
      assert.deepEqual(Object.keys(properties).filter((k) => !server.includes(k)), ['customerLens.trace.server']);
    });

    it('declares each setting with the type and values the server accepts', () => {
      for (const [key, declared] of Object.entries(DECLARED)) {
        const property = properties[`customerLens.${key}`];
        assert.equal(property.type, declared.type, key);
        if (declared.type === 'object') {
          assert.deepEqual(Object.keys(property.properties ?? {}), [...declared.keys], `${key}: its keys`);
          for (const [k, p] of Object.entries(property.properties ?? {})) assert.deepEqual(p, { type: 'string', enum: [...declared.values] }, `${key}.${k}`);
          assert.equal(property.additionalProperties, false, `${key} accepts other keys`);
        } else {
          assert.deepEqual(property.enum, declared.enum ? [...declared.enum] : undefined, key);
        }
      }
    });

    it('ignores a setting of the wrong type, names it once, and keeps the default', () => {
      const warned: string[] = [];
      const warn = (key: string, value: unknown) => warned.push(`${key}=${JSON.stringify(value)}`);
      assert.deepEqual(validSettings({ enable: 'yes', messagesLanguage: 42, run: 'onClose', rules: 'off' }, warn), DEFAULT_SETTINGS);
      assert.deepEqual(validSettings({ enable: false, messagesLanguage: 'klingon' }, warn), { ...DEFAULT_SETTINGS, enable: false });
      assert.deepEqual(validSettings({ enable: true, messagesLanguage: 'pl', run: 'onSave', extra: 1 }, warn), { ...DEFAULT_SETTINGS, messagesLanguage: 'pl', run: 'onSave' });
      assert.deepEqual(validSettings(null, warn), DEFAULT_SETTINGS);
      assert.deepEqual(validSettings({ rules: ['off'] }, warn), DEFAULT_SETTINGS);
      assert.deepEqual(warned, ['enable="yes"', 'messagesLanguage=42', 'run="onClose"', 'rules="off"', 'messagesLanguage="klingon"', 'rules=["off"]']);
    });

    it('keeps the valid entries of customerLens.rules and names each other one', () => {
      const warned: string[] = [];
      const rules = { 'customer-evidence': 'off', 'success-metrics': 'hint', 'no-such-rule': 'off', 'value-created': 'loud', [INVALID_CONFIG]: 'off', 'close-the-loop': false };
      assert.deepEqual(validSettings({ rules }, (key, value) => warned.push(`${key}=${JSON.stringify(value)}`)).rules, { 'customer-evidence': 'off', 'success-metrics': 'hint' });
      assert.deepEqual(warned, ['rules.no-such-rule="off"', 'rules.value-created="loud"', `rules.${INVALID_CONFIG}="off"`, 'rules.close-the-loop=false']);
    });

    it('lets customerLens.rules name every rule a config file may set, and no other', () => {
      const configurable = RULE_IDS.filter((id) => loadConfig(`rules:\n  ${id}: off\n`, RULE_IDS).findings.length === 0);
      assert.deepEqual([...SETTABLE_RULES], configurable);
    });

    it('checks as the user types unless told to wait for saves', () => {
      assert.equal(DEFAULT_SETTINGS.run, 'onType');
      assert.deepEqual(properties['customerLens.run'].enum, ['onType', 'onSave']);
    });

    it('offers every supported messages language, and auto', () => {
      assert.deepEqual(properties['customerLens.messagesLanguage'].enum, ['auto', ...LANGUAGES]);
    });

    it('gives each setting a type, a translated markdownDescription and a scope', () => {
      for (const [key, p] of Object.entries(properties)) {
        assert.ok(p.type, `${key} has no type`);
        assert.match(p.markdownDescription ?? '', /^%[\w.]+%$/, `${key} markdownDescription is not a %key%`);
        assert.ok(p.scope, `${key} has no scope`);
      }
      for (const key of ['enable', 'messagesLanguage', 'run', 'rules']) {
        assert.equal(properties[`customerLens.${key}`].scope, 'resource', key);
      }
      assert.deepEqual(properties['customerLens.trace.server'].enum, ['off', 'messages', 'verbose']);
    });
  });

  describe('rule settings on top of the config file', () => {
    const RECORD = '---\nkind: decision\nstatus: proposed\n---\n\n# 0001. Annual billing\n\n## Customers\n\nShop owners on the Basic plan.\n';
    const rulesOf = (rules: Record<string, string>, config = defaultConfig()) =>
      analyze({ path: 'docs/decisions/0001-annual-billing.md', text: RECORD, config: new RuleOverlays().apply(config, validSettings({ rules }, () => undefined).rules) })
        .findings.map((f) => `${f.rule}:${f.severity}`);

    it('turns a rule off, or changes its severity', () => {
      assert.ok(rulesOf({}).includes('customer-evidence:info'));
      assert.ok(!rulesOf({ 'customer-evidence': 'off' }).some((r) => r.startsWith('customer-evidence:')));
      assert.ok(rulesOf({ 'customer-evidence': 'error' }).includes('customer-evidence:error'));
    });

    it('wins over the config file for the rules it names, and leaves the others as the file says', () => {
      const file = loadConfig('rules:\n  customer-evidence: warning\n  success-metrics: off\n', RULE_IDS).config;
      const found = rulesOf({ 'customer-evidence': 'hint' }, file);
      assert.ok(found.includes('customer-evidence:hint'), found.join(', '));
      assert.ok(!found.some((r) => r.startsWith('success-metrics:')), found.join(', '));
    });

    it('derives one config per config and rule settings, and leaves the file\'s config as it was', () => {
      const overlays = new RuleOverlays();
      const file = loadConfig('rules:\n  customer-evidence: warning\n', RULE_IDS).config;
      const a = overlays.apply(file, { 'customer-evidence': 'off', 'value-created': 'info' });
      assert.equal(overlays.apply(file, { 'value-created': 'info', 'customer-evidence': 'off' }), a, 'the same settings in another order');
      assert.notEqual(overlays.apply(file, { 'customer-evidence': 'hint' }), a);
      assert.equal(overlays.apply(file, {}), file, 'no settings: the file\'s own config');
      assert.deepEqual(file.rules, { 'customer-evidence': 'warning' });
      assert.equal(a.kinds, file.kinds);
    });
  });

  describe('translations', () => {
    const used = [...new Set(strings(manifest).flatMap((s) => [...s.matchAll(/^%([\w.-]+)%$/g)].map((m) => m[1])))];
    const english = readJson<Record<string, string>>('package.nls.json');

    it('uses %keys% at all', () => assert.ok(used.includes('description') && used.length > 5, used.join(', ')));

    it('has every %key% in package.nls.json, and nothing unused', () => {
      for (const key of used) assert.ok(english[key]?.trim(), `package.nls.json lacks ${key}`);
      assert.deepEqual(Object.keys(english).filter((k) => !used.includes(k)), []);
    });

    for (const lang of TRANSLATED) {
      it(`has every %key% in package.nls.${lang}.json, translated`, () => {
        const nls = readJson<Record<string, string>>(`package.nls.${lang}.json`);
        assert.deepEqual(Object.keys(nls).sort(), Object.keys(english).sort(), `package.nls.${lang}.json keys`);
        for (const key of used) assert.ok(nls[key]?.trim(), `package.nls.${lang}.json: ${key} is empty`);
        assert.notEqual(nls.description, english.description, `package.nls.${lang}.json: description is not translated`);
      });
    }

    const runtime = [...new Set(clientSources().flatMap((s) => [...s.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1'))))];

    it('keeps the client runtime strings in l10n/', () => {
      assert.equal(manifest.l10n, './l10n');
      assert.ok(runtime.length > 5, 'no vscode.l10n.t strings found in client/src');
    });

    for (const lang of TRANSLATED) {
      it(`translates every client runtime string in l10n/bundle.l10n.${lang}.json`, () => {
        const bundle = readJson<Record<string, string>>(`l10n/bundle.l10n.${lang}.json`);
        for (const text of runtime) {
          const translated = bundle[text];
          assert.ok(translated?.trim(), `bundle.l10n.${lang}.json lacks "${text}"`);
          for (const placeholder of text.match(/\{\d+\}/g) ?? []) assert.ok(translated.includes(placeholder), `"${translated}" lacks ${placeholder}`);
        }
        assert.deepEqual(Object.keys(bundle).filter((k) => !runtime.includes(k)), [], `bundle.l10n.${lang}.json has stale strings`);
      });
    }
  });

  describe('commands', () => {
    const registered = [...new Set(clientSources().flatMap((s) => [...s.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1])))];

    it('gives every command a title', () => {
      for (const c of manifest.contributes.commands) assert.match(c.title, /^%command\.[\w]+%$/, `${c.command} title`);
    });

    it('contributes exactly the commands the client registers', () => {
      assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), registered.sort());
    });

    it('activates on Markdown, YAML, a config file and each command', () => {
      for (const event of ['onLanguage:markdown', 'onLanguage:yaml', 'workspaceContains:**/.customer-lens.{yaml,yml}']) {
        assert.ok(manifest.activationEvents.includes(event), event);
      }
      for (const c of manifest.contributes.commands) assert.ok(manifest.activationEvents.includes(`onCommand:${c.command}`), c.command);
    });
  });

  describe('capabilities and files', () => {
    it('runs in untrusted and virtual workspaces', () => {
      assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
      assert.equal(manifest.capabilities.virtualWorkspaces, true);
    });

    it('has snippet files that exist and parse, for markdown and yaml', () => {
      assert.deepEqual(manifest.contributes.snippets.map((s) => s.language).sort(), ['markdown', 'yaml']);
      for (const s of manifest.contributes.snippets) {
        assert.ok(existsSync(join(ROOT, s.path)), `${s.path} is missing`);
        const snippets = readJson<Record<string, { prefix: string; body: string[] | string }>>(s.path);
        assert.ok(Object.keys(snippets).length > 0, `${s.path} is empty`);
        for (const [name, snippet] of Object.entries(snippets)) {
          assert.ok(snippet.prefix && snippet.body, `${s.path}: "${name}" lacks a prefix or a body`);
        }
      }
      const prefixes = Object.values(readJson<Record<string, { prefix: string }>>('snippets/markdown.json')).map((s) => s.prefix);
      assert.ok(prefixes.includes('decision'), 'the markdown snippets offer no "decision"');
    });

    it('validates the config file with the bundled schema', () => {
      const [validation] = manifest.contributes.yamlValidation;
      assert.deepEqual(validation.fileMatch, ['.customer-lens.yaml', '.customer-lens.yml']);
      assert.ok(existsSync(join(ROOT, validation.url)), `${validation.url} is missing`);
      JSON.parse(read(validation.url));
    });

    it('ships the bundles, the rule pages and the translations, and nothing else', () => {
      const allow = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      assert.equal(allow[0], '**', '.vscodeignore must start by excluding everything');
      for (const path of [manifest.main.replace(/^\.\//, ''), 'dist/server.js', 'snippets/**', 'docs/rules/**', 'schemas/**', 'l10n/**', 'package.nls*.json', 'LICENSE']) {
        assert.ok(allow.includes(`!${path}`), `.vscodeignore does not ship ${path}`);
      }
      assert.ok(!allow.some((l) => /\.map|cli\.js|\bsrc\b/.test(l)), 'source maps, the CLI or sources would ship');
    });
  });
});
