import type { DocNode } from '../../../shared/model';

/** Keys the content modules use to point at register entries, references and images. */
export type ReferenceKey =
  | 'wu2000'
  | 'scott2009'
  | 'edmondson1999'
  | 'psirf2022'
  | 'engaging2022'
  | 'dekker2016'
  | 'seys2013'
  | 'busch2020'
  | 'justCulture2018'
  | 'ullstrom2014';

export type FindingKey = 'f1' | 'f2' | 'f3' | 'f4' | 'f5';

export type SafetyItemKey = 'r1' | 'r2' | 'r3' | 'o1' | 'o2';

export type AssetKey = 'supportChart';

/** The ids given to the sample's entities when it is built; fresh for every copy. */
export interface SampleIds {
  ref: Record<ReferenceKey, string>;
  finding: Record<FindingKey, string>;
  item: Record<SafetyItemKey, string>;
  asset: Record<AssetKey, string>;
}

/** One section of the sample report; content is built once the ids are known. */
export interface SampleSection {
  /** Stable key, so tests and later additions (comment threads) can find the section. */
  key: string;
  title: string;
  /** Key of the parent section; absent for a top-level section. */
  parent?: string;
  content(ids: SampleIds): DocNode;
}
