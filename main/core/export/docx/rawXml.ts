import { FileChild, type IContext } from 'docx';

/** docx's object form of an element, as its Formatter hands it to the XML writer: `{ 'w:p': [children…] }`. */
export type Xml = Record<string, unknown>;

/** The attributes of an element in that form. */
export const attrs = (values: Record<string, string | number>) => ({ _attr: values });

/**
 * A block written straight as docx's object form of its XML, made when the
 * document is written. docx builds a dozen objects per element and walks them
 * again to write them; the commonest blocks (plain paragraphs, tables and boxes)
 * write the same XML without them.
 */
export class RawBlock extends FileChild {
  constructor(
    tag: string,
    private readonly write: (context: IContext) => Xml,
  ) {
    super(tag);
  }

  override prepForXml(context: IContext): Xml {
    return this.write(context);
  }
}
