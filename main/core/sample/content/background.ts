import { bold, callout, cite, doc, footnote, italic, link, p, ul } from '../builders';
import type { SampleSection } from '../sampleIds';

export const background: SampleSection = {
  key: 'background',
  title: 'Background',
  content: () =>
    doc(
      p(
        'Healthcare is delivered by people working in complex systems, under pressure, and often with incomplete information. When something goes wrong, the patient and their family are harmed first and most. But the staff involved are affected too, and how their organisation responds shapes both their recovery and whether the system learns.',
      ),
      p(
        'This section describes what is known about the effect of incidents on staff, and the national framework within which NHS organisations in England now respond to patient safety incidents.',
      ),
    ),
};

export const backgroundPeople: SampleSection = {
  key: 'background-people',
  parent: 'background',
  title: 'The people involved in incidents',
  content: ({ ref }) =>
    doc(
      p(
        'In 2000, Albert Wu described the doctor who makes a mistake as the “second victim” of medical error: someone who may feel guilt, shame and isolation, and who often has nowhere safe to talk about it.',
        cite(ref.wu2000),
        ' The term has since been questioned — many patients and families, and some staff, feel it draws attention away from those who were harmed',
        footnote(
          'Some organisations now prefer phrases such as “staff involved in incidents”. This report uses that wording, and uses “second victim” only when describing the literature.',
        ),
        ' — but the experience it describes is well documented.',
      ),
      p(
        'A systematic review found that between 10% and 43% of health professionals report second-victim symptoms after an adverse event,',
        cite(ref.seys2013),
        ' and a later meta-analysis found that troubling memories, anxiety, anger and guilt were among the most common.',
        cite(ref.busch2020),
        ' Scott and colleagues described six stages of recovery, from chaos and accident response to “moving on”, in which staff either ',
        ...italic('drop out'),
        ', ',
        ...italic('survive'),
        ' or ',
        ...italic('thrive'),
        '.',
        cite([ref.scott2009, 'p. 327'], ref.seys2013),
      ),
      p('Staff we spoke to described the same experiences. Common themes were:'),
      ul(
        ['replaying the event, often at night, for weeks afterwards;'],
        ['fear of being blamed, of losing their registration, or of the coroner’s inquest;'],
        ['feeling isolated — “everyone stopped talking when I walked into the staff room”;'],
        ['doubting their own competence, and avoiding similar patients or tasks.'],
      ),
      p(
        'Qualitative research in Sweden found that staff often ',
        ...italic('suffered in silence'),
        ', and that the support they received depended heavily on their immediate manager and colleagues.',
        cite(ref.ullstrom2014),
        ' That finding is echoed throughout this report.',
      ),
      callout(
        'quote',
        p('“I went home and sat in the car outside my house for an hour. Nobody had asked me if I was all right. The next shift, I was back on the same ward as if nothing had happened.”'),
        p(...italic('Staff nurse, acute medical unit')),
      ),
    ),
};

export const backgroundPsirf: SampleSection = {
  key: 'background-psirf',
  parent: 'background',
  title: 'The Patient Safety Incident Response Framework',
  content: ({ ref }) =>
    doc(
      p(
        'In August 2022 NHS England published the ',
        ...link('https://www.england.nhs.uk/patient-safety/incident-response-framework/', 'Patient Safety Incident Response Framework'),
        ' (PSIRF), replacing the Serious Incident Framework of 2015.',
        cite(ref.psirf2022),
        ' PSIRF asks organisations to respond to incidents in proportion to the opportunity for learning, using a range of methods — after-action reviews, “swarm” huddles, thematic reviews and patient safety incident investigations — rather than investigating a fixed list of events.',
      ),
      p('PSIRF rests on four aims:'),
      ul(
        ['compassionate engagement and involvement of those affected by patient safety incidents;'],
        ['application of a range of system-based approaches to learning;'],
        ['considered and proportionate responses;'],
        ['supportive oversight focused on strengthening response system functioning and improvement.'],
      ),
      p(
        'The framework’s supporting guidance on engagement makes clear that “those affected” include staff as well as patients and families.',
        cite(ref.engaging2022),
        ' It also separates learning responses from processes that establish accountability, such as professional regulation, coronial inquests and employment processes, which PSIRF does not replace.',
      ),
      callout(
        'info',
        p(
          ...bold('Psychological safety'),
          ' is “a shared belief held by members of a team that the team is safe for interpersonal risk taking”.',
          cite(ref.edmondson1999),
          ' Teams in which people can admit mistakes and ask questions without fear learn more, and a learning response can only be as open as the people in it feel able to be.',
        ),
      ),
    ),
};
