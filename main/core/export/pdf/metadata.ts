import { PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';
import type { ReportMeta } from '../../../../shared/model';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XMP carrying the same facts as the Info dictionary, plus the PDF/UA-1 identification. */
function xmp(meta: ReportMeta, subject: string, keywords: string, created: Date): string {
  const date = created.toISOString();
  const authors = meta.authors.map((a) => `<rdf:li>${escapeXml(a)}</rdf:li>`).join('');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(subject)}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq>${authors}</rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>${meta.language}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${escapeXml(keywords)}</pdf:Keywords>
<pdf:Producer>Casebook</pdf:Producer>
<xmp:CreatorTool>Casebook</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Title (shown in the window title bar), author, subject, keywords, language and dates. */
export function writeMetadata(pdf: PDFDocument, meta: ReportMeta, created = new Date()): void {
  const subject = meta.subtitle || meta.reportType;
  const keywords = [meta.reportType, meta.referenceNumber, 'patient safety', 'learning report'].filter(Boolean);
  pdf.setTitle(meta.title || 'Untitled report', { showInWindowTitleBar: true });
  pdf.setAuthor(meta.authors.join(', '));
  pdf.setSubject(subject);
  // pdf-lib joins keywords with spaces; commas keep multi-word keywords apart.
  pdf.setKeywords([keywords.join(', ')]);
  pdf.setLanguage(meta.language);
  pdf.setCreator('Casebook');
  pdf.setProducer('Casebook (pdf-lib)');
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  const bytes = Buffer.from(xmp(meta, subject, keywords.join(', '), created), 'utf8');
  const stream = PDFRawStream.of(pdf.context.obj({ Type: 'Metadata', Subtype: 'XML', Length: bytes.length }), bytes);
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
