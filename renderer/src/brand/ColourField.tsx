import { useId, useState } from 'react';

const HEX = /^#[0-9a-fA-F]{6}$/;

interface Props {
  label: string;
  value: string;
  disabled: boolean;
  onChange(hex: string): void;
}

/** A colour picked with the system picker or typed as #RRGGBB; a half-typed value waits until it is a colour. */
export function ColourField({ label, value, disabled, onChange }: Props) {
  // What is typed belongs to the value it was typed over; a new value (picker, undo, another brand) replaces it.
  const [typed, setTyped] = useState<{ over: string; text: string } | null>(null);
  const text = typed?.over === value ? typed.text : value;
  const setText = (next: string) => setTyped({ over: value, text: next });
  const id = useId();
  const valid = HEX.test(text);
  const type = (next: string) => {
    const hex = next.trim().startsWith('#') ? next.trim() : `#${next.trim()}`;
    if (HEX.test(hex)) {
      setTyped({ over: hex.toUpperCase(), text: next });
      onChange(hex.toUpperCase());
    } else setText(next);
  };
  return (
    <div className="colour-field">
      <label htmlFor={`${id}-hex`}>{label}</label>
      <input
        type="color"
        value={value.toLowerCase()}
        disabled={disabled}
        aria-label={`${label} (picker)`}
        onChange={(e) => onChange(e.target.value.toUpperCase())}
      />
      <input
        id={`${id}-hex`}
        type="text"
        className="colour-hex"
        value={text}
        disabled={disabled}
        spellCheck={false}
        maxLength={7}
        aria-invalid={!valid && !HEX.test(`#${text}`)}
        aria-describedby={`${id}-error`}
        onChange={(e) => type(e.target.value)}
        onBlur={() => setTyped(null)}
      />
      <span id={`${id}-error`} className="error colour-error">
        {!valid && !HEX.test(`#${text}`) ? 'Write #RRGGBB' : ''}
      </span>
    </div>
  );
}
