// How the CLI, the server and the extension put a caught error into a one-line note or log line. No Node
// types here: the web builds use it too.

/** An error's message; anything else thrown, as text. */
export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
