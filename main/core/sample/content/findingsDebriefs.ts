import { callout, doc, findingRef, italic, p, underline } from '../builders';
import type { SampleSection } from '../sampleIds';

export const findingsDebriefs: SampleSection = {
  key: 'findings-debriefs',
  parent: 'findings',
  title: 'Debriefs',
  content: ({ finding }) =>
    doc(
      p(
        'Staff valued two kinds of debrief: a short “hot” debrief straight after an event, and a facilitated “cold” debrief some days later. Of the 412 survey comments about debriefs, more than three quarters were positive about debriefs that had happened — and most of the negative comments were about debriefs that had been promised and then cancelled.',
      ),
      p(
        'Debriefs were seldom protected. Rotas rarely allowed for them, and they were the first thing to go when a unit was busy. In one emergency department, staff told us that a debrief after a child’s death had been rescheduled three times and then quietly dropped.',
      ),
      p(
        'Facilitators were often enthusiastic volunteers. Of the 11 we interviewed, only four had received any training, and none had ',
        ...underline('protected time'),
        ' in their job plan for the role.',
      ),
      callout(
        'warning',
        p(
          'A debrief run badly can do harm: staff described sessions that turned into a search for who was at fault. Facilitators need training, supervision and a clear structure.',
        ),
      ),
      p(
        'Staff also stressed that a debrief is not a learning response. It should support the team and capture immediate safety actions, not settle what happened. This is reflected in finding ',
        findingRef(finding.f3),
        '.',
      ),
      p(...italic('See also the exemplar from an ambulance service later in this report.')),
    ),
};
