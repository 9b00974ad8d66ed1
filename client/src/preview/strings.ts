import * as vscode from 'vscode';
import type { PreviewStrings } from '../../../server/src/protocol/webview';

/** The webview's words in the user's language (the page has no `vscode.l10n` of its own). */
export function previewStrings(): PreviewStrings {
  const t = vscode.l10n.t;
  return {
    maps: t('Maps'),
    groupLevel0: t('Level 0'),
    groupRelasi: t('Relation map'),
    groupLevel: t('Level {0}'),
    groupCfm: t('Cross-functional maps'),
    zoomIn: t('Zoom in (+)'),
    zoomOut: t('Zoom out (-)'),
    zoomFit: t('Fit to window (0)'),
    zoomReset: t('Actual size'),
    exportSvg: t('Export as SVG'),
    exportPng: t('Export as PNG'),
    toggleNavigator: t('Show or hide the list of maps'),
    rendering: t('Drawing…'),
    renderFailed: t('Mermaid could not draw this map: {0}'),
    tooLarge: t('This map has {0} nodes; above {1} drawing it takes long and the panel stops responding meanwhile.'),
    tooLargeLanes: t('This map has {0} steps; swimlanes of more than {1} steps take long to draw and the panel stops responding meanwhile.'),
    renderAnyway: t('Draw anyway'),
    renderWithoutLanes: t('Draw quickly, lanes as boxes'),
    openMap: t('Click: open this map'),
    revealSource: t('Click: go to its definition'),
  };
}
