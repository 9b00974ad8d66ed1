import * as vscode from 'vscode';
import { langOfSetting, pick, type Lang, type Localized } from '../../server/src/protocol/language';
import { readSettings } from '../../server/src/protocol/settings';

/** The language of everything the extension shows: `ppb.bahasa`, where `auto` is VS Code's display language. */
export function userLang(): Lang {
  return langOfSetting(readSettings(vscode.workspace.getConfiguration('ppb')).bahasa, vscode.env.language);
}

/** A text in the user's language, read when shown: a change of `ppb.bahasa` applies at once. */
export function say(text: Localized): string {
  return pick(text, userLang());
}

/** Fires when `ppb.bahasa` changes, so what is on screen can be said again. */
export function onDidChangeLang(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('ppb.bahasa')) listener();
  });
}
