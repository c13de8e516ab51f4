import type { AssetSummary, Brand, Comment, DocNode, Finding, Reference, ReportMeta, SafetyItem } from '../../../shared/model';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';
import { bundledBrands, DEFAULT_BRAND_NAME, findBrand } from '../brand/bundledBrands';
import { buildCitationIndex, type CitationIndex } from '../citations/citationIndex';
import { storedTexts } from '../citations/formattedEntryCache';
import { CasebookFailure } from '../store/errors';
import type { Project } from '../store/project';

export interface ReportSection {
  id: string;
  title: string;
  /** As printed: "2.1". */
  number: string;
  /** 1 = top level, up to 3. */
  depth: number;
  content: DocNode;
}

export interface ReportAsset extends AssetSummary {
  bytes: Uint8Array;
}

/**
 * Everything an exporter needs, read once from the project in one consistent
 * snapshot. DOCX and PDF both walk this, so they say the same thing.
 */
export interface ReportDocument {
  meta: ReportMeta;
  brand: Brand;
  sections: ReportSection[];
  findings: Map<string, Finding>;
  safetyItems: Map<string, SafetyItem>;
  references: Reference[];
  assets: Map<string, ReportAsset>;
  comments: Comment[];
  citations: CitationIndex;
}

export interface LoadOptions {
  /** Brand name; default: the project's chosen brand, else the bundled NHS blue. */
  brandName?: string;
}

function chooseBrand(project: Project, meta: ReportMeta, brandName?: string): Brand {
  const own = project.brands.list();
  if (brandName) {
    const brand = findBrand(brandName, own);
    if (!brand) {
      const known = [...own, ...bundledBrands()].map((b) => b.name).join(', ');
      throw new CasebookFailure('bad-request', `No brand named “${brandName}”. Brands: ${known}.`);
    }
    return brand;
  }
  return own.find((b) => b.id === meta.brandId) ?? findBrand(DEFAULT_BRAND_NAME, own)!;
}

/**
 * The last report read from each open project, with what it was read at; held
 * weakly, so a long session does not keep a report's images once nobody uses it.
 */
const lastRead = new WeakMap<Project, { at: string; report: WeakRef<ReportDocument> }>();

/**
 * Where the project stands: the project holds its file in exclusive locking
 * mode, so only its own connection writes, and SQLite's total_changes() moves
 * with each of those writes.
 */
const projectState = (project: Project, brandName: string | undefined) =>
  `${project.db.prepare('SELECT total_changes()').pluck().get()}:${brandName ?? ''}`;

/**
 * The report as it stands. Read again only when the project has changed since
 * the last read (or another brand is asked for): a preview, the pre-publication
 * checklist and an export in a row read and parse it once. Exporters only read
 * the report they are given.
 */
export function loadReportDocument(project: Project, options: LoadOptions = {}): ReportDocument {
  return project.transaction(() => {
    const at = projectState(project, options.brandName);
    const last = lastRead.get(project);
    const kept = last?.at === at ? last.report.deref() : undefined;
    if (kept) return kept;
    const report = readReportDocument(project, options);
    lastRead.set(project, { at, report: new WeakRef(report) });
    return report;
  });
}

function readReportDocument(project: Project, options: LoadOptions): ReportDocument {
  const meta = project.meta.get();
  const all = project.sections.all();
  const numbers = sectionNumbers(all);
  const sections = all.map((s) => ({
    id: s.id,
    title: s.title,
    number: numbers.get(s.id)!.number,
    depth: numbers.get(s.id)!.depth,
    content: s.content,
  }));
  const references = project.references.list();
  const assets = new Map<string, ReportAsset>();
  for (const asset of project.assets.list()) assets.set(asset.id, { ...asset, bytes: project.assets.bytes(asset.id) });
  return {
    meta,
    brand: chooseBrand(project, meta, options.brandName),
    sections,
    findings: new Map(project.register.listFindings().map((f) => [f.id, f])),
    safetyItems: new Map(project.register.listSafetyItems().map((s) => [s.id, s])),
    references,
    assets,
    comments: project.comments.list(),
    // Reads citation text kept in the project where it can; formats only what was not kept.
    citations: buildCitationIndex(meta.citationStyle, sections.map((s) => s.content), references, storedTexts(project)),
  };
}
