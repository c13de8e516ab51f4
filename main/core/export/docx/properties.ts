import type { ReportDocument } from '../reportDocument';
import { xmlText } from './xmlText';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clean = (s: string) => escape(xmlText(s));

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
}

/** The report's metadata as document properties: what File → Info and search indexes show. */
export function coreProperties(report: ReportDocument): CoreProperties {
  const { meta, findings } = report;
  const themes = new Set<string>();
  for (const f of findings.values()) f.themes.forEach((t) => themes.add(t));
  return {
    title: meta.title,
    subject: meta.subtitle || meta.reportType,
    creator: meta.authors.join('; '),
    keywords: [meta.reportType, meta.referenceNumber, ...themes].filter(Boolean).join(', '),
    description: [meta.reportType, meta.referenceNumber].filter(Boolean).join(' '),
  };
}

/**
 * docProps/core.xml written here rather than by docx, which has no option for the
 * language (dc:language); Word's own order of elements is kept.
 */
export function corePropertiesXml(props: CoreProperties, now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${clean(props.title)}</dc:title>` +
    `<dc:subject>${clean(props.subject)}</dc:subject>` +
    `<dc:creator>${clean(props.creator)}</dc:creator>` +
    `<cp:keywords>${clean(props.keywords)}</cp:keywords>` +
    `<dc:description>${clean(props.description)}</dc:description>` +
    '<cp:lastModifiedBy>Casebook</cp:lastModifiedBy>' +
    '<dc:language>en-GB</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
