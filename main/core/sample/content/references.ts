import { doc, p } from '../builders';
import type { SampleSection } from '../sampleIds';

export const references: SampleSection = {
  key: 'references',
  title: 'References',
  content: () =>
    doc(
      p(
        'The publications cited in this report are listed below, numbered in the order they are first cited. The list is built from the project’s reference library when the report is exported.',
      ),
    ),
};
