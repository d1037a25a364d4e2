// `--format json`: the contract's one JSON object.

import type { Finding } from '../engine';
import { summarise, type FileResult } from './check';

export function toJsonDiagnostic(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
}

export function formatJson(files: FileResult[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({ path: f.path, kind: f.kind, status: f.status, diagnostics: f.findings.map(toJsonDiagnostic) })),
      summary: summarise(files),
    },
    null,
    2,
  );
}
