// Stand-ins for the prompts a command shows, so the tests answer them without a person.

import * as vscode from 'vscode';

/** Replaces a vscode.window function until the returned function is called. */
export function stub<K extends keyof typeof vscode.window>(name: K, fake: (typeof vscode.window)[K]): () => void {
  const window = vscode.window as Record<K, (typeof vscode.window)[K]>;
  const original = window[name];
  window[name] = fake;
  return () => {
    window[name] = original;
  };
}

/** A showQuickPick that picks the item labelled `label`; `shown` counts the picks it was asked for. */
export function pickLabel(label: string, shown = { count: 0 }): typeof vscode.window.showQuickPick {
  // The commands offer { label, ... } items; the overloads of showQuickPick cannot say so.
  return (async (items: Thenable<readonly vscode.QuickPickItem[]> | readonly vscode.QuickPickItem[]) => {
    shown.count++;
    return (await items).find((i) => i.label === label);
  }) as unknown as typeof vscode.window.showQuickPick;
}
