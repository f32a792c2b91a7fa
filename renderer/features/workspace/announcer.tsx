import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store-context';

/** How long a message stays up; the undo offer for a deletion stays until used or dismissed. */
const SHOW_MS = 6000;

/** Bottom-corner messages ("Pinned Q3", "Already pinned as Q3") and the "Deleted Q3 — Undo" offer. */
export function Announcer() {
  const { announcement, dismiss, deleted, undoDelete, dismissDeleted } = useAppStore(
    useShallow((s) => ({
      announcement: s.uiAnnouncement,
      dismiss: s.dismissAnnouncement,
      deleted: s.quotesDeleted,
      undoDelete: s.undoDelete,
      dismissDeleted: s.dismissDeleted,
    })),
  );

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(dismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [announcement, dismiss]);

  return (
    <div className="toasts">
      {/* Always present so screen readers hear each new message. */}
      <div
        role="status"
        aria-label="Message"
        aria-live="polite"
        className={announcement ? 'toast' : 'toast-empty'}
      >
        {announcement?.text}
      </div>
      {deleted && (
        <div className="toast" role="group" aria-label="Deleted quote" aria-live="polite">
          <span>Deleted {deleted.id}</span>
          <button type="button" className="link-button" onClick={() => void undoDelete()}>
            Undo
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={dismissDeleted}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
