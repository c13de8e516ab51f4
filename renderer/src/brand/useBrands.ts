import { useCallback, useEffect, useState } from 'react';
import type { BrandEntry } from '../../../shared/api/calls/publishing';
import type { Brand } from '../../../shared/model';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { brandFileName, downloadText } from './brandFileTransfer';
import { newBrandId } from './newBrandId';

/** The brand exports use when the report has chosen none (main/core/brand/bundledBrands DEFAULT_BRAND_NAME). */
const DEFAULT_BRAND_NAME = 'NHS blue';

export interface BrandsState {
  entries: BrandEntry[];
  /** The brand the report uses now. */
  inUseId: string | null;
  selected: BrandEntry | null;
  /** The selected brand with unsaved edits. */
  draft: Brand | null;
  dirty: boolean;
  /** What the last action did, for a polite live region. */
  status: string;
  error: string | null;
}

/** The brands of the report and the bundled ones, one chosen for editing, and what can be done with it. */
export function useBrands() {
  const [entries, setEntries] = useState<BrandEntry[]>([]);
  const [inUseId, setInUseId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Brand | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (select?: string) => {
    const [list, meta] = await Promise.all([api().listAvailableBrands({}), api().getMeta({})]);
    setEntries(list);
    const inUse = meta.brandId ?? list.find((e) => e.brand.name === DEFAULT_BRAND_NAME)?.brand.id ?? null;
    setInUseId(inUse);
    const chosen = list.find((e) => e.brand.id === select) ?? list.find((e) => e.brand.id === inUse) ?? list[0];
    setSelectedId(chosen?.brand.id ?? null);
    setDraft(chosen ? structuredClone(chosen.brand) : null);
    setDirty(false);
  }, []);

  useEffect(() => {
    load().catch((e: Error) => setError(e.message));
  }, [load]);

  /** Runs an action, reporting its outcome or its error (never both). */
  const run = useCallback(async (action: () => Promise<string>) => {
    setError(null);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus('');
      setError((e as Error).message);
    }
  }, []);

  const selected = entries.find((e) => e.brand.id === selectedId) ?? null;
  const nameTaken = (brand: Brand) => entries.some((e) => e.brand.id !== brand.id && e.brand.name.toLowerCase() === brand.name.trim().toLowerCase());

  const saveDraft = async (): Promise<Brand> => {
    if (!draft) throw new Error('Choose a brand first.');
    if (!draft.name.trim()) throw new Error('Give the brand a name.');
    // Exports and the preview name their brand, so two brands may not share a name.
    if (nameTaken(draft)) throw new Error(`Another brand is already called “${draft.name.trim()}”.`);
    const saved = await api().saveBrand({ brand: draft });
    notifyChanged('meta');
    await load(saved.id);
    return saved;
  };

  return {
    state: { entries, inUseId, selected, draft, dirty, status, error } satisfies BrandsState,
    select(id: string) {
      if (id === selectedId) return;
      if (dirty && !window.confirm(`Discard the unsaved changes to “${draft?.name}”?`)) return;
      const entry = entries.find((e) => e.brand.id === id);
      setSelectedId(id);
      setDraft(entry ? structuredClone(entry.brand) : null);
      setDirty(false);
      setStatus('');
      setError(null);
    },
    change(patch: Partial<Brand>) {
      setDraft((d) => (d ? { ...d, ...patch } : d));
      setDirty(true);
      setStatus('');
    },
    save: () => run(async () => `Saved “${(await saveDraft()).name}”.`),
    use: () =>
      run(async () => {
        const id = dirty && !selected?.bundled ? (await saveDraft()).id : selected!.brand.id;
        const used = await api().useBrand({ id });
        notifyChanged('meta');
        await load(used.id);
        return `This report now uses “${used.name}”.`;
      }),
    duplicate: () =>
      run(async () => {
        const source = draft!;
        let name = `${source.name} (copy)`;
        for (let n = 2; entries.some((e) => e.brand.name.toLowerCase() === name.toLowerCase()); n++) name = `${source.name} (copy ${n})`;
        const copy = await api().saveBrand({ brand: { ...structuredClone(source), id: newBrandId(), name } });
        notifyChanged('meta');
        await load(copy.id);
        return `Made “${copy.name}”: edit it and save.`;
      }),
    remove: () =>
      run(async () => {
        const brand = selected!.brand;
        if (!window.confirm(`Delete the brand “${brand.name}” from this report?`)) return '';
        await api().deleteBrand({ id: brand.id });
        notifyChanged('meta');
        await load();
        return `Deleted “${brand.name}”.`;
      }),
    exportFile: () =>
      run(async () => {
        const { json } = await api().exportBrand({ id: selected!.brand.id });
        downloadText(json, brandFileName(selected!.brand.name));
        return `Exported “${selected!.brand.name}” to a brand file.`;
      }),
    importFile: (file: File) =>
      run(async () => {
        let brand = await api().importBrand({ json: await file.text() });
        // A brand file of a brand already here keeps both: the copy gets a name of its own.
        if (nameTaken(brand)) brand = await api().saveBrand({ brand: { ...brand, name: `${brand.name} (imported)` } });
        notifyChanged('meta', 'assets');
        await load(brand.id);
        return `Imported “${brand.name}”.`;
      }),
    /** Unsaved edits are dropped. */
    revert: () => void load(selectedId ?? undefined).catch((e: Error) => setError(e.message)),
    reportError: (message: string) => (setStatus(''), setError(message)),
  };
}

export type Brands = ReturnType<typeof useBrands>;
