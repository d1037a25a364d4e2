// Gives memory back once Check Workspace is over. Its batches grow V8's heap, and V8 keeps the pages it grew
// into until a later collection decides to shrink; a server that stays up all day should not hold them.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = () => void;

/** V8's `gc`, reached without starting the server with --expose-gc; undefined if the runtime refuses it. */
export function exposedGc(): Collect | undefined {
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  }
}

export interface TrimmerOptions {
  /** Quiet time after the last burst: longer than the client's pause between two batches of one command. */
  quietMs?: number;
  /**
   * Resident memory above which a full collection is worth it: issue #6's budget. Not lower: a collection
   * shrinks the heap, and the next Check Workspace, growing it again, took about a tenth longer (a budget of
   * 100 MB kept the server at 120 MB after Check Workspace instead of 140 to 149 MB; docs/performance.md).
   */
  budgetBytes?: number;
  collect?: Collect;
  rss?: () => number;
}

/**
 * When settle() collects, after the last burst: V8 returns the pages one collection frees only at the next
 * one, so twice.
 */
const SETTLE_MS = [100, 300];

/**
 * One full collection once bursts stop, if resident memory is over budget. Not after every batch, and not
 * while batches keep coming: a forced collection also drops V8's optimised code and the next check re-warms.
 */
export class MemoryTrimmer {
  private timer: NodeJS.Timeout | undefined;
  private readonly quietMs: number;
  private readonly budgetBytes: number;
  private readonly collect: Collect | undefined;
  private readonly rss: () => number;

  constructor(options: TrimmerOptions = {}) {
    this.quietMs = options.quietMs ?? 1000;
    this.budgetBytes = options.budgetBytes ?? 150 * 1024 * 1024;
    this.collect = 'collect' in options ? options.collect : exposedGc();
    this.rss = options.rss ?? (() => process.memoryUsage.rss());
  }

  /** Called after each burst of work; the collection waits until the bursts stop. */
  burst(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.rss() > this.budgetBytes) this.collect?.();
    }, this.quietMs);
    this.timer.unref();
  }

  /**
   * Called after the last burst, when the caller knows no more are coming: collects soon (SETTLE_MS), not
   * after the quiet time, and once more after it as after any burst.
   */
  settle(): void {
    if (!this.collect) return;
    // Shortly after the answer to the last request has gone out, once its buffers are let go.
    for (const ms of SETTLE_MS) {
      setTimeout(() => {
        if (this.rss() > this.budgetBytes) this.collect?.();
      }, ms).unref();
    }
    this.burst();
  }
}
