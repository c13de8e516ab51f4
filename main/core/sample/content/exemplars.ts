import { blockquote, bold, callout, doc, hardBreak, hr, italic, p, ul } from '../builders';
import type { SampleSection } from '../sampleIds';

export const exemplars: SampleSection = {
  key: 'exemplars',
  title: 'Exemplars of good practice',
  content: () =>
    doc(
      p(
        'The investigation found many examples of organisations supporting staff well. Three are described here. They are not the only way to do things, but each was valued by staff and could be adapted elsewhere.',
      ),
      callout(
        'exemplar',
        p(...bold('A named contact for every person involved')),
        p(
          'An acute trust in the Midlands assigns a named contact — usually a senior nurse or consultant from a different department — to each member of staff involved in an incident that leads to a learning response. The contact calls within two working days, explains what will happen next, and stays in touch until the report is shared. Staff are told in writing that the learning response is not a disciplinary process.',
        ),
        p(
          'In the trust’s own survey, 84% of staff who had a named contact said they felt supported, against 37% in the year before the scheme began.',
        ),
      ),
      hr(),
      callout(
        'exemplar',
        p(...bold('Debriefs that happen on every shift')),
        p(
          'An ambulance service trained 120 operational staff as debrief facilitators and built a 20-minute slot into the end of each shift. After a distressing job, crews can request a “360°” debrief that includes call handlers and dispatchers, who often hear the start of an incident but never its end.',
        ),
        ul(
          ['Facilitators meet monthly for group supervision with a clinical psychologist.'],
          ['A debrief is never cancelled without being rebooked within 48 hours.'],
          ['Themes — not individual cases — are shared with the patient safety team every quarter.'],
        ),
      ),
      hr(),
      callout(
        'exemplar',
        p(...bold('Peer support that reaches bank staff and students')),
        p(
          'A mental health trust extended its peer support scheme to its staff bank and to placement students, working with two local universities. Peer supporters now include healthcare assistants, a ward housekeeper and a café manager, and the scheme is promoted at bank staff induction.',
        ),
      ),
      p('A housekeeper who trained as a peer supporter told us:'),
      blockquote(
        p(
          '“People talk to me because I’m not their boss. I’m the one who makes the tea.”',
          hardBreak(),
          ...italic('Ward housekeeper and peer supporter, mental health trust'),
        ),
      ),
    ),
};
