import type { Theme } from '../layout/theme';
import type { LinkTarget } from '../layout/types';
import type { StructNode } from '../structure/structNode';
import type { Tagger } from '../structure/tagger';

/** What drawing a page needs from the export: tagging, link targets, page labels, images. */
export interface DrawEnv {
  theme: Theme;
  tagger: Tagger;
  /** The printed label of the page an anchor lands on ("12"). */
  pageLabelOf(anchor: string): string;
  /** Resource name of an embedded image, e.g. "Im2". */
  imageName(assetId: string): string | undefined;
  /** Adds a link annotation over rect [x1 y1 x2 y2] (PDF space) for a Link element. */
  addLink(node: StructNode, rect: [number, number, number, number], target: LinkTarget, label: string): void;
}
