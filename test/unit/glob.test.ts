// The glob matcher behind the default include/exclude lists and the config's kinds: `**`, braces,
// classes, case-insensitivity, and malformed globs that throw GlobError.

import * as assert from 'node:assert/strict';
import { Glob, GlobError } from '../../server/src/engine';

function matches(pattern: string, path: string): boolean {
  return new Glob(pattern).matches(path);
}

describe('Glob', () => {
  describe('matches', () => {
    const yes: [string, string][] = [
      // `**` spans any number of folders, none included.
      ['**/*.md', 'a.md'],
      ['**/*.md', 'docs/adr/0001-prices.md'],
      ['docs/**', 'docs/adr/0001.md'],
      ['docs/**/x.md', 'docs/x.md'],
      ['docs/**/x.md', 'docs/a/b/c/x.md'],
      ['a/**/b/**/c.md', 'a/x/b/y/z/c.md'],
      ['**', 'any/path/at/all.md'],
      // A pattern without a slash matches the file name in any folder, as in .gitignore.
      ['*.md', 'docs/decisions/0001.md'],
      ['README.*', 'docs/decisions/README.md'],
      ['*template*', 'docs/adr/adr-template.md'],
      ['docs/*.md', 'docs/one.md'],
      ['a?c.md', 'abc.md'],
      ['a*b*c.md', 'aXXbYYc.md'],
      // Braces, nested braces.
      ['**/{adr,decisions}/**/*.{md,markdown}', 'x/decisions/y/z.markdown'],
      ['**/{adr,decisions}/**/*.{md,markdown}', 'adr/0001.md'],
      ['{a,b{c,d}}.md', 'bd.md'],
      ['{a,b{c,d}}.md', 'a.md'],
      // Classes: ranges, negation with ! or ^, a leading ] as a member.
      ['file[0-9].md', 'file7.md'],
      ['file[!0-9].md', 'filex.md'],
      ['file[^a].md', 'fileb.md'],
      ['file[abc].md', 'fileb.md'],
      ['[]].md', '].md'],
      // Case is ignored on both sides.
      ['DOCS/ADR/*.MD', 'docs/adr/x.md'],
      ['docs/adr/*.md', 'Docs/ADR/X.MD'],
      ['**/Decisions/**/*.md', 'team/DECISIONS/0001.md'],
      // A leading ./ and a trailing / are tolerated.
      ['./docs/*.md', 'docs/a.md'],
      ['docs/', 'docs/a/b.md'],
      ['records/**/*.md', 'records/2024/pricing.md'],
      // File names decided by their end alone, and ends that are only a first test.
      ['**/*.md', 'x.spec.md'],
      ['**/*', 'a/b'],
      ['**/*.{spec,prd}.md', 'docs/pay.prd.md'],
      ['**/x*.md', 'a/xyz.md'],
      ['*.[mM]d', 'docs/a.md'],
      ['**/a]b', 'x/a]b'],
    ];
    for (const [pattern, path] of yes) it(`"${pattern}" matches "${path}"`, () => assert.equal(matches(pattern, path), true));

    const no: [string, string][] = [
      ['**/*.md', 'a/b/c.mdx'],
      ['**/*.md', 'notes.txt'],
      ['docs/*.md', 'docs/a/b.md'],
      ['docs/**', 'other/docs.md'],
      ['a?c.md', 'a/c.md'],
      ['a*b*c.md', 'aXXbYY.md'],
      ['**/{adr,decisions}/**/*.{md,markdown}', 'x/adrs-old/z.md'],
      ['**/{adr,decisions}/**/*.{md,markdown}', 'x/decisions/z.mdx'],
      ['{a,b{c,d}}.md', 'b.md'],
      ['file[0-9].md', 'filex.md'],
      ['file[!0-9].md', 'file1.md'],
      ['file[a-c].md', 'filed.md'],
      ['node_modules/**', 'pkg/node_modules/a.md'],
      ['records/**/*.md', 'docs/records/a.md'],
      ['**/*.md', 'md'],
      ['**/*.md', 'a.md/b.txt'],
      ['**/*.{spec,prd}.md', 'docs/pay.md'],
      ['**/x*.md', 'a/yx.md'],
      ['*.[mM]d', 'docs/a.mx'],
      ['**/a]b', 'x/ab'],
      ['docs/*.md', 'docs.md'],
    ];
    for (const [pattern, path] of no) it(`"${pattern}" does not match "${path}"`, () => assert.equal(matches(pattern, path), false));
  });

  describe('malformed globs throw GlobError', () => {
    const bad = ['records/{a,b/*.md', 'records/a}/*.md', 'records/[drafts/**', '', '   ', '{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}{a,b}'];
    for (const pattern of bad) {
      it(JSON.stringify(pattern), () => {
        assert.throws(() => new Glob(pattern), (e: unknown) => e instanceof GlobError && e.message.length > 0);
      });
    }
  });

  it('keeps the source it was given', () => {
    assert.equal(new Glob('docs/**/*.md').source, 'docs/**/*.md');
  });

  it('answers quickly on patterns that make backtracking matchers explode', () => {
    // Bounded by pattern x path length; mocha's timeout is the only clock here.
    const pattern = `${'*a'.repeat(30)}b`;
    assert.equal(matches(pattern, 'a'.repeat(5000)), false);
    assert.equal(matches(`${'**/'.repeat(20)}x.md`, `${'d/'.repeat(200)}y.md`), false);
  });
});
