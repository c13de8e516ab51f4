import { doc, findingRef, h, p, safetyItem } from '../builders';
import type { SampleSection } from '../sampleIds';

export const recommendations: SampleSection = {
  key: 'recommendations',
  title: 'Safety recommendations and observations',
  content: ({ finding, item }) =>
    doc(
      p(
        'A safety recommendation is made to a named organisation that is best placed to act on it; that organisation is asked to respond within 90 days. A safety observation points to an opportunity for improvement that organisations may wish to consider, and needs no formal response.',
      ),
      h(3, 'Safety recommendations'),
      p('Support should not depend on where someone works or who their manager is (', findingRef(finding.f1), ').'),
      safetyItem(item.r1),
      p('Staff should be involved in learning responses, not only interviewed (', findingRef(finding.f2), ').'),
      safetyItem(item.r2),
      p('Learning and accountability processes should be kept apart (', findingRef(finding.f5), ').'),
      safetyItem(item.r3),
      h(3, 'Safety observations'),
      p('Debriefs need trained facilitators and protected time (', findingRef(finding.f3), ').'),
      safetyItem(item.o1),
      p('Peer support should reach every staff group (', findingRef(finding.f4), ').'),
      safetyItem(item.o2),
    ),
};
