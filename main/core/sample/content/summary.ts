import { bold, callout, cite, doc, findingRef, italic, link, p } from '../builders';
import type { SampleSection } from '../sampleIds';

export const summary: SampleSection = {
  key: 'summary',
  title: 'Summary',
  content: ({ ref, finding }) =>
    doc(
      callout(
        'info',
        p(
          ...bold('About this sample. '),
          'This report was written to show what Casebook can do. The trusts, people, quotations and survey figures in it are invented; the published literature it cites is real.',
        ),
      ),
      p(
        'Every year, thousands of NHS staff are involved in a patient safety incident. Most go on caring for patients the same day. Some carry the event with them for months — a ',
        ...italic('second victim'),
        ' experience first described by Wu',
        cite(ref.wu2000),
        ' and since found across professions and countries.',
        cite(ref.seys2013, ref.busch2020),
      ),
      p(
        'This national learning report looks at how NHS organisations in England support the staff involved, and at what helps those staff take part in learning. It draws on interviews with 62 staff in 9 trusts, a survey of 1,184 staff, and a review of the published evidence.',
      ),
      p(
        'We found that whether staff are offered support depends largely on where they work and who their manager is (',
        findingRef(finding.f1),
        '); that learning responses are still often experienced as something done to staff (',
        findingRef(finding.f2),
        '); and that processes for learning and for accountability are not always kept apart (',
        findingRef(finding.f5),
        '). The full findings, three safety recommendations and two safety observations follow. The ',
        ...link('https://www.england.nhs.uk/patient-safety/incident-response-framework/', 'Patient Safety Incident Response Framework'),
        ' (PSIRF) gives organisations the freedom to do this well; this report describes what that looks like in practice.',
      ),
    ),
};
