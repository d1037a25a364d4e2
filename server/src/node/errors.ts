// How the CLI, the server and the extension put a caught error into a one-line note or log line.

/** An error's message; anything else thrown, as text. */
export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The system's code of a failed file or process call (`ENOENT`, `EACCES`), or `error` when it has none. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'error';
}
