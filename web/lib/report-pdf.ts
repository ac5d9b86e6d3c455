/**
 * The physio report as an A4 PDF (pdf-lib, Helvetica): the same sections as the printable page,
 * in the order a clinician reads a referral letter, wrapped to the page and continued on a
 * second page when needed. Text outside the font's WinAnsi set is replaced, never dropped.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { ReportSection } from './report-sections.js';

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 48;
const TEAL = rgb(0.12, 0.37, 0.36);

/** Characters Helvetica's WinAnsi encoding lacks, in ASCII. */
export function winAnsi(text: string): string {
  return text
    .replace(/[→⇒]/g, '->')
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[−]/g, '-')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, '?');
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage([A4.width, A4.height]);
      this.y = A4.height - MARGIN;
    }
  }

  /** Lines of `text` no wider than `width` at `size`. */
  wrap(text: string, size: number, width: number, font: PDFFont = this.font): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of winAnsi(text).split(/\s+/)) {
      const next = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(next, size) > width && line !== '') {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    return line === '' ? lines : [...lines, line];
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; colour?: typeof TEAL } = {},
  ): void {
    const size = options.size ?? 9.5;
    const font = options.bold === true ? this.bold : this.font;
    const x = MARGIN + (options.indent ?? 0);
    for (const line of this.wrap(text, size, A4.width - MARGIN - x, font)) {
      this.room(size * 1.35);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: options.colour ?? rgb(0, 0, 0) });
      this.y -= size * 1.35;
    }
  }

  /** A row of cells at fixed column widths (fractions of the line); the tallest cell sets the height. */
  row(cells: readonly string[], widths: readonly number[], bold = false): void {
    const size = 8.5;
    const full = A4.width - 2 * MARGIN;
    const font = bold ? this.bold : this.font;
    const wrapped = cells.map((cell, index) =>
      this.wrap(cell, size, full * (widths[index] ?? 0.2) - 6, font),
    );
    const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * size * 1.3 + 3;
    this.room(height);
    let x = MARGIN;
    wrapped.forEach((lines, index) => {
      lines.forEach((line, lineIndex) => {
        this.page.drawText(line, { x, y: this.y - size - lineIndex * size * 1.3, size, font });
      });
      x += full * (widths[index] ?? 0.2);
    });
    this.y -= height;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 1 },
      end: { x: A4.width - MARGIN, y: this.y + 1 },
      thickness: 0.3,
      color: rgb(0.75, 0.75, 0.75),
    });
  }

  gap(points: number): void {
    this.y -= points;
  }
}

/** The report's sections as PDF bytes. */
export async function reportPdf(
  title: string,
  subtitle: string,
  sections: readonly ReportSection[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Kneeline');
  const writer = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  writer.text(title, { size: 16, bold: true, colour: TEAL });
  writer.text(subtitle, { size: 9 });
  for (const section of sections) {
    writer.gap(8);
    writer.text(section.title, { size: 11.5, bold: true, colour: TEAL });
    for (const line of section.lines) {
      writer.text(line, { indent: 0 });
    }
    if (section.table !== undefined && section.table.rows.length > 0) {
      writer.row(section.table.head, section.table.widths, true);
      for (const cells of section.table.rows) {
        writer.row(cells, section.table.widths);
      }
    }
  }
  return doc.save();
}
