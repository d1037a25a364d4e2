// V8's heap settings for a batch over thousands of files (the CLI). By default the young generation grows to
// two 16 MB halves and the old one is let grow to several times what survives, which suits a long-lived
// server; a batch's garbage is short-lived, so both are kept small instead. On the benchmark corpus this
// takes the CLI's peak memory from about 155 MB to 100 MB, for some 8% more CPU (docs/performance.md).
// Both flags are read at each collection, so setting them once the process has started takes effect.

import { setFlagsFromString } from 'node:v8';

export function tuneHeapForBatch(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
}
