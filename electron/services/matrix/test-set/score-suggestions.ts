/** How well the suggestions of one cell did: each shown passage judged, and the cell's gold. */
export type CellRun = {
  cell: string;
  /** Relevance of each suggestion as shown, best first (what the drawer lists). */
  shown: readonly boolean[];
  /** Gold passages of the cell, and how many of them are among the shown. */
  gold: number;
  goldFound: number;
};

export type SuggestionScores = {
  /** Cells with at least one gold passage: precision and recall are measured on these. */
  cells: number;
  /** Suggestions in the top 5 of those cells, and how many were relevant. */
  shownAt5: number;
  relevantAt5: number;
  precisionAt5: number;
  gold: number;
  goldFound: number;
  recall: number;
  /** Suggestions in the top 5 of cells with no gold at all: noise the analyst reads past. */
  noiseAt5: number;
};

/** Micro-averaged precision@5 and recall (of gold within what is shown) over the cells. */
export function scoreRuns(runs: readonly CellRun[], k = 5): SuggestionScores {
  const judged = runs.filter((r) => r.gold > 0);
  const top = judged.flatMap((r) => r.shown.slice(0, k));
  const shownAt5 = top.length;
  const relevantAt5 = top.filter(Boolean).length;
  const gold = judged.reduce((n, r) => n + r.gold, 0);
  const goldFound = judged.reduce((n, r) => n + r.goldFound, 0);
  return {
    cells: judged.length,
    shownAt5,
    relevantAt5,
    precisionAt5: shownAt5 === 0 ? 0 : relevantAt5 / shownAt5,
    gold,
    goldFound,
    recall: gold === 0 ? 0 : goldFound / gold,
    noiseAt5: runs.filter((r) => r.gold === 0).reduce((n, r) => n + Math.min(k, r.shown.length), 0),
  };
}

/** "precision@5 15/30 = 0.500, recall 9/40 = 0.225 (6 cells; 12 shown in cells without gold)". */
export function describeScores(name: string, s: SuggestionScores): string {
  return (
    `${name}: precision@5 ${s.relevantAt5}/${s.shownAt5} = ${s.precisionAt5.toFixed(3)}, ` +
    `recall ${s.goldFound}/${s.gold} = ${s.recall.toFixed(3)} ` +
    `(${s.cells} cells with gold; ${s.noiseAt5} shown in the top 5 of cells without)`
  );
}
