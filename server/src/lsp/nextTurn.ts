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
