// The system's side of a caught error (describeError, for any error, is in ../errors.ts).

/** The system's code of a failed file or process call (`ENOENT`, `EACCES`), or `error` when it has none. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'error';
}
