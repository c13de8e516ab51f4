/** A few printable characters of a damaged value: enough to recognise, never a line break. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?').replace(/\s+/g, ' ').trim();
  return `“${clean.length > 60 ? `${clean.slice(0, 60)}…` : clean}”`;
}

type Row = Record<string, unknown>;

const NAMES: Record<string, (row: Row) => string> = {
  report: () => 'the report details (title, authors, status)',
  sections: (row) => `section ${quoted(row.title)}`,
  snapshots: (row) => `version ${quoted(row.label)} of section ${quoted(row.title)}`,
  findings: (row) => `finding ${quoted(row.code)} ${quoted(row.title)}`,
  safety_items: (row) => `${String(row.kind).replace(/\W/g, '') || 'safety item'} ${quoted(row.code)}`,
  refs: (row) => `reference ${Number(row.position) + 1}`,
  comments: (row) => `a comment by ${quoted(row.author)}`,
  assets: (row) => `image ${quoted(row.name)}`,
  brands: (row) => `brand ${quoted(row.name)}`,
  review_baseline: () => 'the review record of this copy',
  formatted_citations: () => 'a formatted citation kept to speed up exports',
};

/** Names a damaged record the way a writer knows it: “section “Findings””, “image “chart.png””. */
export function damagedRecordName(table: string, row: Row): string {
  return NAMES[table]?.(row) ?? `a record in table ${quoted(table)}`;
}
