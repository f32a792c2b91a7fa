/** What a key press asks of the side pane's tabs: a pane to show, or nothing. */
export type PaneKey = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
};

/** The pane that Alt+digit opens from anywhere in the window, or null. */
export function paneForShortcut<T extends { shortcut: string }>(
  event: PaneKey,
  panes: readonly T[],
): T | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return panes.find((pane) => pane.shortcut === event.key) ?? null;
}

/** The tab an arrow, Home or End key moves to from `current` inside the tab list (wrapping), or null. */
export function paneForArrow<T extends { id: string }>(
  key: string,
  panes: readonly T[],
  current: string,
): T | null {
  if (panes.length === 0) return null;
  const at = Math.max(
    0,
    panes.findIndex((pane) => pane.id === current),
  );
  const count = panes.length;
  const index =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? (at + 1) % count
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? (at - 1 + count) % count
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : -1;
  return index === -1 ? null : (panes[index] ?? null);
}
