export { createMatrixHandlers } from './handlers';
export { matrixAs, matrixJson, matrixTable, matrixToCsv } from './export';
export { createMatrixReader } from './matrix';
export { isAnonymousPassage, originIndex, type SourcingOf } from './sourcing';
