import { useEffect, useState } from 'react';
import { MAX_ASSET_BYTES } from '../../../shared/model';
import { api } from '../api';
import { notifyChanged } from '../dataEvents';
import { assetUrl } from '../editor/extensions/assetUrl';
import { useFilePicker } from '../useFilePicker';
import { logoFromFile } from './logoFromFile';

interface Props {
  brandName: string;
  assetId: string | null;
  disabled: boolean;
  onChange(assetId: string | null): void;
  onError(message: string): void;
}

/** The brand's logo: PNG, JPEG or SVG (stored as PNG), kept in the project's assets. */
export function LogoField({ brandName, assetId, disabled, onChange, onError }: Props) {
  const [shown, setShown] = useState<{ assetId: string; url: string } | null>(null);
  const url = shown && shown.assetId === assetId ? shown.url : null;
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    if (assetId) assetUrl(assetId).then((u) => live && setShown({ assetId, url: u }), () => undefined);
    return () => {
      live = false;
    };
  }, [assetId]);

  const onFile = async (file: File) => {
    if (file.size > MAX_ASSET_BYTES) return onError(`“${file.name}” is larger than ${MAX_ASSET_BYTES / 1048576} MB.`);
    setBusy(true);
    try {
      const logo = await logoFromFile(file);
      const asset = await api().createAsset({ ...logo, altText: `${brandName} logo`, decorative: false });
      notifyChanged('assets');
      onChange(asset.id);
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const { pick, input } = useFilePicker({
    accept: 'image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg',
    testId: 'logo-file-input',
    onFile: (file) => void onFile(file),
  });

  return (
    <div className="logo-field">
      <span className="field-label">Logo</span>
      <div className="logo-box">
        {url ? <img src={url} alt={`${brandName} logo`} data-testid="brand-logo" /> : <span className="hint">{assetId ? 'Loading…' : 'No logo'}</span>}
      </div>
      <button type="button" disabled={disabled || busy} onClick={pick}>
        {busy ? 'Adding…' : 'Choose logo…'}
      </button>
      {assetId && (
        <button type="button" disabled={disabled || busy} onClick={() => onChange(null)}>
          Remove logo
        </button>
      )}
      {input}
    </div>
  );
}
