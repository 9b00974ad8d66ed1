import * as vscode from 'vscode';

const KEY = 'ppb.lastExportFolder';

/**
 * Where export dialogs open: the folder the user last exported to in this workspace, while it
 * exists, else the folder of the model. Kept in the workspace's state, never in a setting.
 */
export class ExportFolder {
  constructor(private readonly state: vscode.Memento) {}

  async initial(fallback: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const last = this.state.get<string>(KEY);
    if (last !== undefined) {
      const uri = vscode.Uri.parse(last, true);
      const isFolder = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        (s) => (s.type & vscode.FileType.Directory) !== 0,
        () => false,
      );
      if (isFolder) return uri;
    }
    return fallback;
  }

  remember(folder: vscode.Uri): Thenable<void> {
    return this.state.update(KEY, folder.toString());
  }
}
