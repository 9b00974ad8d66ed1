/** Client commands the server names (in code lenses); the VS Code extension registers them. */
export const PREVIEW_OPEN_COMMAND = 'ppb.preview.open';
