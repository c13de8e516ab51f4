import type { FindingInput, SafetyItemInput } from '../store/registerRepo';
import type { FindingKey, SafetyItemKey } from './sampleIds';

/** The sample's findings, in register order (F1–F5). */
export const SAMPLE_FINDINGS: Record<FindingKey, FindingInput> = {
  f1: {
    title: 'Whether staff are offered support depends on where they work and who their manager is',
    statement:
      'Support for staff after a patient safety incident was offered inconsistently. Whether and how quickly it was offered depended mainly on the individual line manager, the staff group and the time of day, rather than on any organisational process.',
    themes: ['Access to support', 'Leadership'],
    evidenceNotes:
      'Interviews with 62 staff across 9 trusts; survey of 1,184 staff (response rate 31½%); review of 14 trusts’ staff support policies.',
  },
  f2: {
    title: 'Staff often experience learning responses as something done to them',
    statement:
      'Staff involved in incidents were frequently told late, or not at all, that a learning response was under way. Many described feeling investigated rather than involved, even in organisations that had adopted the Patient Safety Incident Response Framework.',
    themes: ['Engagement', 'PSIRF'],
    evidenceNotes: 'Interviews; observation of 6 after-action reviews and 4 patient safety incident investigations.',
  },
  f3: {
    title: 'Debriefs are valued but rarely protected',
    statement:
      'Staff valued timely, facilitated debriefs after distressing events. Debriefs were seldom protected in rotas, were often cancelled because of clinical pressures, and facilitators were not always trained.',
    themes: ['Debriefing', 'Workload'],
    evidenceNotes: 'Survey free text (412 comments on debriefing); interviews with 11 debrief facilitators.',
  },
  f4: {
    title: 'Peer support reaches some staff groups more than others',
    statement:
      'Structured peer support schemes were valued where they existed, but reached doctors and nurses on day shifts far more than bank and agency staff, students, night staff and non-clinical colleagues.',
    themes: ['Peer support', 'Equity'],
    evidenceNotes: 'Trust data on 2,310 peer support contacts over 12 months; focus groups with bank staff and students.',
  },
  f5: {
    title: 'Learning and accountability processes are not clearly separated',
    statement:
      'In some organisations, an incident report could trigger a human resources process before the facts were understood. Staff who had seen this were less willing to report and to speak openly in learning responses.',
    themes: ['Just culture', 'Psychological safety'],
    evidenceNotes: 'Policy review; interviews with HR leads in 7 trusts; survey questions on speaking up.',
  },
};

type SampleSafetyItem = Omit<SafetyItemInput, 'findingId'> & { finding: FindingKey };

/** The sample's safety recommendations and observations, in register order. */
export const SAMPLE_SAFETY_ITEMS: Record<SafetyItemKey, SampleSafetyItem> = {
  r1: {
    kind: 'recommendation',
    finding: 'f1',
    addressee: 'NHS England',
    status: 'agreed',
    text:
      'It is recommended that NHS England sets out a national minimum offer of support for staff involved in patient safety incidents, including a named contact and an offer of support within 72 hours, and that it applies to all staff groups, including bank and agency staff and learners.',
  },
  r2: {
    kind: 'recommendation',
    finding: 'f2',
    addressee: 'NHS England',
    status: 'agreed',
    text:
      'It is recommended that NHS England updates its guidance on engaging and involving staff following a patient safety incident, so that staff are told within 5 working days that a learning response is planned, are invited to contribute to its terms of reference, and see its findings before they are shared more widely.',
  },
  r3: {
    kind: 'recommendation',
    finding: 'f5',
    addressee: 'NHS Employers',
    status: 'draft',
    text:
      'It is recommended that NHS Employers, working with NHS England, develops guidance for human resources teams so that no formal employment process begins on the strength of an incident report alone, and that any decision to start one follows the principles of A just culture guide.',
  },
  o1: {
    kind: 'observation',
    finding: 'f3',
    addressee: 'Integrated care boards',
    status: 'draft',
    text:
      'Integrated care boards may find it helpful to share training for debrief facilitators across their systems, so that smaller providers and community services can offer facilitated debriefs.',
  },
  o2: {
    kind: 'observation',
    finding: 'f4',
    addressee: 'Providers of NHS-funded care',
    status: 'draft',
    text:
      'Providers of NHS-funded care may benefit from reviewing who uses their peer support schemes and from extending them to bank and agency staff, learners, night staff and non-clinical colleagues.',
  },
};
