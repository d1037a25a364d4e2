import * as assert from 'node:assert/strict';
import { catalogFor } from '../../server/src/engine/l10n';
import { en } from '../../server/src/engine/l10n/en';

const LANGS = ['it', 'es', 'pl', 'de', 'fr', 'pt'] as const;
const PLACEHOLDERS = ['{label}', '{prompt}', '{limit}', '{lines}', '{heading}', '{rule}', '{problem}'];

/** Every leaf of the English catalog, as [path, value] (arrays are leaves too). */
function leaves(value: unknown, path: string[] = []): Array<[string[], string | string[]]> {
  if (typeof value === 'string' || Array.isArray(value)) return [[path, value as string | string[]]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function at(root: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
}

describe('l10n catalogs', () => {
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
          }
        }
      });

      it('is actually translated', () => {
        assert.notEqual(c.messages.emptySection, en.messages.emptySection, 'messages.emptySection');
        assert.notEqual(c.ui.checklist, en.ui.checklist, 'ui.checklist');
        for (const id of Object.keys(en.concepts) as Array<keyof typeof en.concepts>) {
          assert.notEqual(c.concepts[id].missing, en.concepts[id].missing, `concepts.${id}.missing`);
        }
      });
    });
  }
});
