// The extension manifest against what it names: settings defaults, translations, commands, files.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_DEFAULTS } from '../../client/src/settings';
import { DECLARED, DEFAULT_SETTINGS, RuleOverlays, SETTABLE_RULES, validSettings } from '../../server/src/lsp/settings';
import { LINE_PROBLEM_MATCHER } from '../../server/src/cli/line';
import { SHOW_REFERENCES_COMMAND } from '../../server/src/lsp/protocol';
import { defaultConfig, Glob, INVALID_CONFIG, LANGUAGES, loadConfig, RULE_IDS } from '../../server/src/engine';
import { analyze, kindFromPath } from '../helpers/engine';

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

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}

interface Manifest {
  main: string;
  l10n?: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] }; virtualWorkspaces: boolean };
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, MenuItem[]>;
    configuration: { properties: Record<string, Property> };
    snippets: { language: string; path: string }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
    walkthroughs: { id: string; title: string; description: string; steps: WalkthroughStep[] }[];
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

/** The commands the client registers, by name or by the protocol's constant; an unknown constant is undefined, and fails. */
function registeredCommands(): string[] {
  const constants: Record<string, string> = { SHOW_REFERENCES_COMMAND };
  return clientSources().flatMap((s) => [...s.matchAll(/registerCommand\(\s*(?:'([^']+)'|([A-Z_]+)\b)/g)].map((m) => m[1] ?? constants[m[2]]));
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

    it('declares every setting only the extension reads, with its default', () => {
      for (const [key, value] of Object.entries(CLIENT_DEFAULTS)) {
        assert.deepEqual(properties[`customerLens.${key}`]?.default, value, `customerLens.${key} default`);
      }
    });

    it('declares no customerLens setting that neither the server nor the extension reads, except the client trace', () => {
      const read = [...Object.keys(DEFAULT_SETTINGS), ...Object.keys(CLIENT_DEFAULTS)].map((k) => `customerLens.${k}`);
      assert.deepEqual(Object.keys(properties).filter((k) => !read.includes(k)), ['customerLens.trace.server']);
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
      for (const key of ['enable', 'messagesLanguage', 'run', 'rules', 'newDecisionRecord.folder', 'newDecisionRecord.template']) {
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
    const registered = [...new Set(registeredCommands())];

    it('gives every command a title', () => {
      for (const c of manifest.contributes.commands) assert.match(c.title, /^%command\.[\w]+%$/, `${c.command} title`);
    });

    it('contributes exactly the commands the client registers', () => {
      assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), registered.sort());
    });

    it('activates on Markdown, a config file and each command, and not on every YAML file', () => {
      for (const event of ['onLanguage:markdown', 'workspaceContains:**/.customer-lens.{yaml,yml}']) {
        assert.ok(manifest.activationEvents.includes(event), event);
      }
      assert.ok(!manifest.activationEvents.includes('onLanguage:yaml'), 'onLanguage:yaml starts the server for every YAML file');
      for (const c of manifest.contributes.commands) assert.ok(manifest.activationEvents.includes(`onCommand:${c.command}`), c.command);
    });

    it('activates in a workspace holding a record or a config at its default place, and not for other YAML', () => {
      const globs = manifest.activationEvents.filter((e) => e.startsWith('workspaceContains:')).map((e) => new Glob(e.slice('workspaceContains:'.length)));
      const activates = (path: string) => globs.some((g) => g.matches(path));
      const records = ['docs/decisions/0001-a.md', 'adr/0002-b.markdown', 'x/architecture-decisions/c.md', 'specs/login.md', 'rfcs/0007.md',
        'pricing.decision.yaml', 'a/b/c.adr.yml', 'product/login.spec.yaml', 'annual.prd.yml', 'docs/prds/checkout.md'];
      for (const path of records) {
        assert.ok(kindFromPath(path), `${path} is not a record by default`);
        assert.ok(activates(path), `${path} does not activate the extension`);
      }
      for (const path of ['.customer-lens.yaml', 'sub/.customer-lens.yml', 'docs/decisions/kinds.yaml']) assert.ok(activates(path), path);
      for (const path of ['config/app.yaml', '.github/workflows/ci.yml', 'charts/web/values.yaml', 'docker-compose.yml']) assert.ok(!activates(path), path);
    });

    it('shows each command only where it works', () => {
      const palette = new Map(manifest.contributes.menus.commandPalette.map((m) => [m.command, m.when]));
      for (const command of ['customer-lens.newDecisionRecord', 'customer-lens.createConfig', 'customer-lens.checkWorkspace']) {
        assert.equal(palette.get(command), 'workspaceFolderCount > 0', `${command}: needs an open folder`);
      }
      assert.equal(palette.get('customer-lens.newDecisionRecordHere'), 'false', 'the Explorer command is not for the Command Palette');
      assert.equal(palette.get('customer-lens.showRuleDocs'), undefined, 'the rule pages ship with the extension: always there');
      const contributed = manifest.contributes.commands.map((c) => c.command);
      for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
        for (const item of items) assert.ok(contributed.includes(item.command), `${menu}: ${item.command} is not a contributed command`);
      }
    });

    it('offers New Decision Record Here on folders in the Explorer, where they can be written', () => {
      const [item] = manifest.contributes.menus['explorer/context'];
      assert.equal(item.command, 'customer-lens.newDecisionRecordHere');
      assert.equal(item.when, 'explorerResourceIsFolder && !explorerResourceReadonly');
      assert.match(item.group ?? '', /^navigation@\d+$/);
    });
  });

  describe('walkthrough', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    const english = readJson<Record<string, string>>('package.nls.json');
    const key = (s: string) => s.replace(/^%|%$/g, '');
    const commandsIn = (text: string) => [...text.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]);
    const registered = registeredCommands();
    const WORKBENCH = ['workbench.actions.view.problems', 'workbench.action.openSettings'];

    it('writes a record, shows the checklist and a quick fix, and adds a config', () => {
      assert.equal(walkthrough.id, 'gettingStarted');
      assert.deepEqual(walkthrough.steps.map((s) => s.id), ['writeRecord', 'checklistAndFix', 'addConfig']);
    });

    it('has translated titles and descriptions, and a Markdown page for each step that exists', () => {
      for (const text of [walkthrough.title, walkthrough.description, ...walkthrough.steps.flatMap((s) => [s.title, s.description])]) {
        assert.match(text, /^%walkthrough\.[\w.]+%$/);
      }
      for (const step of walkthrough.steps) {
        assert.ok(step.media.markdown && existsSync(join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown} is missing`);
      }
    });

    it('links only to commands that exist, the same ones in every language', () => {
      for (const step of walkthrough.steps) {
        const links = commandsIn(english[key(step.description)]);
        assert.ok(links.length > 0, `${step.id} has no button`);
        for (const c of links) assert.ok(registered.includes(c) || WORKBENCH.includes(c), `${step.id}: unknown command ${c}`);
        for (const lang of TRANSLATED) {
          const nls = readJson<Record<string, string>>(`package.nls.${lang}.json`);
          assert.deepEqual(commandsIn(nls[key(step.description)]), links, `${step.id} in ${lang}`);
        }
        for (const event of step.completionEvents ?? []) {
          const [, kind, name] = /^(onCommand|onSettingChanged):(.+)$/.exec(event) ?? [];
          if (kind === 'onCommand') assert.ok(registered.includes(name) || WORKBENCH.includes(name), event);
          else assert.ok(kind === 'onSettingChanged' && properties[name], event);
        }
      }
    });
  });

  describe('capabilities and files', () => {
    it('runs in untrusted and virtual workspaces, without a template an untrusted workspace names', () => {
      assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
      assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['customerLens.newDecisionRecord.template']);
      assert.equal(manifest.capabilities.virtualWorkspaces, true);
    });

    it('has a 128x128 PNG icon and a gallery banner', () => {
      const png = readFileSync(join(ROOT, manifest.icon));
      assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
      assert.match(manifest.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
      assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
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

    it('contributes the problem matcher of `--format line`, as the CLI defines it', () => {
      assert.deepEqual((manifest.contributes as unknown as { problemMatchers: unknown[] }).problemMatchers, [LINE_PROBLEM_MATCHER]);
    });

    it('ships the bundles, the rule pages and the translations, and nothing else', () => {
      const allow = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      assert.equal(allow[0], '**', '.vscodeignore must start by excluding everything');
      for (const path of [manifest.main.replace(/^\.\//, ''), 'dist/server.js', 'dist/THIRD-PARTY-NOTICES.txt', 'snippets/**', 'docs/rules/**', 'schemas/**', 'l10n/**', 'package.nls*.json', 'LICENSE', 'CHANGELOG.md', manifest.icon, 'media/walkthrough/**']) {
        assert.ok(allow.includes(`!${path}`), `.vscodeignore does not ship ${path}`);
      }
      assert.ok(!allow.some((l) => /\.map|cli\.js|\bsrc\b/.test(l)), 'source maps, the CLI or sources would ship');
    });
  });
});
