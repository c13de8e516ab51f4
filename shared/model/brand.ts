import { z } from 'zod';
import { Id } from './ids';

export const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #RRGGBB');
export const FontFamily = z.enum(['Source Sans 3', 'Merriweather']);
export type FontFamily = z.infer<typeof FontFamily>;
export const CoverLayout = z.enum(['band', 'full-bleed', 'plain']);

export const Brand = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  colours: z.object({ primary: HexColour, secondary: HexColour, text: HexColour, accent: HexColour }),
  fonts: z.object({ heading: FontFamily, body: FontFamily }),
  logoAssetId: Id.nullable(),
  coverLayout: CoverLayout,
  coverText: z.string().max(2000),
  footerText: z.string().max(500),
  licenceLine: z.string().max(500),
  justify: z.boolean(),
});
export type Brand = z.infer<typeof Brand>;
