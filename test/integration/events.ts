// Waiting on VS Code's own events, never on fixed sleeps. The timeout only turns a hang into a clear failure.

import * as vscode from 'vscode';

const TIMEOUT_MS = 30_000;

/** Customer Lens's diagnostics on a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'customer-lens');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolves with the document's diagnostics as soon as they satisfy `ready`, now or after a change. */
export function diagnosticsWhen(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const finish = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    const check = () => {
      const diagnostics = ours(uri);
      if (!ready(diagnostics)) return;
      finish();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no diagnostics ${what} on ${key} after ${TIMEOUT_MS} ms; have ${JSON.stringify(ours(uri).map(codeOf))}`));
    }, TIMEOUT_MS);
    check();
  });
}

/** Resolves when `event` fires with a value satisfying `ready`. */
export function eventWhen<T>(event: vscode.Event<T>, ready: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = event((value) => {
      if (!ready(value)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(value);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${what} did not happen within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
  });
}
