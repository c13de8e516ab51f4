/** Link schemes a report may carry; everything else (javascript:, data:, file:, …) is refused. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

export function isAllowedLink(href: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (!match) return false;
  return (ALLOWED_LINK_SCHEMES as readonly string[]).includes(match[1]!.toLowerCase());
}
