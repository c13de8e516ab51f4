import { bold, cite, doc, findingRef, link, p } from '../builders';
import type { SampleSection } from '../sampleIds';

export const findingsAccountability: SampleSection = {
  key: 'findings-accountability',
  parent: 'findings',
  title: 'Learning and accountability',
  content: ({ finding, ref }) =>
    doc(
      p(
        'A just culture treats people fairly: it recognises that most harm comes from the systems people work in, while keeping accountability for the rare acts that are reckless or deliberate.',
        cite(ref.dekker2016),
        ' NHS organisations are encouraged to use ',
        ...link('https://www.england.nhs.uk/patient-safety/a-just-culture-guide/', 'A just culture guide'),
        ' before taking any formal action against a member of staff after an incident.',
        cite(ref.justCulture2018),
      ),
      p(
        'In five of the seven trusts whose HR leads we interviewed, an incident report could still reach a manager who started a disciplinary or capability process before the facts were established. Two HR leads had not heard of the just culture guide.',
      ),
      p(
        'Staff noticed. In our survey, staff who knew of a colleague who had faced formal action after an incident were ',
        ...bold('half as likely'),
        ' to say they would report a near miss, and much less likely to say they felt safe speaking up in a learning response. This is consistent with research on psychological safety in teams.',
        cite(ref.edmondson1999),
      ),
      p('This is reflected in finding ', findingRef(finding.f5), '.'),
    ),
};
