/**
 * The text of a PDF as Chromium writes it (`page.pdf()`), page by page: enough to check what was printed, without a
 * PDF library. Reads every object, inflates Flate streams, maps each font's glyph codes through its ToUnicode CMap,
 * and collects the strings that `Tj`/`TJ` show in each page's content (and in the forms it draws).
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + 'stream'.length + (text[start + streamAt + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return objects;
}

/** Glyph code (hex, as written in the content) → text, from a ToUnicode CMap. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code!.toUpperCase(), utf16(unicode!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, first] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let code = parseInt(lo!, 16), i = 0; code <= parseInt(hi!, 16); code++, i++) {
        map.set(code.toString(16).toUpperCase().padStart(lo!.length, '0'), String.fromCharCode(parseInt(first!, 16) + i));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? NaN);

/** Named resources of a kind (`Font`, `XObject`) in a page or form dictionary (inline or by reference). */
function resources(dict: string, kind: string, objects: Map<number, PdfObject>): Map<string, number> {
  const resourceRef = ref(dict, 'Resources');
  const source = Number.isNaN(resourceRef) ? dict : (objects.get(resourceRef)?.dict ?? '');
  const inner = new RegExp(`/${kind}\\s*<<([^>]*)>>`).exec(source)?.[1] ?? '';
  return new Map([...inner.matchAll(/\/(\S+?) (\d+) 0 R/g)].map(([, name, id]) => [name!, Number(id)]));
}

/** The text shown on each page, in content order (strings joined by spaces). */
export function pdfPagesText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const fontCMap = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const toUnicode = objects.get(ref(objects.get(fontId)?.dict ?? '', 'ToUnicode'));
      cmaps.set(fontId, readCMap(toUnicode?.stream?.toString('latin1') ?? ''));
    }
    return cmaps.get(fontId)!;
  };
  const showText = (dict: string, content: string, depth = 0): string[] => {
    const fonts = resources(dict, 'Font', objects);
    const forms = resources(dict, 'XObject', objects);
    const out: string[] = [];
    let cmap = new Map<string, string>();
    for (const [, font, hex, array, xobject] of content.matchAll(/\/(\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\/(\S+) Do/g)) {
      if (font) cmap = fontCMap(fonts.get(font) ?? NaN);
      const decode = (codes: string) => (codes.match(new RegExp(`.{1,${[...cmap.keys()][0]?.length ?? 4}}`, 'g')) ?? []).map((code) => cmap.get(code.toUpperCase()) ?? '').join('');
      if (hex !== undefined) out.push(decode(hex));
      if (array !== undefined) out.push([...array.matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, codes]) => decode(codes!)).join(''));
      const form = xobject ? objects.get(forms.get(xobject) ?? NaN) : undefined;
      if (form?.stream && /\/Subtype\s*\/Form/.test(form.dict) && depth < 8) out.push(...showText(form.dict, form.stream.toString('latin1'), depth + 1));
    }
    return out;
  };
  return [...objects.values()]
    .filter((object) => /\/Type\s*\/Page\b/.test(object.dict))
    .map((page) => {
      const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
      const streams = [...contents.matchAll(/(\d+) 0 R/g)].map(([, id]) => objects.get(Number(id))?.stream?.toString('latin1') ?? '');
      return showText(page.dict, streams.join('\n')).join(' ');
    });
}
