import PDFDocument from 'pdfkit';
import type { BriefingDocument, DocumentSection, Paragraph } from '../../../shared/briefing';
import {
  footnoteDetails,
  oneLine,
  propositionsText,
  sourcePlain,
  unknownCiteText,
} from './citation-text';
import { briefingFonts } from './fonts';

type Pdf = PDFKit.PDFDocument;

const size = { body: 10, small: 8.5, h1: 20, h2: 14, h3: 11.5 };
const red = '#aa0000';
const black = '#111111';

/** Writes analyst runs as one flowing paragraph; a citation is a linked `[n]` that jumps to its note. */
function paragraph(pdf: Pdf, p: Paragraph, options: PDFKit.Mixins.TextOptions = {}): void {
  const parts = p.length > 0 ? p : [{ kind: 'text' as const, text: '' }];
  parts.forEach((run, i) => {
    const continued = i < parts.length - 1;
    if (run.kind === 'text') {
      pdf
        .font('regular')
        .fillColor(black)
        .text(run.text, { ...options, continued });
    } else if (run.kind === 'cite') {
      pdf
        .font('regular')
        .fillColor('#1a4f8a')
        .text(`[${run.footnote}]`, { ...options, continued, goTo: `fn${run.footnote}` });
    } else {
      pdf
        .font('bold')
        .fillColor(red)
        .text(unknownCiteText(run.quoteId), { ...options, continued });
    }
  });
  pdf.fillColor(black).font('regular');
}

const citeText = (p: Paragraph): string =>
  p
    .map((r) =>
      r.kind === 'cite'
        ? `[${r.footnote}]`
        : r.kind === 'unknown-cite'
          ? unknownCiteText(r.quoteId)
          : r.text,
    )
    .join('');

function heading(pdf: Pdf, text: string, level: 2 | 3 = 2): void {
  pdf.moveDown(level === 2 ? 1 : 0.6);
  pdf
    .font('bold')
    .fontSize(level === 2 ? size.h2 : size.h3)
    .fillColor(black)
    .text(text);
  if (level === 2) pdf.outline.addItem(text);
  pdf.moveDown(0.3).font('regular').fontSize(size.body);
}

function table(pdf: Pdf, header: string[], rows: string[][]): void {
  pdf.fontSize(size.small);
  pdf.table({
    data: [
      header.map((text) => ({ text, font: { src: 'bold' }, backgroundColor: '#eeeeee' })),
      ...rows,
    ],
    defaultStyle: { padding: 3, border: 0.5, borderColor: '#999999' },
  });
  pdf.fontSize(size.body).moveDown(0.5);
}

function section(pdf: Pdf, s: DocumentSection): void {
  heading(pdf, s.heading);
  if ('note' in s && s.note) pdf.text(s.note).moveDown(0.3);
  switch (s.kind) {
    case 'matrix': {
      const t = s.table;
      if (!t) return;
      if (t.asOf) pdf.text(`As of ${t.asOf}.`).moveDown(0.3);
      table(
        pdf,
        ['Party', ...t.issues.map((i) => i.name)],
        t.rows.map((row, p) => [
          t.parties[p] ?? '',
          ...row.map((c) =>
            c ? `${c.stance}${citeText(c.cites)}${c.summary ? `\n${c.summary}` : ''}` : '—',
          ),
        ]),
      );
      const key = propositionsText(t.issues);
      if (key) pdf.fontSize(size.small).text(key).fontSize(size.body).moveDown(0.3);
      return;
    }
    case 'key-quotes': {
      // Indented as a block: every line of the quote starts inside the left margin.
      const left = pdf.page.margins.left;
      const width = pdf.page.width - left - pdf.page.margins.right - 18;
      for (const q of s.quotes) {
        pdf.x = left + 18;
        paragraph(pdf, [{ kind: 'text', text: `“${oneLine(q.exact)}”` }, ...q.cite], { width });
        pdf.fontSize(size.small).fillColor('#444444').text(`— ${q.attribution}`, { width });
        pdf.fontSize(size.body).fillColor(black).moveDown(0.4);
      }
      pdf.x = left;
      return;
    }
    case 'origins':
      if (s.summary) pdf.font('bold').text(s.summary).font('regular').moveDown(0.3);
      for (const g of s.groups) {
        heading(pdf, g.heading, 3);
        pdf.list(g.members, { bulletRadius: 1.5, textIndent: 10 });
      }
      return;
    case 'outlets':
      if (s.note) return;
      table(
        pdf,
        ['Outlet', 'Grade', 'Kind', 'Articles'],
        s.rows.map((r) => [
          r.name,
          r.grade ? `${r.grade}${r.gradeLabel ? ` (${r.gradeLabel})` : ''}` : 'ungraded',
          r.kind,
          String(r.articles),
        ]),
      );
      return;
    case 'text':
      for (const p of s.paragraphs) {
        paragraph(pdf, p);
        pdf.moveDown(0.4);
      }
  }
}

