// Findings in the CLI's JSON shape (1-based lines and columns), for comparing whole findings in tests.

import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../../server/src/engine';

/** The repository root: the nearest folder above this file with the engine's sources (so out/ is skipped). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'server/src/engine/analyze.ts'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${from}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot(__dirname);
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures');

export interface PlainFinding {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message?: string;
}

export function toPlain(f: Finding, withMessage = false): PlainFinding {
  const plain: PlainFinding = {
    rule: f.rule,
    severity: f.severity,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
  if (withMessage) plain.message = f.message;
  return plain;
}

/** Findings have no order in the contract: compare them sorted by place, then rule. */
export function sortFindings<T extends PlainFinding>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.rule.localeCompare(b.rule),
  );
}

/** Whole findings as tests compare them: plain (1-based), sorted by place, then rule. */
export function plainFindings(findings: Finding[], withMessage = false): PlainFinding[] {
  return sortFindings(findings.map((f) => toPlain(f, withMessage)));
}

/**
 * Asserts that `actual` holds exactly the `expected` findings, in any order: an extra, missing or moved
 * finding fails. Messages are compared when the expected findings carry them (then all must).
 */
export function assertFindings(actual: Finding[], expected: PlainFinding[], message?: string): void {
  const withMessage = expected.some((e) => e.message !== undefined);
  assert.deepStrictEqual(plainFindings(actual, withMessage), sortFindings(expected), message);
}

/** Findings on one span of one line, each written "rule severity": where missing concepts are reported. */
export function onSpan(line: number, [column, endColumn]: [number, number], ...findings: string[]): PlainFinding[] {
  return findings.map((f) => {
    const [rule, severity] = f.split(' ');
    return { rule, severity, line, column, endLine: line, endColumn };
  });
}

/** What a proposed decision record that names no customer concept at all gets (the follow-up is asked once accepted). */
export const NOTHING_IN_A_DECISION = ['customer-evidence info', 'customer-impact warning', 'customer-segment info', 'problem-solved warning', 'success-metrics info', 'value-created warning'];

/** What a spec (or a YAML record) that names no customer concept at all gets. */
export const NOTHING_IN_A_SPEC = ['customer-evidence info', 'customer-impact warning', 'customer-segment warning', 'problem-solved warning', 'success-metrics warning', 'value-created warning'];

/** A finding written "rule severity line:column-endLine:endColumn", to compare long lists at a glance. */
export function brief(f: PlainFinding): string {
  return `${f.rule} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}
