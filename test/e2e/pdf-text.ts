import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One printed page: its text in reading order, its height, and how far down its text reaches. */
export interface PdfPage {
  text: string;
  /** The page's height in PDF points. */
  height: number;
  /** The distance from the page's top to the baseline of its lowest line of text, in points. */
  lowestText: number;
}

/** Every page of a PDF, as text, read with pdf.js (the text a reader could select). */
export async function pdfPages(data: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: data.slice(), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    let text = '';
    let lowest = height;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim()) lowest = Math.min(lowest, item.transform[5] as number);
    }
    pages.push({ text, height, lowestText: height - lowest });
  }
  await doc.destroy();
  return pages;
}

/** Render the first `count` pages of a PDF to PNG files (`<prefix>-<n>.png`) for people to look at. */
export async function renderPdfPages(data: Uint8Array, prefix: string, count = 3): Promise<void> {
  const doc = await getDocument({ data: data.slice(), verbosity: 0 }).promise;
  for (let n = 1; n <= Math.min(count, doc.numPages); n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1.3 });
    const factory = doc.canvasFactory as {
      create(
        w: number,
        h: number,
      ): { canvas: { toBuffer(type: string): Buffer }; context: unknown };
    };
    const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({
      canvasContext: target.context as CanvasRenderingContext2D,
      canvas: null,
      viewport,
    }).promise;
    writeFileSync(`${prefix}-${n}.png`, target.canvas.toBuffer('image/png'));
  }
  await doc.destroy();
}
