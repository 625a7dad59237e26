/**
 * The radius labels of a radar chart: small, in the axis colour, with a halo in the card colour that
 * keeps them readable where an outline crosses them.
 */
export const RADAR_SCALE_TICK = {
  fill: 'var(--chart-axis)',
  fontSize: 10,
  stroke: 'var(--rapor-raised)',
  strokeWidth: 3,
  paintOrder: 'stroke',
} as const;
