import type { Brand } from '../../../shared/model';

type Layout = Brand['coverLayout'];

const LAYOUTS: { id: Layout; label: string; hint: string }[] = [
  { id: 'band', label: 'Band', hint: 'A band of the primary colour behind the title' },
  { id: 'full-bleed', label: 'Full bleed', hint: 'The whole cover in the primary colour' },
  { id: 'plain', label: 'Plain', hint: 'White cover, title in the primary colour' },
];

interface Props {
  value: Layout;
  colours: Brand['colours'];
  disabled: boolean;
  onChange(layout: Layout): void;
}

/** The cover layouts, each with a thumbnail in the brand's colours. */
export function CoverLayoutChoice({ value, colours, disabled, onChange }: Props) {
  return (
    <fieldset className="cover-layouts" disabled={disabled}>
      <legend>Cover</legend>
      {LAYOUTS.map((layout) => (
        <label key={layout.id} className="cover-layout" title={layout.hint}>
          <input type="radio" name="cover-layout" value={layout.id} checked={value === layout.id} onChange={() => onChange(layout.id)} />
          <span className={`cover-sample cover-${layout.id}`} aria-hidden="true" style={{ ['--primary' as string]: colours.primary, ['--accent' as string]: colours.accent }}>
            <span className="cover-sample-title" />
            <span className="cover-sample-line" />
          </span>
          {layout.label}
        </label>
      ))}
    </fieldset>
  );
}
