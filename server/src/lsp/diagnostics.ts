// Findings as LSP diagnostics: source, code = rule id, and a link to the rule's page.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleById, type Finding, type Severity } from '../engine';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'customer-lens';

export function toDiagnostic(f: Finding): Diagnostic {
  const rule = ruleById(f.rule);
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: rule ? { href: rule.docs } : undefined,
    message: f.message,
    data: f.concept ? { concept: f.concept } : undefined,
  };
}
