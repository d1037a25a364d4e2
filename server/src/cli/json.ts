// `--format json`: the contract's one JSON object.

import { conceptStates, type Finding } from '../engine';
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
      files: files.map((f) => ({
        path: f.path,
        kind: f.kind,
        status: f.status,
        // A config file has no concepts: the key is left out rather than filled with states it cannot have.
        ...(f.checklist ? { concepts: conceptStates(f.checklist) } : {}),
        // With --since: the record at the merge base, or null when the change adds it.
        ...(f.base !== undefined ? { base: f.base && { status: f.base.status, concepts: conceptStates(f.base.checklist) } } : {}),
        ...(f.personas ? { personas: f.personas } : {}),
        diagnostics: f.findings.map(toJsonDiagnostic),
      })),
      summary: summarise(files),
    },
    null,
    2,
  );
}
