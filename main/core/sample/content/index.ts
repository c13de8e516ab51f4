import type { SampleSection } from '../sampleIds';
import { background, backgroundPeople, backgroundPsirf } from './background';
import { exemplars } from './exemplars';
import { findings } from './findings';
import { findingsAccess, findingsAccessFirstDays, findingsAccessMissed } from './findingsAccess';
import { findingsAccountability } from './findingsAccountability';
import { findingsDebriefs } from './findingsDebriefs';
import { findingsInvolvement } from './findingsInvolvement';
import { findingsPeerSupport } from './findingsPeerSupport';
import { method } from './method';
import { principles } from './principles';
import { recommendations } from './recommendations';
import { references } from './references';
import { summary } from './summary';

/** The sample's sections in outline order; a parent always comes before its children. */
export const SAMPLE_SECTIONS: SampleSection[] = [
  summary,
  background,
  backgroundPeople,
  backgroundPsirf,
  method,
  findings,
  findingsAccess,
  findingsAccessFirstDays,
  findingsAccessMissed,
  findingsInvolvement,
  findingsDebriefs,
  findingsPeerSupport,
  findingsAccountability,
  principles,
  exemplars,
  recommendations,
  references,
];
