import { describe, expect, it } from 'vitest';
import { parseArticleBytes, type ParsedArticle } from './parse-article';

function parse(source: string, name = 'note.md'): ParsedArticle {
  const parsed = parseArticleBytes(Buffer.from(source, 'utf8'), name);
  if ('skip' in parsed) throw new Error(parsed.skip);
  return parsed;
}

describe('markdown articles', () => {
  it('takes metadata from YAML front matter and renders the body as plain text', () => {
    const article = parse(
      [
        '---',
        'title: "Kremlin rules out giving up territory"',
        'outlet: Reuters',
        'author: [Guy Faulconbridge, Andrew Osborn]',
        'date: 2024-11-20',
        'url: https://www.reuters.com/world/europe/x',
        'lang: en-GB',
        '---',
        '# Kremlin rules out giving up territory',
        '',
        'Russia **will not** give up [territory](https://example.org), officials said.',
        '',
        '- no NATO',
        '- a ceasefire line',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      title: 'Kremlin rules out giving up territory',
      outlet: 'Reuters',
      byline: 'Guy Faulconbridge, Andrew Osborn',
      published: '2024-11-20',
      url: 'https://www.reuters.com/world/europe/x',
      lang: 'en',
      format: 'markdown',
      text: 'Russia will not give up territory, officials said.\n\nno NATO\n\na ceasefire line',
      warnings: [],
    });
  });

  it('uses the leading heading as the title when there is no front matter', () => {
    const article = parse('# Talks in Riyadh\n\nDelegations met on Monday.\n', 'talks.markdown');
    expect(article).toMatchObject({
      title: 'Talks in Riyadh',
      text: 'Delegations met on Monday.',
      outlet: null,
    });
  });

  it('never evaluates JavaScript front matter', () => {
    const globals = globalThis as { parleyPwned?: boolean };
    const article = parse(
      '---js\n{ title: (globalThis.parleyPwned = true, "x") }\n---\n# Safe title\n\nBody.',
    );
    expect(globals.parleyPwned).toBeUndefined();
    expect(article.title).toBe('Safe title');
    expect(article.warnings).toEqual(['front matter in "js" ignored']);
    expect(article.text).toBe('Body.');
  });

  it('reports broken front matter instead of failing', () => {
    const article = parse('---\ntitle: [unclosed\n---\n# Heading\n\nBody.');
    expect(article.title).toBe('Heading');
    expect(article.warnings[0]).toMatch(/^front matter could not be read/);
  });

  it('drops raw HTML scripts embedded in markdown', () => {
    const article = parse(
      '# T\n\nBefore.\n\n<script>stealSecrets()</script>\n\n<p onclick="x()">After.</p>',
    );
    expect(article.text).toBe('Before.\n\nAfter.');
  });
});
