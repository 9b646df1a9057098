/**
 * A minimal PDF 1.4 writer: one A4 page of text lines in STSong-Light, one of the standard
 * Chinese fonts every PDF reader provides (Adobe-GB1 character collection), so Chinese text
 * needs no embedded font file. Text is written through the UniGB-UCS2-H CMap as UTF-16 code
 * units; Latin letters and digits use the font's half-width glyphs. A character outside the
 * Basic Multilingual Plane is written as "?".
 */
export function textPdf(lines: readonly { text: string; size?: number; gap?: number }[]): Buffer {
  const hex = (s: string) => {
    let out = '';
    for (const ch of s) {
      const code = ch.codePointAt(0) ?? 0x3f;
      const unit = code > 0xffff || code < 0x20 ? 0x3f : code;
      out += unit.toString(16).padStart(4, '0').toUpperCase();
    }
    return `<${out}>`;
  };
  let y = 800;
  const ops: string[] = ['BT'];
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= line.gap ?? size + 8;
    ops.push(`/F1 ${size} Tf`, `1 0 0 1 56 ${y} Tm`, `${hex(line.text)} Tj`);
  }
  ops.push('ET');
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 857 /Descent -143 /CapHeight 857 /StemV 91 >>',
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The hex string `textPdf` writes for a text (for checking a PDF's content). */
export const pdfText = (s: string): string => `<${[...s].map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0').toUpperCase()).join('')}>`;
