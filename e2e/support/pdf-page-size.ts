/**
 * The size of a PDF's first page, in points (1/72 inch), read from its /MediaBox. Enough of PDF
 * for Chromium's page.pdf(): uncompressed page objects and a trailer (or xref stream) naming
 * /Root. The first page is found through the page tree (/Root → /Pages → /Kids), not by the
 * order of the objects in the file, and a /MediaBox inherited from a /Pages node counts.
 */
export type PageSize = { width: number; height: number };

export function firstPageSize(pdf: Buffer | Uint8Array): PageSize {
  const text = Buffer.from(pdf).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('Not a PDF: it does not start with %PDF-');
  const objects = objectsOf(text);
  const rootRef = /\/Root\s+(\d+)\s+\d+\s+R/.exec(text)?.[1];
  if (rootRef === undefined) throw new Error('The PDF names no /Root catalog');
  const pagesRef = refOf(dictionary(objects, rootRef), 'Pages');
  let node = dictionary(objects, pagesRef);
  const chain = [node];
  while (/\/Type\s*\/Pages\b/.test(node)) {
    const firstKid = /\/Kids\s*\[\s*(\d+)\s+\d+\s+R/.exec(node)?.[1];
    if (firstKid === undefined) throw new Error('A /Pages node of the PDF has no /Kids');
    node = dictionary(objects, firstKid);
    chain.push(node);
  }
  // The page's own /MediaBox, else the nearest ancestor's.
  for (const dict of chain.reverse()) {
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(dict);
    if (box) {
      const [x0, y0, x1, y1] = box.slice(1, 5).map(Number);
      if ([x0, y0, x1, y1].some((n) => n === undefined || !Number.isFinite(n))) break;
      return { width: Math.abs((x1 ?? 0) - (x0 ?? 0)), height: Math.abs((y1 ?? 0) - (y0 ?? 0)) };
    }
  }
  throw new Error('The first page of the PDF has no readable /MediaBox');
}

/** Points to millimetres: 72 points to the inch, 25.4 mm to the inch. */
export function pointsToMm(points: number): number {
  return (points * 25.4) / 72;
}

function objectsOf(text: string): Map<string, string> {
  const objects = new Map<string, string>();
  for (const match of text.matchAll(/(?:^|[\r\n\s])(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj\b/g)) {
    const [, number, body] = match;
    if (number !== undefined && body !== undefined) objects.set(number, body);
  }
  return objects;
}

function dictionary(objects: Map<string, string>, number: string): string {
  const body = objects.get(number);
  if (body === undefined) throw new Error(`The PDF has no readable object ${number}`);
  return body;
}

function refOf(dict: string, key: string): string {
  const ref = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict)?.[1];
  if (ref === undefined) throw new Error(`A PDF dictionary lacks /${key}`);
  return ref;
}
