import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store-context';
import { paneForArrow, paneForShortcut } from './pane-keys';
import { sidePanes, type PaneDefinition } from './registry';
import './side-pane.css';

const tabId = (pane: PaneDefinition) => `side-tab-${pane.id}`;
const panelId = (pane: PaneDefinition) => `side-panel-${pane.id}`;

/**
 * The region beside the reader: a tab per registered pane, Alt+digit to bring one up from
 * anywhere, arrows between tabs. Folded, it shows the active pane's own collapsed strip.
 */
export function SidePane() {
  const { open, activeId, show } = useAppStore(
    useShallow((s) => ({ open: s.uiQuotesOpen, activeId: s.uiSidePane, show: s.showSidePane })),
  );
  const active = sidePanes.find((pane) => pane.id === activeId) ?? sidePanes[0];
  const tabs = useRef<Map<string, HTMLButtonElement>>(new Map());
  // Set by a shortcut or an arrow: focus that tab once it is rendered (the pane may be folded).
  const focusNext = useRef<string | null>(null);

  const bringUp = (pane: PaneDefinition) => {
    focusNext.current = pane.id;
    show(pane.id);
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const pane = paneForShortcut(event, sidePanes);
      if (!pane) return;
      event.preventDefault();
      focusNext.current = pane.id;
      show(pane.id);
      // Already open on that tab: nothing re-renders, so focus now.
      tabs.current.get(pane.id)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  useEffect(() => {
    if (!focusNext.current) return;
    tabs.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });

  if (!active) return null;
  const Active = active.component;
  if (!open) return <Active />;

  const onTabKey = (event: KeyboardEvent) => {
    const pane = paneForArrow(event.key, sidePanes, active.id);
    if (!pane) return;
    event.preventDefault();
    bringUp(pane);
    tabs.current.get(pane.id)?.focus();
  };

  return (
    <div className="side-pane">
      <div className="side-tabs" role="tablist" aria-label="Side panes" onKeyDown={onTabKey}>
        {sidePanes.map((pane) => {
          const selected = pane.id === active.id;
          return (
            <button
              key={pane.id}
              ref={(el) => {
                if (el) tabs.current.set(pane.id, el);
                else tabs.current.delete(pane.id);
              }}
              type="button"
              role="tab"
              id={tabId(pane)}
              aria-selected={selected}
              aria-controls={panelId(pane)}
              aria-keyshortcuts={`Alt+${pane.shortcut}`}
              tabIndex={selected ? 0 : -1}
              title={`${pane.title} (Alt+${pane.shortcut})`}
              className={selected ? 'side-tab selected' : 'side-tab'}
              onClick={() => bringUp(pane)}
              // Dragging a quote over a tab brings its pane up, so a card reaches a matrix cell.
              onDragEnter={() => {
                if (!selected) show(pane.id);
              }}
            >
              {pane.title}
            </button>
          );
        })}
      </div>
      <div
        className="side-panel"
        role="tabpanel"
        id={panelId(active)}
        aria-labelledby={tabId(active)}
      >
        <Active />
      </div>
    </div>
  );
}
