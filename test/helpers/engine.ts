// One engine for the tests, as the CLI makes one per run.

import { createEngine } from '../../server/src/engine';

export const engine = createEngine();
export const analyze = engine.analyze;
export const hasKind = engine.hasKind;
export const kindFromPath = engine.kindFromPath;
