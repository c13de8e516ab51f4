import { FontFamily, type Brand } from '../../../shared/model';
import { ColourField } from './ColourField';
import { ContrastTable } from './ContrastTable';
import { CoverLayoutChoice } from './CoverLayoutChoice';
import { LogoField } from './LogoField';

interface Props {
  brand: Brand;
  readOnly: boolean;
  onChange(patch: Partial<Brand>): void;
  onError(message: string): void;
}

const COLOURS: { key: keyof Brand['colours']; label: string }[] = [
  { key: 'primary', label: 'Primary' },
  { key: 'secondary', label: 'Secondary' },
  { key: 'text', label: 'Text' },
  { key: 'accent', label: 'Accent' },
];

/** Every setting of one brand; a bundled brand is shown read-only. */
export function BrandForm({ brand, readOnly, onChange, onError }: Props) {
  const colour = (key: keyof Brand['colours']) => (hex: string) => onChange({ colours: { ...brand.colours, [key]: hex } });
  const font = (key: keyof Brand['fonts']) => (
    <label>
      {key === 'heading' ? 'Heading font' : 'Body font'}{' '}
      <select value={brand.fonts[key]} disabled={readOnly} onChange={(e) => onChange({ fonts: { ...brand.fonts, [key]: FontFamily.parse(e.target.value) } })}>
        {FontFamily.options.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="brand-form">
      <label>
        Name{' '}
        <input type="text" value={brand.name} maxLength={200} disabled={readOnly} onChange={(e) => onChange({ name: e.target.value })} />
      </label>
      <LogoField brandName={brand.name} assetId={brand.logoAssetId} disabled={readOnly} onChange={(logoAssetId) => onChange({ logoAssetId })} onError={onError} />
      <fieldset className="brand-colours" disabled={readOnly}>
        <legend>Colours</legend>
        {COLOURS.map(({ key, label }) => (
          <ColourField key={key} label={label} value={brand.colours[key]} disabled={readOnly} onChange={colour(key)} />
        ))}
      </fieldset>
      <ContrastTable colours={brand.colours} />
      <fieldset className="brand-fonts" disabled={readOnly}>
        <legend>Fonts</legend>
        {font('heading')}
        {font('body')}
      </fieldset>
      <CoverLayoutChoice value={brand.coverLayout} colours={brand.colours} disabled={readOnly} onChange={(coverLayout) => onChange({ coverLayout })} />
      <label>
        Cover line{' '}
        <input type="text" value={brand.coverText} maxLength={2000} disabled={readOnly} onChange={(e) => onChange({ coverText: e.target.value })} />
      </label>
      <label>
        Footer statement{' '}
        <input type="text" value={brand.footerText} maxLength={500} disabled={readOnly} onChange={(e) => onChange({ footerText: e.target.value })} />
      </label>
      <label>
        Licence line{' '}
        <input type="text" value={brand.licenceLine} maxLength={500} disabled={readOnly} onChange={(e) => onChange({ licenceLine: e.target.value })} />
      </label>
      <label className="radio">
        <input type="checkbox" checked={brand.justify} disabled={readOnly} onChange={(e) => onChange({ justify: e.target.checked })} />
        Justify body text
      </label>
    </div>
  );
}
