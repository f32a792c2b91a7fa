export { walkFolder, defaultMaxFileBytes } from './walk';
export { isHiddenName, whyNotAnArticle } from './article-candidate';
export type { WalkOptions, FoundFile, WalkEntry } from './walk';
export { readArticle, readArticleSync, folderKey, articleId } from './read-article';
export type { ReadOutcome } from './read-article';
export { parseArticleBytes, articleExtensions, formatOf } from './parse-article';
export type { ParsedArticle } from './parse-article';
export { readSidecar, sidecarNames } from './sidecar';
export type { Sidecar, SidecarMeta } from './sidecar';
