import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The FT relay from the sample corpus, as its normalised text. */
export const ftText = readFileSync(join(root, 'seeds', '000_428af1576f6ea280.txt'), 'utf8');

export { makeArticle } from '../../../shared/testing/article-fixtures';
