// `--format junit`: JUnit XML for CI test reports (GitLab, Jenkins, Azure Pipelines). One test suite per file;
// each error or warning is a failed test case, each info or hint a passed one that carries its message, and
// a file with nothing to report has one passed case, so every checked file shows in the report.

import type { Finding } from '../engine';
import type { FileResult } from './check';

/** XML 1.0 text: the five special characters escaped, characters XML cannot hold dropped. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const fails = (d: Finding) => d.severity === 'error' || d.severity === 'warning';

function testCase(f: FileResult, d: Finding): string[] {
  const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  const open = `    <testcase classname="${xml(f.path)}" name="${xml(`${d.rule} at ${at}`)}">`;
  const detail = xml(`${f.path}:${at}: ${d.severity} ${d.rule} ${d.message}`);
  if (fails(d)) return [open, `      <failure type="${d.severity}" message="${xml(d.message)}">${detail}</failure>`, '    </testcase>'];
  return [open, `      <system-out>${detail}</system-out>`, '    </testcase>'];
}

export function formatJunit(files: FileResult[]): string {
  const tests = (f: FileResult) => Math.max(1, f.findings.length);
  const failures = (f: FileResult) => f.findings.filter(fails).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="customer-lens" tests="${files.reduce((n, f) => n + tests(f), 0)}" failures="${files.reduce((n, f) => n + failures(f), 0)}" errors="0">`,
  ];
  for (const f of files) {
    out.push(`  <testsuite name="${xml(f.path)}" tests="${tests(f)}" failures="${failures(f)}" errors="0">`);
    if (f.findings.length === 0) out.push(`    <testcase classname="${xml(f.path)}" name="customer-lens"/>`);
    for (const d of f.findings) out.push(...testCase(f, d));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}