/** Stamps "Page i of n" at the foot of every page once the layout is done. */
function pageNumbers(pdf: Pdf): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('regular')
      .fontSize(size.small)
      .fillColor('#555555')
      .text(`Page ${i + 1} of ${range.count}`, 0, pdf.page.height - 36, {
        width: pdf.page.width,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}

/**
 * The briefing as a PDF made in plain Node (pdfkit): real text in embedded DejaVu Sans (Cyrillic
 * included), an outline entry per heading, linked citations, notes with full provenance, page numbers.
 */
export function briefingToPdf(doc: BriefingDocument): Promise<Uint8Array> {
  const fonts = briefingFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 60, left: 60, right: 60 },
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Parley' },
    lang: 'en',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  pdf.registerFont('italic', fonts.italic);
  pdf.font('regular').fontSize(size.body);

  if (doc.handling)
    pdf
      .font('bold')
      .fillColor(red)
      .fontSize(size.small)
      .text(doc.handling.toUpperCase())
      .moveDown(0.3);
  pdf.font('bold').fillColor(black).fontSize(size.h1).text(doc.title);
  pdf.outline.addItem(doc.title);
  pdf
    .font('regular')
    .fontSize(size.body)
    .fillColor('#555555')
    .text(`As of ${doc.asOf}`)
    .fillColor(black);
  if (doc.bottomLine.length > 0) {
    heading(pdf, 'Bottom line');
    for (const p of doc.bottomLine) {
      paragraph(pdf, p);
      pdf.moveDown(0.4);
    }
  }
  if (doc.judgments.length > 0) {
    heading(pdf, 'Key judgments');
    doc.judgments.forEach((j, i) => {
      paragraph(pdf, [
        { kind: 'text', text: `${i + 1}. ${j.likelihood} (${j.band}): ` },
        ...j.paragraph,
      ]);
      pdf.moveDown(0.4);
    });
  }
  for (const s of doc.sections) section(pdf, s);
  if (doc.sources.length > 0) {
    heading(pdf, 'Sources');
    pdf.fontSize(size.small);
    for (const s of doc.sources) pdf.text(sourcePlain(s)).moveDown(0.2);
    pdf.fontSize(size.body);
  }
  if (doc.problems.length > 0) {
    heading(pdf, 'Problems');
    for (const p of doc.problems) pdf.fillColor(red).text(p).moveDown(0.2);
    pdf.fillColor(black);
  }
  if (doc.footnotes.length > 0) {
    heading(pdf, 'Notes');
    pdf.fontSize(size.small);
    for (const f of doc.footnotes) {
      // A note stays on one page: a reader checks the whole provenance at a glance.
      const flag = f.flagged ? `${f.statusText.split(' — ')[0] ?? ''} ` : '';
      const whole = `${f.number}. ${flag}“${oneLine(f.exact)}” — ${footnoteDetails(f).join('; ')}`;
      const room = pdf.page.height - pdf.page.margins.bottom - pdf.y;
      if (pdf.font('bold').heightOfString(whole) > room) pdf.addPage();
      pdf.addNamedDestination(`fn${f.number}`);
      if (f.flagged)
        pdf.font('bold').fillColor(red).text(`${f.number}. ${flag}`, { continued: true });
      else pdf.font('bold').text(`${f.number}. `, { continued: true });
      pdf
        .font('regular')
        .fillColor(black)
        .text(`“${oneLine(f.exact)}” — ${footnoteDetails(f).join('; ')}`)
        .moveDown(0.3);
    }
  }
  pageNumbers(pdf);
  pdf.end();
  return done;
}
