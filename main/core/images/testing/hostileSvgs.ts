/**
 * Drawings that would keep librsvg busy for minutes if drawn as they are, and
 * what the exporters must do with each: draw it (within bounds), or refuse it
 * with the reason. Each of these took over 15 s to draw unchecked at 4,000 px.
 */
export interface HostileSvg {
  name: string;
  svg: string;
  /** The reason it is refused; absent when it is drawn. */
  refused?: RegExp;
}

const SIDE = 4000;
const open = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${SIDE}" height="${SIDE}">`;
const times = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join('');
const canvas = `width="${SIDE}" height="${SIDE}"`;

/** Ten <use> of the level below, eight levels deep: 10⁸ rectangles. */
const referenceBomb = () =>
  `${open}<defs><g id="a0"><rect ${canvas} fill-opacity="0.01"/></g>${times(8, (i) => `<g id="a${i + 1}">${times(10, () => `<use xlink:href="#a${i}"/>`)}</g>`)}</defs><use xlink:href="#a8"/></svg>`;

export const HOSTILE_SVGS: HostileSvg[] = [
  { name: 'reference bomb', svg: referenceBomb(), refused: /repeats its parts more than/ },
  {
    name: 'nested filters',
    svg: `${open}${times(30, (i) => `<filter id="f${i}" x="-10" y="-10" width="20" height="20"><feGaussianBlur stdDeviation="500"/><feMorphology radius="5"/></filter>`)}${times(30, (i) => `<g filter="url(#f${i})">`)}<rect ${canvas}/>${'</g>'.repeat(30)}</svg>`,
    refused: /more than 32 filter steps/,
  },
  {
    name: 'a filter on many elements',
    svg: `${open}<filter id="f"><feGaussianBlur stdDeviation="1000"/></filter>${times(500, () => `<rect filter="url(#f)" ${canvas} fill="red"/>`)}</svg>`,
    refused: /applies filters more than 24 times/,
  },
  {
    name: 'a filter on everything, from a style sheet',
    svg: `${open}<style>rect { filter: url(#f) }</style><filter id="f"><feGaussianBlur stdDeviation="1000"/></filter>${times(500, () => `<rect ${canvas}/>`)}</svg>`,
    refused: /applies filters more than 24 times/,
  },
  { name: 'huge morphology', svg: `${open}<filter id="f"><feMorphology radius="500"/></filter><rect filter="url(#f)" ${canvas}/></svg>`, refused: /morphology radius over/ },
  {
    name: 'turbulence of a thousand octaves',
    svg: `${open}<filter id="f"><feTurbulence baseFrequency="0.05" numOctaves="1000"/></filter><rect filter="url(#f)" ${canvas}/></svg>`,
    refused: /turbulence of more than/,
  },
  { name: 'entity expansion', svg: `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${open}<text>&b;</text></svg>`, refused: /document type/ },
  {
    name: 'a few huge blurs',
    svg: `${open}<filter id="f" x="-10" y="-10" width="20" height="20"><feGaussianBlur stdDeviation="1000"/></filter>${times(8, () => `<rect filter="url(#f)" ${canvas} fill="red"/>`)}</svg>`,
  },
];
