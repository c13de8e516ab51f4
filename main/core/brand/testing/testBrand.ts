import type { Brand } from '../../../../shared/model';

/** A valid brand for tests: NHS-like colours and the bundled fonts, with what a test cares about overridden. */
export function testBrand(overrides: Partial<Brand> = {}): Brand {
  return {
    id: crypto.randomUUID(),
    name: 'Test brand',
    colours: { primary: '#005EB8', secondary: '#003087', text: '#212B32', accent: '#FFB81C' },
    fonts: { heading: 'Source Sans 3', body: 'Merriweather' },
    logoAssetId: null,
    coverLayout: 'band',
    coverText: '',
    footerText: 'Investigation report',
    licenceLine: 'Open Government Licence v3.0',
    justify: false,
    ...overrides,
  };
}
