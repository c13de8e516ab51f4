import { bold, cite, doc, footnote, h, italic, li, ol, p, table, ul } from '../builders';
import type { SampleSection } from '../sampleIds';

export const method: SampleSection = {
  key: 'method',
  title: 'Method',
  content: ({ ref }) =>
    doc(
      p(
        'The investigation ran from January to June 2026. It was a national learning review: it did not examine any single incident, but looked across organisations for what helps and what hinders support for staff. The team worked in four stages:',
      ),
      ol(
        [
          ...bold('Scoping.'),
          ' We reviewed published research and national guidance, and spoke to staff networks, royal colleges, trade unions and patient safety partners to agree the questions.',
        ],
        li(
          ...bold('Fieldwork in nine trusts.'),
          ' We chose organisations to cover a range of sizes, regions and services:',
          ul(
            ['three acute trusts (one teaching hospital, two district general hospitals);'],
            ['two mental health trusts and one community trust;'],
            ['two ambulance services and one specialist trust.'],
          ),
        ),
        [
          ...bold('A national survey'),
          ' of staff who had been involved in a patient safety incident in the previous 18 months, promoted through professional bodies and staff networks.',
          footnote(
            'The survey was open for six weeks. Responses were anonymous; 1,184 people completed it, an estimated response rate of 31½% among those who saw the invitation.',
          ),
        ],
        [...bold('Analysis and testing.'), ' We analysed the evidence thematically and tested emerging findings with staff, patients’ representatives and the organisations named in our recommendations.'],
      ),
      p('Table 1 summarises the evidence gathered.'),
      table(
        ['Source', 'Scope', 'Used for'],
        ['Interviews', '62 staff, 14 managers, 7 HR leads', 'Experiences of support and of learning responses'],
        ['Observation', '6 after-action reviews, 4 investigations', 'How staff are involved in practice'],
        ['Survey', '1,184 respondents, all staff groups', 'Scale and spread of support (Figure 1)'],
        ['Documents', '14 trusts’ policies and PSIRF plans', 'What organisations say they offer'],
        ['Literature', '10 key publications, 2000–2022', 'What is already known'],
      ),
      p(...italic('Table 1: Evidence gathered for this report.')),
      p(
        'We drew on the principles of a just culture',
        cite(ref.dekker2016),
        ' and on NHS guidance for engaging staff after incidents',
        cite(ref.engaging2022),
        ' when designing interview questions, so that staff were asked what happened around them rather than what they did wrong.',
      ),
      h(3, 'Ethics and confidentiality'),
      p(
        'Taking part was voluntary. Interviews were held away from the participant’s workplace where they wished, and a named wellbeing contact was offered after each one. Quotations are anonymised and some details have been changed so that no person, patient or incident can be identified.',
      ),
    ),
};
