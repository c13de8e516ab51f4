import type { SampleSection } from '../sampleIds';
import { summary } from './summary';

/** The sample's sections in outline order; a parent always comes before its children. */
export const SAMPLE_SECTIONS: SampleSection[] = [summary];
