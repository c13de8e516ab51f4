import { xmlText } from './xmlText';
import type { Xml } from './rawXml';

/** The run formatting Casebook writes: the TextRun options it uses. */
export interface RunLook {
  /** Character style. */
  style?: string;
  bold?: boolean;
  italic?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  underline?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  /** Colour (hex, no "#") and size (half-points), over the style's. */
  color?: string;
  size?: number;
}

const PRESERVE = { _attr: { 'xml:space': 'preserve' } };

/** A run of text as docx's TextRun writes it, its properties in the order the schema (CT_RPr) sets. */
export function rawRun(text: string, look: RunLook = {}): Xml {
  const props: Xml[] = [];
  if (look.style) props.push({ 'w:rStyle': { _attr: { 'w:val': look.style } } });
  if (look.bold) props.push({ 'w:b': {} }, { 'w:bCs': {} });
  if (look.italic) props.push({ 'w:i': {} }, { 'w:iCs': {} });
  if (look.smallCaps) props.push({ 'w:smallCaps': {} });
  if (look.strike) props.push({ 'w:strike': {} });
  if (look.color) props.push({ 'w:color': { _attr: { 'w:val': look.color } } });
  if (look.size) props.push({ 'w:sz': { _attr: { 'w:val': look.size } } }, { 'w:szCs': { _attr: { 'w:val': look.size } } });
  if (look.underline) props.push({ 'w:u': { _attr: { 'w:val': 'single' } } });
  if (look.superscript) props.push({ 'w:vertAlign': { _attr: { 'w:val': 'superscript' } } });
  if (look.subscript) props.push({ 'w:vertAlign': { _attr: { 'w:val': 'subscript' } } });
  const t = { 'w:t': [PRESERVE, xmlText(text)] };
  return { 'w:r': props.length ? [{ 'w:rPr': props }, t] : [t] };
}
