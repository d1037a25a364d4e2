// Coverage: the required customer concepts present ÷ those required, over every decision record and spec
// checked. A concept written but empty or a placeholder is not present.

import { coveragePercent, requiredCount } from '../engine/compare';
import type { FileResult } from './check';

export interface Coverage {
  present: number;
  required: number;
  /** A percentage with at most one decimal; undefined when nothing was required (no decision or spec checked). */
  percent?: number;
}

export function coverage(files: FileResult[]): Coverage {
  const count = requiredCount(files.flatMap((f) => f.checklist ?? []));
  return { ...count, percent: coveragePercent(count) };
}
