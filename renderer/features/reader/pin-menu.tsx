import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';

type Props = {
  x: number;
  y: number;
  shortcut: string;
  onPin: () => void;
  onCopy: () => void;
  onClose: () => void;
};

/** The article text's own context menu while text is selected: Pin quote, Copy. */
export function PinMenu({ x, y, shortcut, onPin, onCopy, onClose }: Props) {
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: Event) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', away, true);
    document.addEventListener('keydown', escape);
    window.addEventListener('blur', onClose);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('mousedown', away, true);
      document.removeEventListener('keydown', escape);
      window.removeEventListener('blur', onClose);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose]);

  // Arrow keys move between the items, as in a native menu.
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next =
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
    next?.focus();
  };

  // Kept inside the window so it never opens off-screen.
  const left = Math.min(x, window.innerWidth - 200);
  const top = Math.min(y, window.innerHeight - 90);
  return (
    <div
      ref={menuRef}
      className="context-menu"
      role="menu"
      aria-label="Selected text"
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        role="menuitem"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          onPin();
          onClose();
        }}
      >
        <span>Pin quote</span>
        <kbd>{shortcut}</kbd>
      </button>
      <button
        type="button"
        role="menuitem"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          onCopy();
          onClose();
        }}
      >
        <span>Copy</span>
      </button>
    </div>
  );
}
