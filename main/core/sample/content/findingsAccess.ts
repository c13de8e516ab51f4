import { bold, callout, cite, doc, figure, findingRef, footnote, italic, p, ul } from '../builders';
import { SUPPORT_CHART_ALT } from '../sampleAssets';
import type { SampleSection } from '../sampleIds';

export const findingsAccess: SampleSection = {
  key: 'findings-access',
  parent: 'findings',
  title: 'Access to support after an incident',
  content: ({ finding }) =>
    doc(
      p(
        'All 14 trusts whose policies we reviewed said that staff involved in incidents would be offered support. In practice, staff described a lottery. Whether anyone checked on them depended on the manager on duty, on whether the incident happened in hours, and on their staff group.',
      ),
      p(
        'Managers told us they wanted to help but often did not know what was available, or felt they had to choose between supporting a colleague and keeping the ward or station running. Several said they had never been trained in how to have the first conversation.',
      ),
      callout(
        'quote',
        p('“I’m not trained for this. I say ‘are you OK?’, they say ‘yes’, and we both go back to work. I know that isn’t enough.”'),
        p(...italic('Ward manager, district general hospital')),
      ),
      p('This is reflected in finding ', findingRef(finding.f1), '.'),
    ),
};

export const findingsAccessFirstDays: SampleSection = {
  key: 'findings-access-first-days',
  parent: 'findings-access',
  title: 'The first 72 hours',
  content: ({ asset, ref }) =>
    doc(
      p(
        'Staff and managers agreed that the first few days matter most. Acute stress reactions are common and usually settle, but staff who feel unsupported at this point are more likely to report lasting distress.',
        cite(ref.busch2020),
        ' Across all organisations, only 59% of survey respondents said they had been offered any support within 72 hours; in community services the figure was 41% (Figure 1).',
      ),
      figure({
        assetId: asset.supportChart,
        alt: SUPPORT_CHART_ALT,
        caption: 'Figure 1: Staff offered support within 72 hours of a patient safety incident, by type of trust (survey, n = 1,184).',
        width: 90,
      }),
      p(
        'Ambulance services did best. Both had adopted a trauma risk management (TRiM) model',
        footnote(
          'TRiM is a peer-delivered model of trauma risk assessment and support first developed in the UK armed forces and since adopted by some emergency services and NHS organisations.',
        ),
        ' after major incidents, and crews told us that a check-in call from a trained colleague had become “just what happens”.',
      ),
    ),
};

export const findingsAccessMissed: SampleSection = {
  key: 'findings-access-missed',
  parent: 'findings-access',
  title: 'Staff who are easily missed',
  content: () =>
    doc(
      p('Some staff were much less likely to be offered support than others. They included:'),
      ul(
        [...bold('bank and agency staff'), ', who may have left the organisation before anyone thinks to contact them;'],
        [...bold('students and trainees'), ', whose support sits partly with a university or deanery;'],
        [...bold('night and weekend staff'), ', when fewer managers and support services are available;'],
        [...bold('non-clinical staff'), ' — porters, receptionists, call handlers and housekeepers — who may witness distressing events but are rarely thought of as “involved”.'],
      ),
      p(
        'A locum doctor told us she learnt that an investigation had been completed into a patient’s death only when she asked for a reference a year later. Nobody had told her the patient had died.',
      ),
    ),
};
