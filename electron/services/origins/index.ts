export { analyseOrigins } from './analyse';
export type { OriginInput } from './article-facts';
export { originsOfFolder } from './folder';
export { createAliasTable, defaultAliases } from './aliases';
export type { AliasTable, OutletAlias } from './aliases';
