import * as assert from 'node:assert/strict';
import { catalogFor } from '../../server/src/engine/l10n';
import type { PartialCatalog } from '../../server/src/engine/l10n/catalog';
import { de } from '../../server/src/engine/l10n/de';
import { en } from '../../server/src/engine/l10n/en';
import { es } from '../../server/src/engine/l10n/es';
import { fr } from '../../server/src/engine/l10n/fr';
import { it as italian } from '../../server/src/engine/l10n/it';
import { pl } from '../../server/src/engine/l10n/pl';
import { pt } from '../../server/src/engine/l10n/pt';

const LANGS = ['it', 'es', 'pl', 'de', 'fr', 'pt'] as const;
/** Each language's own file, before the English fallback fills its gaps. */
const OWN: Record<(typeof LANGS)[number], PartialCatalog> = { it: italian, es, pl, de, fr, pt };
const PLACEHOLDERS = [
  '{label}', '{line}', '{prompt}', '{limit}', '{lines}', '{heading}', '{rule}', '{problem}',
  '{setting}', '{kind}', '{concept}', '{concepts}', '{glob}', '{bracket}', '{path}', '{type}', '{folder}', '{code}',
  '{id}',
  '{state}', '{before}', '{after}', '{was}', '{now}', '{today}', '{sources}', '{present}', '{required}', '{records}', '{decisions}',
  '{specs}', '{legend}', '{shown}', '{total}', '{days}', '{list}', '{from}', '{first}', '{to}', '{last}', '{n}', '{why}',
];

/** Every leaf of the English catalog, as [path, value] (arrays are leaves too). */
function leaves(value: unknown, path: string[] = []): Array<[string[], string | string[]]> {
  if (typeof value === 'string' || Array.isArray(value)) return [[path, value as string | string[]]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function at(root: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
}

function placeholdersOf(text: string): string[] {
  return text.match(/\{\w+\}/g) ?? [];
}

describe('l10n catalogs', () => {
  it('the placeholder list names every placeholder of the English catalog', () => {
    const used = leaves(en).flatMap(([, value]) => (Array.isArray(value) ? value : [value]).flatMap(placeholdersOf));
    assert.deepStrictEqual([...new Set(used)].filter((p) => !PLACEHOLDERS.includes(p)), []);
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      const c = catalogFor(lang);

      it('is the catalog of its language', () => assert.equal(c.language, lang));

      it('fills every field with non-empty text and keeps the placeholders', () => {
        for (const [path, enValue] of leaves(en)) {
          if (path[0] === 'language') continue;
          const name = path.join('.');
          const value = at(c, path);
          if (Array.isArray(enValue)) {
            assert.ok(Array.isArray(value) && value.length > 0, `${name} is an empty array`);
            for (const item of value) assert.ok(typeof item === 'string' && item.trim() !== '', `${name} has an empty item`);
          } else {
            assert.ok(typeof value === 'string' && value.trim() !== '', `${name} is empty`);
            for (const p of PLACEHOLDERS) {
              if (enValue.includes(p)) assert.ok(value.includes(p), `${name} lacks ${p}`);
            }
            for (const p of placeholdersOf(value)) assert.ok(enValue.includes(p), `${name} has ${p}, which the English has not`);
          }
        }
      });

      it('gives every message in its own file, not through the English fallback', () => {
        const missing = leaves(en.messages)
          .map(([path]) => path)
          .filter((path) => {
            const value = at(OWN[lang].messages, path);
            return typeof value !== 'string' || value.trim() === '';
          });
        assert.deepStrictEqual(missing.map((path) => `messages.${path.join('.')}`), []);
      });

      it('is actually translated', () => {
        assert.notEqual(c.messages.emptySection, en.messages.emptySection, 'messages.emptySection');
        assert.notEqual(c.messages.config.unknownRule, en.messages.config.unknownRule, 'messages.config.unknownRule');
        assert.notEqual(c.messages.config.fileIsFolder, en.messages.config.fileIsFolder, 'messages.config.fileIsFolder');
        assert.notEqual(c.ui.checklist, en.ui.checklist, 'ui.checklist');
        for (const id of Object.keys(en.concepts) as Array<keyof typeof en.concepts>) {
          assert.notEqual(c.concepts[id].missing, en.concepts[id].missing, `concepts.${id}.missing`);
        }
      });
    });
  }
});
