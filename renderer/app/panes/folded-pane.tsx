/**
 * A side pane folded to a narrow strip: its name (with a count) written upwards, and a button
 * that unfolds it. Every registered pane shows this when the side region is folded.
 */
export function FoldedPane({
  label,
  strip,
  unfoldLabel,
  title,
  onUnfold,
}: {
  /** The pane's accessible name ("Quotes"). */
  label: string;
  /** What the strip reads ("Quotes · 3"). */
  strip: string;
  /** The unfold button's accessible name ("Show quotes (3)"). */
  unfoldLabel: string;
  title?: string;
  onUnfold: () => void;
}) {
  return (
    <aside className="folded-pane" aria-label={label}>
      <button
        type="button"
        className="folded-pane-unfold"
        aria-expanded="false"
        aria-label={unfoldLabel}
        title={title}
        onClick={onUnfold}
      >
        <span aria-hidden="true">‹</span>
        <span className="folded-pane-label">{strip}</span>
      </button>
    </aside>
  );
}

/** The button in an open side pane's heading that folds the side region to its strip. */
export function FoldPaneButton({
  label,
  title = 'Hide the side pane',
  onFold,
}: {
  /** Its accessible name ("Hide origins"). */
  label: string;
  title?: string;
  onFold: () => void;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-expanded="true"
      aria-label={label}
      title={title}
      onClick={onFold}
    >
      ›
    </button>
  );
}
