import { useAppStore } from '../state/store-context';
import { useMediaQuery } from './use-media-query';

/** Below this width the corpus folds away by default and opens over the search pane. */
export const NARROW = '(max-width: 1279px)';

/** Whether the corpus sidebar shows, and whether it floats over the search pane (narrow windows). */
export function useCorpusLayout(): { open: boolean; overlay: boolean } {
  const narrow = useMediaQuery(NARROW);
  const choice = useAppStore((s) => s.uiCorpusOpen);
  const open = choice ?? !narrow;
  return { open, overlay: open && narrow };
}

/** The header's button that shows or hides the corpus sidebar. */
export function CorpusToggle() {
  const { open } = useCorpusLayout();
  const setOpen = useAppStore((s) => s.setCorpusOpen);
  return (
    <button
      type="button"
      className="icon-button corpus-toggle"
      aria-expanded={open}
      aria-controls="corpus-sidebar"
      aria-label={open ? 'Hide corpus' : 'Show corpus'}
      title={open ? 'Hide the corpus folders' : 'Show the corpus folders'}
      onClick={() => setOpen(!open)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M4 6h16M4 12h16M4 18h16" />
      </svg>
    </button>
  );
}
