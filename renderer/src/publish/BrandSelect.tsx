import type { BrandEntry } from '../../../shared/api/calls/publishing';

interface Props {
  brands: BrandEntry[];
  value: string | undefined;
  onChange(name: string): void;
  ariaLabel?: string;
  disabled?: boolean;
}

/** Picks a brand by name (exports and the preview name brands, as the CLI's --brand does). */
export function BrandSelect({ brands, value, onChange, ariaLabel, disabled }: Props) {
  return (
    <label>
      Brand{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={ariaLabel} disabled={disabled}>
        {brands.map((b) => (
          <option key={b.brand.id} value={b.brand.name}>
            {b.brand.name}
          </option>
        ))}
      </select>
    </label>
  );
}
