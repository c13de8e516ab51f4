import type { NewAsset } from '../store/assetRepo';
import type { AssetKey } from './sampleIds';
import { supportChartPng } from './chart/supportChart';

/** The sample's images; each is drawn when a copy is made, so no binary file ships with the source. */
export const SAMPLE_ASSETS: Record<AssetKey, () => NewAsset> = {
  supportChart: () => ({
    name: 'support-within-72-hours.png',
    mimeType: 'image/png',
    bytes: supportChartPng(),
    altText: SUPPORT_CHART_ALT,
    decorative: false,
  }),
};

export const SUPPORT_CHART_ALT =
  'Bar chart of the share of staff offered support within 72 hours of a patient safety incident, by type of trust: ' +
  'acute 58%, ambulance 71%, mental health 64%, community 41% and specialist 66%. All five fall short of the national ambition of 90%, shown as a dashed line.';
