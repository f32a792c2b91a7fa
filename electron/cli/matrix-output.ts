import { flagLabels, stanceLabels, type MatrixView } from '../../shared/matrix';

/** The matrix for a terminal: parties, issues with their propositions, then every cell. */
export function matrixText(view: MatrixView): string {
  const party = new Map(view.parties.map((p) => [p.id, p.name]));
  const issue = new Map(view.issues.map((i) => [i.id, i.name]));
  const lines = [
    view.asOf ? `As of ${view.asOf}` : 'As it stands now',
    `Parties: ${view.parties.map((p) => p.name).join(', ')}`,
    'Issues:',
    ...view.issues.map((i) => `  ${i.name}${i.proposition ? ` — ${i.proposition}` : ''}`),
    '',
  ];
  for (const cell of view.cells) {
    const head = `${party.get(cell.party) ?? cell.party} × ${issue.get(cell.issue) ?? cell.issue}: ${stanceLabels[cell.stance]}`;
    const when = cell.asOf ? ` (as of ${cell.asOf})` : '';
    const origins =
      cell.evidence.length > 0 ? ` · ${cell.origins} origin${cell.origins === 1 ? '' : 's'}` : '';
    lines.push(`${head}${when}${origins}`);
    if (cell.summary) lines.push(`  ${cell.summary}`);
    if (cell.evidence.length > 0)
      lines.push(
        `  evidence: ${cell.evidence.map((e) => `${e.quoteId} ${e.relation}`).join(', ')}`,
      );
    if (cell.flags.length > 0)
      lines.push(`  flags: ${cell.flags.map((f) => flagLabels[f]).join(', ')}`);
  }
  return lines.join('\n');
}
