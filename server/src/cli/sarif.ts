// `--format sarif`: SARIF 2.1.0 for code scanning, with every rule's metadata and help link.

import { RULES, type Severity } from '../engine';
import type { FileResult } from './check';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(files: FileResult[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = files.flatMap((f) =>
    f.findings.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule) ?? 0,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'customer-lens',
            version,
            informationUri: 'https://github.com/customer-lens/customer-lens',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: r.docs,
              help: { text: `${r.description} See ${r.docs}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity('decision', 'proposed')] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The working directory the check ran in.' } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
