import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { BrandEntry } from '../../../shared/api/calls/publishing';
import { api } from '../api';
import { useDataVersion } from '../dataEvents';
import { base64ToBytes, openPdf } from './pdfDocument';
import { BrandSelect } from './BrandSelect';
import { PdfPage } from './PdfPage';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];
/** Edits come in bursts; lay the PDF out again once typing pauses. */
const REFRESH_DELAY_MS = 800;

/** A short fingerprint of the PDF, so a person (or a test) can tell one layout from the next. */
function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** The pages of the real exported PDF, so a publisher sees exactly what will print. */
export function PreviewPane() {
  const [brands, setBrands] = useState<BrandEntry[]>([]);
  const [brandName, setBrandName] = useState<string | undefined>(undefined);
  const [digest, setDigest] = useState('');
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const version = useDataVersion('outline', 'sections', 'findings', 'safetyItems', 'references', 'meta', 'assets', 'comments');
  const latest = useRef(0);
  // Until a brand is picked here, the preview follows the report's brand (the brand editor may change it).
  const picked = useRef(false);
  const brandsVersion = useDataVersion('meta');

  useEffect(() => {
    api()
      .listAvailableBrands({})
      .then((list) => {
        setBrands(list);
        setBrandName((name) => (picked.current && list.some((b) => b.brand.name === name) ? name : list[0]?.brand.name));
      })
      .catch((e: Error) => (setError(e.message), setState('error')));
  }, [brandsVersion]);

  useEffect(() => {
    if (brandName === undefined) return;
    const request = ++latest.current;
    const timer = window.setTimeout(async () => {
      setState('loading');
      try {
        const { base64 } = await api().previewPdf({ brandName });
        const doc = await openPdf(base64ToBytes(base64));
        if (request !== latest.current) return void doc.destroy();
        setPdf((old) => (void old?.destroy(), doc));
        setDigest(digestOf(base64));
        setPage((p) => Math.min(p, doc.numPages));
        setGeneration((g) => g + 1);
        setState('ready');
      } catch (e) {
        setError((e as Error).message);
        setState('error');
      }
    }, generation === 0 ? 0 : REFRESH_DELAY_MS);
    return () => window.clearTimeout(timer);
    // generation only tells the first load from refreshes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, brandName]);

  if (state === 'error') return <p role="alert" className="error">The preview could not be made: {error}</p>;
  if (!pdf) return <p className="empty" aria-live="polite">Laying out the report…</p>;
  const pages = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
  return (
    <div className="preview" data-generation={generation} data-state={state} data-digest={digest}>
      <nav className="preview-thumbs" aria-label="Pages">
        {pages.map((n) => (
          <button key={n} type="button" aria-current={n === page ? 'page' : undefined} onClick={() => setPage(n)} aria-label={`Page ${n}`}>
            <PdfPage pdf={pdf} pageNumber={n} scale={0.16} label={`Thumbnail of page ${n}`} />
            <span>{n}</span>
          </button>
        ))}
      </nav>
      <div className="preview-main">
        <div className="preview-toolbar">
          <button type="button" onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={page === 1} aria-label="Previous page">
            ‹
          </button>
          <span data-testid="preview-page">
            Page {page} of {pdf.numPages}
          </span>
          <button type="button" onClick={() => setPage((p) => Math.min(pdf.numPages, p + 1))} disabled={page === pdf.numPages} aria-label="Next page">
            ›
          </button>
          <label>
            Zoom{' '}
            <select value={zoom} onChange={(e) => setZoom(Number(e.target.value))} aria-label="Zoom">
              {ZOOMS.map((z) => (
                <option key={z} value={z}>
                  {Math.round(z * 100)}%
                </option>
              ))}
            </select>
          </label>
          <BrandSelect
            brands={brands}
            value={brandName}
            onChange={(name) => ((picked.current = true), setBrandName(name))}
            ariaLabel="Preview brand"
          />
          {state === 'loading' && <span className="hint">Updating…</span>}
        </div>
        <div className="preview-page">
          <PdfPage pdf={pdf} pageNumber={page} scale={zoom} label={`Page ${page} of the exported PDF`} />
        </div>
      </div>
    </div>
  );
}
