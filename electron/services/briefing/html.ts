import type { BriefingDocument, DocumentSection, Paragraph } from '../../../shared/briefing';
import {
  beforeMark,
  followsCite,
  footnoteDetails,
  oneLine,
  propositionsText,
  sourcePlain,
  unknownCiteText,
} from './citation-text';

/** Escapes text for HTML content and attribute values: nothing in it can open a tag or end a quote. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** No remote load, no script, no form, no frame: the file only styles itself. */
export const briefingCsp = "default-src 'none'; style-src 'unsafe-inline'";

const css = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #111; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
.handling { font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; color: #a00; }
.as-of { color: #555; margin-top: 0; }
.likelihood { font-weight: bold; }
blockquote { margin: 0.8rem 0; padding-left: 1rem; border-left: 3px solid #999; }
blockquote footer { color: #444; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
sup a { text-decoration: none; }
.unknown, .flag { color: #a00; font-weight: bold; }
.key { color: #444; font-size: 0.85rem; }
.notes li, .sources li { font-size: 0.85rem; margin-bottom: 0.4rem; overflow-wrap: anywhere; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  blockquote, tr, li { break-inside: avoid; }
  a { color: inherit; }
  @page { margin: 2cm; }
}
`;

const inline = (p: Paragraph): string =>
  p
    .map((run, i) =>
      run.kind === 'text'
        ? escapeHtml(beforeMark(p, i, run.text))
        : run.kind === 'cite'
          ? `${followsCite(p, i) ? '<sup>,</sup>' : ''}<sup><a href="#fn${run.footnote}">${run.footnote}</a></sup>`
          : `<span class="unknown">${escapeHtml(unknownCiteText(run.quoteId))}</span>`,
    )
    .join('');

function section(s: DocumentSection): string {
  const heading = `<h2>${escapeHtml(s.heading)}</h2>`;
  const note = 'note' in s && s.note ? `<p>${escapeHtml(s.note)}</p>` : '';
  switch (s.kind) {
    case 'matrix': {
      if (!s.table) return `<section>${heading}${note}</section>`;
      const t = s.table;
      const head = `<tr><th>Party</th>${t.issues.map((i) => `<th${i.proposition ? ` title="${escapeHtml(i.proposition)}"` : ''}>${escapeHtml(i.name)}</th>`).join('')}</tr>`;
      const rows = t.rows
        .map(
          (row, p) =>
            `<tr><th>${escapeHtml(t.parties[p] ?? '')}</th>${row.map((c) => `<td>${c ? `${escapeHtml(c.stance)}${inline(c.cites)}${c.summary ? `<br>${escapeHtml(c.summary)}` : ''}` : '—'}</td>`).join('')}</tr>`,
        )
        .join('\n');
      const asOf = t.asOf ? `<p>As of ${escapeHtml(t.asOf)}.</p>` : '';
      const key = propositionsText(t.issues);
      return `<section>${heading}${asOf}<table>${head}\n${rows}</table>${key ? `<p class="key">${escapeHtml(key)}</p>` : ''}</section>`;
    }
    case 'key-quotes':
      return `<section>${heading}${note}${s.quotes.map((q) => `<blockquote><p>“${escapeHtml(oneLine(q.exact))}”${inline(q.cite)}</p><footer>— ${escapeHtml(q.attribution)}</footer></blockquote>`).join('\n')}</section>`;
    case 'origins':
      return `<section>${heading}${note}${s.summary ? `<p><strong>${escapeHtml(s.summary)}</strong></p>` : ''}${s.groups.map((g) => `<h3>${escapeHtml(g.heading)}</h3><ul>${g.members.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`).join('\n')}</section>`;
    case 'outlets':
      if (s.note) return `<section>${heading}${note}</section>`;
      return `<section>${heading}<table><tr><th>Outlet</th><th>Grade</th><th>Kind</th><th>Articles</th></tr>${s.rows.map((r) => `<tr><td>${escapeHtml(r.name)}</td><td>${r.grade ? escapeHtml(`${r.grade}${r.gradeLabel ? ` (${r.gradeLabel})` : ''}`) : 'ungraded'}</td><td>${escapeHtml(r.kind)}</td><td>${r.articles}</td></tr>`).join('\n')}</table></section>`;
    case 'text':
      return `<section>${heading}${s.paragraphs.map((p) => `<p>${inline(p)}</p>`).join('\n')}</section>`;
  }
}

/** The briefing as one self-contained HTML file: inline CSS, a strict CSP, no script, every text escaped. */
export function briefingToHtml(doc: BriefingDocument): string {
  const body: string[] = [];
  if (doc.handling) body.push(`<p class="handling">${escapeHtml(doc.handling)}</p>`);
  body.push(
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="as-of">As of ${escapeHtml(doc.asOf)}</p>`,
  );
  if (doc.bottomLine.length > 0)
    body.push(
      `<section><h2>Bottom line</h2>${doc.bottomLine.map((p) => `<p>${inline(p)}</p>`).join('')}</section>`,
    );
  if (doc.judgments.length > 0)
    body.push(
      `<section><h2>Key judgments</h2><ol>${doc.judgments.map((j) => `<li><span class="likelihood">${escapeHtml(j.likelihood)}</span> (${escapeHtml(j.band)}): ${inline(j.paragraph)}</li>`).join('')}</ol></section>`,
    );
  body.push(...doc.sections.map(section));
  if (doc.sources.length > 0)
    body.push(
      `<section class="sources"><h2>Sources</h2><ul>${doc.sources.map((s) => `<li>${escapeHtml(sourcePlain(s))}</li>`).join('\n')}</ul></section>`,
    );
  if (doc.problems.length > 0)
    body.push(
      `<section><h2>Problems</h2><ul>${doc.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></section>`,
    );
  if (doc.footnotes.length > 0)
    body.push(
      `<section class="notes"><h2>Notes</h2><ol>${doc.footnotes.map((f) => `<li id="fn${f.number}">${f.flagged ? `<span class="flag">${escapeHtml(f.statusText.split(' — ')[0] ?? '')}</span> ` : ''}“${escapeHtml(oneLine(f.exact))}” — ${escapeHtml(footnoteDetails(f).join('; '))}</li>`).join('\n')}</ol></section>`,
    );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${briefingCsp}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(doc.title)}</title>
<style>${css}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
