// A record made from the project's own snippets, with every hint left as it was inserted, says nothing
// about customers yet: each customer section holds only a template hint, which placeholder-text reports.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../helpers/engine';
import { REPO_ROOT } from '../helpers/findings';

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

describe('template hints from the snippets', () => {
  for (const [file, ext] of [['markdown.json', 'md'], ['yaml.json', 'yaml']] as const) {
    for (const [name, snippet] of snippets(file)) {
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      // Whole records only: they carry their own kind.
      if (!/^kind: (decision|spec)$/m.test(body)) continue;
      it(`${name}: every customer section left as inserted is reported as placeholder text`, () => {
        const text = expand(body);
        const analysis = analyze({ path: `notes/new-record.${ext}`, text });
        assert.ok(analysis.kind, 'the snippet declares its kind');
        const customerSections = analysis.document.sections.filter((s) => s.concepts.length > 0);
        assert.ok(customerSections.length >= 6, `the snippet has customer sections (found ${customerSections.length})`);
        const reported = new Set(
          analysis.findings.filter((f) => f.rule === 'placeholder-text' || f.rule === 'empty-section').map((f) => f.range.start.line),
        );
        const unreported = customerSections.filter((s) => !reported.has(s.labelRange.start.line)).map((s) => `"${s.label}" (line ${s.labelRange.start.line + 1})`);
        assert.deepStrictEqual(unreported, [], 'customer sections holding only the snippet\'s hint');
      });
    }
  }
});
