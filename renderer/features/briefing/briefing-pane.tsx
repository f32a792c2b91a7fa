import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { briefingExportFormats, type BriefingExportFormat } from '../../../shared/briefing';
import { FoldedPane, FoldPaneButton } from '../../app/panes/folded-pane';
import { downloadBase64 } from '../../lib/clipboard';
import { useAppStore } from '../../state/store-context';
import { BriefingForm } from './briefing-form';
import { BriefingPicker } from './briefing-picker';
import { BriefingPreview } from './briefing-preview';
import './briefing.css';

const today = (): string => new Date().toISOString().slice(0, 10);

function ExportButtons({ onExport }: { onExport: (format: BriefingExportFormat) => void }) {
  return (
    <div className="briefing-row briefing-exports" role="group" aria-label="Export briefing">
      {briefingExportFormats.map((format) => (
        <button
          key={format}
          type="button"
          aria-label={`Export as ${format.toUpperCase()}`}
          onClick={() => onExport(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

/** The Briefing pane: pick or start a briefing, compose it, watch its preview, export it. */
export function BriefingPane() {
  const s = useAppStore(
    useShallow((st) => ({
      list: st.briefingList,
      openId: st.briefingOpenId,
      name: st.briefingName,
      draft: st.briefingDraft,
      unsaved: st.briefingUnsaved,
      error: st.briefingError,
      preview: st.briefingPreview,
      previewError: st.briefingPreviewError,
      progress: st.briefingExportProgress,
      quotes: st.quotesList,
      paneOpen: st.uiQuotesOpen,
    })),
  );
  const actions = useAppStore(
    useShallow((st) => ({
      open: st.openBriefing,
      create: st.createBriefing,
      rename: st.renameBriefing,
      remove: st.deleteBriefing,
      edit: st.editBriefing,
      exportAs: st.exportBriefing,
      dismiss: st.dismissBriefingError,
      showSidePane: st.showSidePane,
      setPaneOpen: st.setQuotesOpen,
    })),
  );
  const known = useMemo(() => new Set(s.quotes.map((q) => q.id)), [s.quotes]);

  if (!s.paneOpen)
    return (
      <FoldedPane
        label="Briefing"
        strip={`Briefing · ${s.list.length}`}
        unfoldLabel={`Show briefings (${s.list.length})`}
        onUnfold={() => actions.showSidePane('briefing')}
      />
    );

  const exportAs = async (format: BriefingExportFormat) => {
    const outcome = await actions.exportAs(format);
    if (outcome?.kind === 'download')
      downloadBase64(outcome.fileName, outcome.base64, outcome.mime);
  };
  const running =
    s.progress && s.progress.phase !== 'done' && s.progress.phase !== 'failed' ? s.progress : null;

  return (
    <aside className="side-pane-body briefing-pane" aria-labelledby="briefing-heading">
      <div className="panel-heading">
        <h2 id="briefing-heading">Briefing</h2>
        <span className="briefing-save-state" role="status" aria-label="Save state">
          {s.draft ? (s.unsaved ? 'Editing…' : 'Saved') : ''}
        </span>
        <FoldPaneButton label="Hide briefing" onFold={() => actions.setPaneOpen(false)} />
      </div>
      <BriefingPicker
        list={s.list}
        openId={s.openId}
        name={s.name}
        onOpen={(id) => void actions.open(id)}
        onCreate={(name) => actions.create(name, today())}
        onRename={actions.rename}
        onDelete={(id) => void actions.remove(id)}
      />
      {s.error && (
        <div role="alert" className="error-banner">
          <span>{s.error}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={actions.dismiss}
          >
            ×
          </button>
        </div>
      )}
      <ExportButtons onExport={(format) => void exportAs(format)} />
      {running && (
        <p className="briefing-note" role="status" aria-label="Export progress">
          Exporting {running.format.toUpperCase()}: {running.phase}…
        </p>
      )}
      {!s.draft && (
        <p className="briefing-note">
          No briefing open. Export gives the default briefing (every quote, the matrix, origins and
          outlets); start one with New briefing.
        </p>
      )}
      {s.draft && <BriefingForm draft={s.draft} edit={actions.edit} known={known} />}
      {s.draft && (
        <section className="briefing-preview-region" aria-label="Preview">
          <h3 className="briefing-preview-heading">Preview</h3>
          {s.previewError && <p className="briefing-flag">{s.previewError}</p>}
          {s.preview && <BriefingPreview doc={s.preview} />}
        </section>
      )}
    </aside>
  );
}
