import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsTimeline } from 'news-timeline/react';
import data from './data/japan-nato-2022-2023.json';

// A React 19 app: the wrapper sets `events` as a property and turns the element's DOM events into
// typed props. The app keeps the selection in its own state and shows it beside the timeline.
function Story() {
  const [selected, setSelected] = useState(null);
  return (
    <>
      <NewsTimeline
        events={data}
        label="Japan and NATO, 2022–2023"
        onNewsTimelineSelect={(e) => setSelected(e.event)}
      />
      <p aria-live="polite" className="react-status">
        {selected ? `React state: ${selected.title}` : 'React state: no event selected yet.'}
      </p>
    </>
  );
}

createRoot(document.getElementById('app')).render(<Story />);
