import { useState } from 'react';
import type {
  BriefingDocument,
  DocumentSection,
  Footnote,
  Paragraph,
} from '../../../shared/briefing';

type CiteProps = { onCite: (footnote: number) => void };

/** A paragraph's runs: text as text (React escapes it), citations as footnote links, unknown ids flagged. */
function Runs({ paragraph, onCite }: { paragraph: Paragraph } & CiteProps) {
  return (
    <>
      {paragraph.map((run, i) => {
        if (run.kind === 'text') return <span key={i}>{run.text}</span>;
        if (run.kind === 'unknown-cite')
          return (
            <mark
              key={i}
              className="briefing-unknown-cite"
              title="No quote of this workspace has this id"
            >
              [{run.quoteId}?]
            </mark>
          );
        return (
          <sup key={i}>
            <button
              type="button"
              className="briefing-cite"
              aria-label={`Footnote ${run.footnote}: ${run.quoteId}`}
              onClick={() => onCite(run.footnote)}
            >
              {run.footnote}
            </button>
          </sup>
        );
      })}
    </>
  );
}

function Section({ section, onCite }: { section: DocumentSection } & CiteProps) {
  switch (section.kind) {
    case 'text':
      return (
        <>
          {section.paragraphs.map((p, i) => (
            <p key={i}>
              <Runs paragraph={p} onCite={onCite} />
            </p>
          ))}
        </>
      );
    case 'key-quotes':
      return (
        <>
          {section.note && <p className="briefing-note">{section.note}</p>}
          {section.quotes.map((q) => (
            <blockquote key={q.quoteId}>
              “{q.exact}” <Runs paragraph={q.cite} onCite={onCite} />
              <footer>— {q.attribution}</footer>
            </blockquote>
          ))}
        </>
      );
    case 'origins':
      return (
        <>
          {section.note && <p className="briefing-note">{section.note}</p>}
          {section.summary && <p>{section.summary}</p>}
          <ul>
            {section.groups.map((g, i) => (
              <li key={i}>{g.heading}</li>
            ))}
          </ul>
        </>
      );
    case 'outlets':
      return (
        <>
          {section.note && <p className="briefing-note">{section.note}</p>}
          {section.rows.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th>Outlet</th>
                  <th>Grade</th>
                  <th>Articles</th>
                </tr>
              </thead>
              <tbody>
                {section.rows.map((r) => (
                  <tr key={r.name}>
                    <td>{r.name}</td>
                    <td>{r.grade ?? '—'}</td>
                    <td>{r.articles}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    case 'matrix':
      return (
        <>
          {section.note && <p className="briefing-note">{section.note}</p>}
          {section.table && (
            <table>
              <thead>
                <tr>
                  <th>Party</th>
                  {section.table.issues.map((issue) => (
                    <th key={issue.name}>{issue.name}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.table.parties.map((party, p) => (
                  <tr key={party}>
                    <th scope="row">{party}</th>
                    {section.table?.rows[p]?.map((cell, i) => (
                      <td key={i}>
                        {cell ? (
                          <>
                            {cell.stance} <Runs paragraph={cell.cites} onCite={onCite} />
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
  }
}

function FootnoteCard({ note, onClose }: { note: Footnote; onClose: () => void }) {
  return (
    <div className="briefing-quote-card" role="region" aria-label={`Quote ${note.quoteId}`}>
      <p>
        <strong>
          {note.number}. {note.quoteId}
        </strong>{' '}
        “{note.exact}”
      </p>
      <p className="briefing-note">
        {[
          note.speaker,
          note.publisher ?? 'Unknown outlet',
          note.published?.slice(0, 10) ?? 'undated',
        ]
          .filter(Boolean)
          .join(', ')}{' '}
        · {note.title} · {note.pair}
      </p>
      <p className={note.flagged ? 'briefing-flag' : 'briefing-note'}>{note.statusText}</p>
      <button type="button" className="link-button" onClick={onClose}>
        Close quote
      </button>
    </div>
  );
}

/** The briefing as a reader will see it, drawn from the same resolved model every export renders. */
export function BriefingPreview({ doc }: { doc: BriefingDocument }) {
  const [shown, setShown] = useState<number | null>(null);
  const note = doc.footnotes.find((f) => f.number === shown) ?? null;
  return (
    <article className="briefing-preview" aria-label="Briefing preview">
      {doc.handling && <p className="briefing-handling">{doc.handling}</p>}
      <h3 className="briefing-preview-title">{doc.title}</h3>
      <p className="briefing-note">As of {doc.asOf}</p>
      {doc.problems.length > 0 && (
        <ul className="briefing-problems" aria-label="Problems">
          {doc.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {note && <FootnoteCard note={note} onClose={() => setShown(null)} />}
      {doc.bottomLine.length > 0 && (
        <section aria-label="Bottom line">
          <h4>Bottom line</h4>
          {doc.bottomLine.map((p, i) => (
            <p key={i}>
              <Runs paragraph={p} onCite={setShown} />
            </p>
          ))}
        </section>
      )}
      {doc.judgments.length > 0 && (
        <section aria-label="Key judgments">
          <h4>Key judgments</h4>
          <ol>
            {doc.judgments.map((j, i) => (
              <li key={i}>
                <strong>
                  {j.likelihood} ({j.band}):
                </strong>{' '}
                <Runs paragraph={j.paragraph} onCite={setShown} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {doc.sections.map((s, i) => (
        <section key={i} aria-label={s.heading}>
          <h4>{s.heading}</h4>
          <Section section={s} onCite={setShown} />
        </section>
      ))}
      {doc.footnotes.length > 0 && (
        <section aria-label="Notes">
          <h4>Notes</h4>
          <ol className="briefing-footnotes">
            {doc.footnotes.map((f) => (
              <li key={f.number} className={f.flagged ? 'briefing-flag' : undefined}>
                {f.quoteId}: “{f.exact}” — {f.publisher ?? 'Unknown outlet'} ({f.statusText})
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
