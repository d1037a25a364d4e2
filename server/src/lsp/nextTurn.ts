// "After the messages already received": setImmediate in Node; a web worker has none, and a zero timeout
// runs after the message events already queued there.

/** Node's setImmediate, looked up at run time: the web build's types know no such global. */
const node = globalThis as { setImmediate?: (fn: () => void) => unknown; clearImmediate?: (handle: unknown) => void };

/** Runs `fn` after the messages already received; returns what cancels it. */
export function afterMessages(fn: () => void): () => void {
  if (node.setImmediate && node.clearImmediate) {
    const immediate = node.setImmediate(fn);
    const clear = node.clearImmediate;
    return () => clear(immediate);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/** Resolves after the messages already received. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => afterMessages(resolve));
}

/** Longest run of work before a long task lets the server read what else has come in. */
const SLICE_MS = 2;

/**
 * For a long task (Check Workspace, the decision map): `await pause()` between items yields to the messages
 * already received once the task has run for a slice of time since it last did.
 */
export function slicer(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}
