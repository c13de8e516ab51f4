import type { AssetSummary, Brand, Comment, DocNode, Finding, Reference, ReportMeta, SafetyItem } from '../../../shared/model';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';
import { bundledBrands, DEFAULT_BRAND_NAME, findBrand } from '../brand/bundledBrands';
import { buildCitationIndex, type CitationIndex } from '../citations/citationIndex';
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

export function loadReportDocument(project: Project, options: LoadOptions = {}): ReportDocument {
  return project.transaction(() => {
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
      citations: buildCitationIndex(meta.citationStyle, sections.map((s) => s.content), references),
    };
  });
}
