import { callout, cite, doc, findingRef, italic, p, ul } from '../builders';
import type { SampleSection } from '../sampleIds';

export const findingsInvolvement: SampleSection = {
  key: 'findings-involvement',
  parent: 'findings',
  title: 'Involvement in learning responses',
  content: ({ finding, ref }) =>
    doc(
      p(
        'PSIRF expects organisations to involve staff in learning responses, not only to interview them.',
        cite(ref.engaging2022),
        ' Where this happened, staff described the experience as difficult but worthwhile, and some said it had helped them recover. Where it did not, staff felt the response was about them rather than with them.',
      ),
      p('Staff who felt excluded most often described:'),
      ul(
        ['hearing about the learning response from colleagues, or from a formal letter, rather than in person;'],
        ['being invited to a meeting with no explanation of its purpose or who would be there;'],
        ['never seeing the findings, or seeing them only once they had been shared with the board;'],
        ['the same questions being asked by several teams — patient safety, HR and the coroner’s officer.'],
      ),
      callout(
        'quote',
        p('“It felt like a court case where I wasn’t allowed to see the evidence. When the report came out, it was fine — fair, even. But I’d spent four months thinking I was going to be struck off.”'),
        p(...italic('Paramedic')),
      ),
      p(
        'In the six after-action reviews we observed, the facilitator set out at the start that the purpose was learning and not blame. In four of them, staff spoke openly; in two, where a senior manager joined part way through, the conversation became noticeably more guarded.',
      ),
      p('This is reflected in finding ', findingRef(finding.f2), '.'),
    ),
};
