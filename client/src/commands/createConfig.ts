// Customer Lens: Create Configuration File. Writes a commented `.customer-lens.yaml` at the root of the
// workspace folder and opens it; an existing one is opened as it is.

import * as vscode from 'vscode';
import { describeError } from '../../../server/src/errors';
import { exists } from '../files';
import { targetWorkspaceFolder } from './newDecisionRecord';

/** Every key is optional: the file says what each does and changes nothing but one rule, as an example. */
const STARTER_CONFIG = `# Customer Lens: which files are decision records and specs, and how each rule reports.
# Every key is optional. See docs/configuration.md in the Customer Lens repository.
# The CLI, the GitHub Action and the editor all read this file; the editor's customerLens.rules
# setting goes on top of the rules below, for your editor only.

# kinds:
#   decision: { include: ["records/**/*.md"], exclude: ["records/drafts/**"] }
#   spec: { include: ["product/**/*.md"] }

rules:
  customer-evidence: warning   # error | warning | info | hint | off

# headings:
#   customer-impact: ["What changes for users"]
`;

/** Runs the command; the config file's URI, or undefined when cancelled or failed. */
export async function createConfig(output: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
  const workspaceFolder = await targetWorkspaceFolder(vscode.l10n.t('Where should the configuration file go?'));
  if (!workspaceFolder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the configuration file is written into the workspace.'));
    return undefined;
  }
  const yaml = vscode.Uri.joinPath(workspaceFolder.uri, '.customer-lens.yaml');
  const yml = vscode.Uri.joinPath(workspaceFolder.uri, '.customer-lens.yml');
  let target = yaml;
  try {
    // The server reads .yaml before .yml (CONFIG_FILE_NAMES): open the one it reads.
    if (await exists(yaml)) target = yaml;
    else if (await exists(yml)) target = yml;
    else await vscode.workspace.fs.writeFile(yaml, new TextEncoder().encode(STARTER_CONFIG));
  } catch (e) {
    output.error(`Create Configuration File failed for ${yaml.toString()}: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the configuration file. See the Customer Lens output for details.'));
    return undefined;
  }
  await vscode.window.showTextDocument(target);
  return target;
}
