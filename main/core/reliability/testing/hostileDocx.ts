import { buildZip, type ZipEntry } from '../../import/fixtures/buildZip';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
].join(' ');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

export const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A DrawingML picture whose image is embedded (r:embed) or linked (r:link) through a relationship. */
export const picture = (attribute: 'r:embed' | 'r:link', relId: string) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture" descr="A picture"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip ${attribute}="${relId}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** An old-style VML picture, which Word still reads. */
export const vmlPicture = (relId: string) => `<w:p><w:r><w:pict><v:shape style="width:10pt;height:10pt"><v:imagedata r:id="${relId}" o:title="linked"/></v:shape></w:pict></w:r></w:p>`;

export interface HostileDocx {
  /** Inserted before <w:document> (a DOCTYPE with entities). */
  prolog?: string;
  body: string;
  /** Extra relationships of word/document.xml. */
  rels?: string;
  extra?: ZipEntry[];
}

/** A minimal Word package written by hand, so each part can carry exactly the hostile thing under test. */
export function hostileDocx({ prolog = '', body, rels = '', extra = [] }: HostileDocx): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${NS}><w:body>${body}</w:body></w:document>`;
  const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', data: Buffer.from(document) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(documentRels) },
    ...extra,
  ]);
}

export const externalImageRel = (id: string, target: string) => `<Relationship Id="${id}" Type="${IMAGE_REL}" Target="${target}" TargetMode="External"/>`;
export const embeddedImageRel = (id: string, target: string) => `<Relationship Id="${id}" Type="${IMAGE_REL}" Target="${target}"/>`;
