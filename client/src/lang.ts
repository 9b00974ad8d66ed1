import * as vscode from 'vscode';
import { langFromLocale, pick, type Lang, type Localized } from '../../server/src/service/localized';

/** The language of everything the extension shows: `ppb.bahasa`, where `auto` is VS Code's display language. */
export function userLang(): Lang {
  const chosen = vscode.workspace.getConfiguration('ppb').get<string>('bahasa', 'auto');
  return chosen === 'id' || chosen === 'en' ? chosen : langFromLocale(vscode.env.language);
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
