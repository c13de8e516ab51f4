export { schemaExtensions, reportSchema } from './extensions';
export { isAllowedLink, ALLOWED_LINK_SCHEMES } from './allowedUri';
export type { CitationItem } from './nodes/citation';
export { CALLOUT_VARIANTS, type CalloutVariant } from './nodes/callout';
