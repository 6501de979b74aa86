// Synthetic news events for benchmarks: deterministic (seeded), with ranges, five groups and mixed
// importance, spread over 1990–2024 so every zoom level has something to show.
export function syntheticTimeline(count, seed = 42) {
  const random = seededRandom(seed);
  const groups = ['politics', 'economy', 'security', 'diplomacy', 'society'];
  const start = Date.UTC(1990, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  const events = [];
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(random() * span);
    const event = {
      id: `e${i}`,
      start: day(at),
      title: `Event ${i}: ${groups[i % 5]} briefing number ${Math.floor(random() * 1000)}`,
      group: groups[i % 5],
      importance: 1 + Math.floor(random() * 3),
    };
    if (random() < 0.2) event.end = day(at + Math.floor(random() * 60) * 86_400_000);
    events.push(event);
  }
  return { title: `${count} synthetic events`, groups: groups.map((id) => ({ id, label: id })), events };
}

/** Numbers in [0, 1) from a seed, the same for the same seed (mulberry32: small, fast and good enough to spread dates). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
