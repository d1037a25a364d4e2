// `--format line`: one finding a line, `path:line:column: severity rule message`, for grep, editors' problem
// matchers and compilers' conventions. LINE_PROBLEM_MATCHER reads it back (a VS Code task problem matcher).

import type { FileResult } from './check';

export function formatLine(files: FileResult[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.findings) {
      const message = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.rule} ${message}`);
    }
  }
  return lines.join('\n');
}

/** The problem matcher for `customer-lens check --format line`, as a VS Code task or extension manifest names it. */
export const LINE_PROBLEM_MATCHER = {
  name: 'customer-lens',
  label: 'Customer Lens',
  owner: 'customer-lens',
  source: 'customer-lens',
  applyTo: 'allDocuments',
  fileLocation: ['relative', '${workspaceFolder}'],
  pattern: {
    regexp: '^(.+?):(\\d+):(\\d+): (error|warning|info|hint) ([a-z][a-z-]*) (.*)$',
    file: 1,
    line: 2,
    column: 3,
    severity: 4,
    code: 5,
    message: 6,
  },
} as const;
