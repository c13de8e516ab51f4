import { doc, findingRef, li, p, ul } from '../builders';
import type { SampleSection } from '../sampleIds';

export const findings: SampleSection = {
  key: 'findings',
  title: 'Findings',
  content: ({ finding }) =>
    doc(
      p(
        'This section sets out what we found. Each part ends with a numbered finding; findings are the basis for the safety recommendations and observations that follow. In brief:',
      ),
      ul(
        li(findingRef(finding.f1), ': Whether staff are offered support depends on where they work and who their manager is.'),
        li(findingRef(finding.f2), ': Staff often experience learning responses as something done to them.'),
        li(findingRef(finding.f3), ': Debriefs are valued but rarely protected.'),
        li(findingRef(finding.f4), ': Peer support reaches some staff groups more than others.'),
        li(findingRef(finding.f5), ': Learning and accountability processes are not clearly separated.'),
      ),
      p(
        'Many organisations we visited were doing things well, and some of their practice is described in the exemplars later in this report. The findings describe the system as a whole, not any single trust.',
      ),
    ),
};
