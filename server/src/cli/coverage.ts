// Coverage: the required customer concepts present ÷ those required, over every decision record and spec
// checked. A concept written but empty or a placeholder is not present.

import { coveragePercent, requiredCount, type Coverage } from '../engine/compare';
import type { FileResult } from './check';

export type { Coverage };

export function coverage(files: FileResult[]): Coverage {
  const count = requiredCount(files.flatMap((f) => f.checklist ?? []));
  return { ...count, percent: coveragePercent(count) };
}
