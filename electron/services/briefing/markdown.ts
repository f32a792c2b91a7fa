import type { BriefingDocument, DocumentSection, Paragraph } from '../../../shared/briefing';
import {
  followsCite,
  footnoteDetails,
  oneLine,
  propositionsText,
  sourcePlain,
  unknownCiteText,
} from './citation-text';

/** Backslash-escapes what Markdown would read as markup, so analyst and article text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, '\\$&').replace(/^([+\-=]|\d+[.)])/, '\\$1');
}

const inline = (p: Paragraph): string =>
  p
    .map((run, i) =>
      run.kind === 'text'
        ? escapeMarkdown(run.text)
        : run.kind === 'cite'
          ? `${followsCite(p, i) ? ',' : ''}[^${run.footnote}]`
          : unknownCiteText(run.quoteId),
    )
    .join('');

const cell = (text: string): string => oneLine(text) || ' ';

function section(s: DocumentSection): string[] {
  const out = [`## ${escapeMarkdown(s.heading)}`, ''];
  switch (s.kind) {
    case 'matrix': {
      if (!s.table) return [...out, escapeMarkdown(s.note ?? ''), ''];
      if (s.table.asOf) out.push(`As of ${s.table.asOf}.`, '');
      out.push(
        `| Party | ${s.table.issues.map((i) => escapeMarkdown(cell(i.name))).join(' | ')} |`,
        `| --- | ${s.table.issues.map(() => '---').join(' | ')} |`,
      );
      s.table.rows.forEach((row, p) => {
        const cells = row.map((c) =>
          c ? `${escapeMarkdown(cell(c.stance))}${inline(c.cites)}` : '—',
        );
        out.push(`| ${escapeMarkdown(cell(s.table?.parties[p] ?? ''))} | ${cells.join(' | ')} |`);
      });
      const key = propositionsText(s.table.issues);
      return [...out, '', ...(key ? [escapeMarkdown(key), ''] : [])];
    }
    case 'key-quotes':
      if (s.note) out.push(escapeMarkdown(s.note), '');
      for (const q of s.quotes) {
        out.push(
          `> “${escapeMarkdown(oneLine(q.exact))}”${inline(q.cite)}`,
          `> — ${escapeMarkdown(q.attribution)}`,
          '',
        );
      }
      return out;
    case 'origins':
      if (s.note) out.push(escapeMarkdown(s.note), '');
      if (s.summary) out.push(`**${s.summary}**`, '');
      for (const g of s.groups) {
        out.push(
          `### ${escapeMarkdown(g.heading)}`,
          '',
          ...g.members.map((m) => `- ${escapeMarkdown(m)}`),
          '',
        );
      }
      return out;
    case 'outlets':
      if (s.note) return [...out, escapeMarkdown(s.note), ''];
      out.push('| Outlet | Grade | Kind | Articles |', '| --- | --- | --- | --- |');
      for (const r of s.rows) {
        const grade = r.grade
          ? `${r.grade}${r.gradeLabel ? ` (${r.gradeLabel})` : ''}`
          : 'ungraded';
        out.push(
          `| ${[r.name, grade, r.kind].map((t) => escapeMarkdown(cell(t))).join(' | ')} | ${r.articles} |`,
        );
      }
      return [...out, ''];
    case 'text':
      return [...out, ...s.paragraphs.flatMap((p) => [inline(p), ''])];
  }
}

/** The briefing as Markdown with footnote citations (`[^1]`) and a sources appendix. */
export function briefingToMarkdown(doc: BriefingDocument): string {
  const out: string[] = [];
  if (doc.handling) out.push(`**${escapeMarkdown(doc.handling)}**`, '');
  out.push(`# ${escapeMarkdown(doc.title)}`, '', `As of ${doc.asOf}`, '');
  if (doc.bottomLine.length > 0) {
    out.push('## Bottom line', '', ...doc.bottomLine.flatMap((p) => [inline(p), '']));
  }
  if (doc.judgments.length > 0) {
    out.push('## Key judgments', '');
    doc.judgments.forEach((j, i) =>
      out.push(`${i + 1}. **${j.likelihood}** (${j.band}): ${inline(j.paragraph)}`),
    );
    out.push('');
  }
  for (const s of doc.sections) out.push(...section(s));
  if (doc.sources.length > 0) {
    out.push(
      '## Sources',
      '',
      ...doc.sources.map((s) => `- ${escapeMarkdown(sourcePlain(s))}`),
      '',
    );
  }
  if (doc.problems.length > 0) {
    out.push('## Problems', '', ...doc.problems.map((p) => `- ${escapeMarkdown(p)}`), '');
  }
  for (const f of doc.footnotes) {
    const flag = f.flagged ? '**' + escapeMarkdown(f.statusText.split(' — ')[0] ?? '') + '** ' : '';
    out.push(
      `[^${f.number}]: ${flag}“${escapeMarkdown(oneLine(f.exact))}” — ${footnoteDetails(f).map(escapeMarkdown).join('; ')}`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
