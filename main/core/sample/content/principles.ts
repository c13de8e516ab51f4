import { bold, cite, doc, italic, li, ol, p } from '../builders';
import type { SampleSection } from '../sampleIds';

export const principles: SampleSection = {
  key: 'principles',
  title: 'Key principles',
  content: ({ ref }) =>
    doc(
      p(
        'From the evidence, we have drawn six principles for supporting staff after a patient safety incident. They apply whatever the size of the organisation and whatever learning response is chosen.',
      ),
      ol(
        li(...bold('Reach out early.'), ' Someone should contact each person involved within 72 hours — and a named person should stay in touch until the learning response ends.'),
        li(...bold('Include everyone.'), ' Support should not depend on contract, profession, shift or role. Bank, agency and non-clinical staff, and learners, are involved too.'),
        li(...bold('Keep learning and accountability apart.'), ' A learning response is not a disciplinary process, and staff should be told clearly which process they are in.'),
        li(...bold('Involve, don’t just interview.'), ' Staff should help shape the questions a learning response asks, and see its findings first.'),
        li(...bold('Protect time.'), ' Debriefs, peer support and attendance at learning responses need time in the rota, not goodwill.'),
        li(...bold('Care for the carers.'), ' Managers, facilitators and peer supporters need training and supervision of their own.'),
      ),
      p(
        'None of this competes with compassion for patients and families. PSIRF places staff and families side by side among “those affected”,',
        cite(ref.psirf2022),
        ' and staff who feel supported are better able to be open with the families they cared for.',
        cite(ref.wu2000),
      ),
      p(...italic('Being open after harm is easier for people who are not afraid.')),
    ),
};
