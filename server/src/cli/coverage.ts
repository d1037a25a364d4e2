// Coverage: the required customer concepts present ÷ those required, over every decision record and spec
// checked. A concept written but empty or a placeholder is not present.

import type { FileResult } from './check';

export interface Coverage {
  present: number;
  required: number;
  /** A percentage with at most one decimal; undefined when nothing was required (no decision or spec checked). */
  percent?: number;
}

export function coverage(files: FileResult[]): Coverage {
  let present = 0;
  let required = 0;
  for (const f of files) {
    for (const c of f.checklist ?? []) {
      if (!c.required) continue;
      required++;
      if (c.state === 'present') present++;
    }
  }
  return { present, required, percent: required > 0 ? Math.round((present / required) * 1000) / 10 : undefined };
}
