// A record made from the project's own snippets, with every hint left as it was inserted, says nothing
// about customers yet: each customer section holds only a template hint, which placeholder-text reports.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../helpers/engine';
import { CONCEPTS } from '../../server/src/engine';
import { plainFindings, REPO_ROOT } from '../helpers/findings';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** What the editor inserts when the user accepts every default: first choices, placeholder texts, today. */
function expand(body: string): string {
  let text = body;
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text
    .replace(/\$\{?CURRENT_YEAR\}?/g, '2025')
    .replace(/\$\{?CURRENT_MONTH\}?/g, '06')
    .replace(/\$\{?CURRENT_DATE\}?/g, '01')
    .replace(/\$\{?[A-Z_]+\}?/g, '')
    .replace(/\$\{?\d+\}?/g, '');
}

function snippets(file: string): [string, Snippet][] {
  return Object.entries(JSON.parse(readFileSync(join(REPO_ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>);
}

/** A snippet that is a whole record: it carries its own kind. */
function isWholeRecord(snippet: Snippet): boolean {
  const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  return /^kind: (decision|spec)$/m.test(body);
}

describe('template hints from the snippets', () => {
  it('finds the whole records among the snippets (the tests below are made for each)', () => {
    const languages = ['English', 'Italian', 'Spanish', 'Polish', 'German', 'French', 'Portuguese'];
    assert.deepStrictEqual(snippets('markdown.json').filter(([, s]) => isWholeRecord(s)).map(([name]) => name), [
      ...languages.map((l) => `Customer Lens: decision record (${l})`),
      ...languages.map((l) => `Customer Lens: product spec (${l})`),
    ]);
    assert.deepStrictEqual(snippets('yaml.json').filter(([, s]) => isWholeRecord(s)).map(([name]) => name), ['Customer Lens: decision record (YAML)', 'Customer Lens: product spec (YAML)']);
  });

  for (const [file, ext] of [['markdown.json', 'md'], ['yaml.json', 'yaml']] as const) {
    for (const [name, snippet] of snippets(file)) {
      if (!isWholeRecord(snippet)) continue;
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      it(`${name}: every customer section left as inserted is reported as placeholder text`, () => {
        const text = expand(body);
        const analysis = analyze({ path: `notes/new-record.${ext}`, text });
        assert.ok(analysis.kind, 'the snippet declares its kind');
        const customerSections = analysis.document.sections.filter((s) => s.concepts.length > 0);
        assert.deepStrictEqual(customerSections.flatMap((s) => s.concepts), [...CONCEPTS], 'the snippet has a section for each customer concept, in order');
        // Exactly one placeholder-text warning per section, on its heading or key, and nothing else.
        assert.deepStrictEqual(
          plainFindings(analysis.findings).map((f) => `${f.rule} ${f.severity} ${f.line}`),
          customerSections.map((s) => `placeholder-text warning ${s.labelRange.start.line + 1}`),
        );
      });
    }
  }
});
