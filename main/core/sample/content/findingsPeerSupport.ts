import { cite, doc, findingRef, footnote, p } from '../builders';
import type { SampleSection } from '../sampleIds';

export const findingsPeerSupport: SampleSection = {
  key: 'findings-peer-support',
  parent: 'findings',
  title: 'Peer support',
  content: ({ finding, ref }) =>
    doc(
      p(
        'Seven of the nine trusts we visited ran a structured peer support scheme, in which trained colleagues offer a confidential conversation after a difficult event. The research suggests that staff most want support from a respected colleague who understands their work,',
        cite(ref.scott2009),
        ' and staff who had used these schemes spoke highly of them.',
      ),
      p(
        'But the schemes reached some staff much more than others. Of 2,310 contacts recorded by the trusts over 12 months, 71% were with doctors and registered nurses working day shifts.',
        footnote('Trusts recorded contacts in different ways; the figures are indicative.'),
        ' Bank and agency staff accounted for 3% of contacts, although they made up around 12% of shifts worked; students for under 1%.',
      ),
      p(
        'Peer supporters themselves needed support. Several had volunteered after their own experience of an incident, and some found the role emotionally demanding without supervision.',
      ),
      p('This is reflected in finding ', findingRef(finding.f4), '.'),
    ),
};
