/** True on macOS, where shortcuts use ⌘ rather than Ctrl. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

/** "Ctrl+Shift+P" or "⌘⇧P", for a Ctrl/Cmd shortcut shown in a title. */
export function shortcutLabel(key: string, shift = false): string {
  return isMac() ? `⌘${shift ? '⇧' : ''}${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
