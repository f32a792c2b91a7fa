import { joinParagraphs } from './normalise';

// Elements whose content is never article text (code, embedded objects, form controls, hidden metadata).
const skipped = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'AUDIO',
  'VIDEO',
  'MAP',
  'DIALOG',
]);

const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Plain text of a DOM subtree: block elements become paragraphs separated by blank lines, `<br>` a line break. */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  const visit = (node: Node, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      current += inPre ? data : data.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) return;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (skipped.has(tag)) return;
    if (node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute('hidden')) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = blocks.has(tag);
    if (block) flush();
    const pre = inPre || tag === 'PRE';
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, pre);
    if (tag === 'TD' || tag === 'TH') current += ' ';
    if (block) flush();
  };
  visit(root, false);
  flush();
  return joinParagraphs(paragraphs);
}
