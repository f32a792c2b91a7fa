import type { ComponentType } from 'react';
import { MatrixPane } from '../../features/matrix/matrix-pane';
import { BriefingPane } from '../../features/briefing/briefing-pane';
import { OriginsPane } from '../../features/origins/origins-pane';
import { OutletsPane } from '../../features/outlets/outlets-pane';
import { QuotesPanel } from '../../features/quotes/quotes-panel';

/** A pane that lives in the side region beside the reader, one tab each. */
export type PaneDefinition = {
  /** Stable id, kept in the ui slice as the active pane. */
  id: string;
  /** The tab's name; also the accessible name of its tab panel. */
  title: string;
  /** The digit of its Alt+digit shortcut. */
  shortcut: string;
  component: ComponentType;
  /** A pane that needs more room than a list (the matrix's grid): the reader gives up some width. */
  wide?: boolean;
};

/**
 * Every side pane, in tab order. Origins, outlets, matrix and briefing register here as they
 * arrive: one entry each, no change to the layout.
 */
export const sidePanes: readonly PaneDefinition[] = [
  { id: 'quotes', title: 'Quotes', shortcut: '1', component: QuotesPanel },
  { id: 'origins', title: 'Origins', shortcut: '2', component: OriginsPane },
  { id: 'outlets', title: 'Outlets', shortcut: '3', component: OutletsPane },
  { id: 'matrix', title: 'Matrix', shortcut: '4', component: MatrixPane, wide: true },
  { id: 'briefing', title: 'Briefing', shortcut: '5', component: BriefingPane },
];
