import type { SectionPlace } from '../../../shared/api/calls/citations';
import type { DataTopic } from '../dataEvents';
import { useNavigation } from '../navigation';
import { useApiList } from './useApiList';

const TOPICS: DataTopic[] = ['sections', 'findings', 'outline'];

/** Where a finding is mentioned, each place a link into the text. */
export function FindingUsage({ findingId }: { findingId: string }) {
  const { items } = useApiList<SectionPlace>((a) => a.findingUsage({ id: findingId }), TOPICS);
  const { goToSection } = useNavigation();
  if (!items.length) return <div className="tags">Not mentioned in the text yet.</div>;
  return (
    <div className="tags">
      Mentioned in
      {/* One place a line: the panel is narrow, and a list of long titles joined by commas wraps badly. */}
      <ul className="usage-places">
        {items.map((place) => (
          <li key={place.sectionId}>
            <button type="button" className="link-button" onClick={() => goToSection(place.sectionId, place.positions[0])}>
              {place.number} {place.title}
              {place.count > 1 ? ` (${place.count})` : ''}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
