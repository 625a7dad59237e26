// The zone names as the Ombudsman writes them, quoted in either language of the interface (the opinion
// and unit words are in src/domain/published-labels.ts, shared with the canonical JSON).
export const ZONE_ID: Readonly<Record<string, string>> = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' };
