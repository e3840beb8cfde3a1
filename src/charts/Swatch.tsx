/**
 * A party's colour as a small dot or a stripe. SVG with the colour as a
 * presentation attribute, not an inline style: prerendered HTML runs under a
 * Content-Security-Policy that refuses style attributes, and the theme's
 * shade rule (`.party-fill`) applies to it as to the seats.
 */
export function Swatch({ color, shape = 'dot' }: { color: string | undefined; shape?: 'dot' | 'stripe' | 'ring' }) {
  if (shape === 'stripe') {
    return (
      <svg className="stripe" width="100%" height="6" aria-hidden="true" preserveAspectRatio="none">
        <rect className="party-fill" width="100%" height="6" color={color ?? '#888888'} />
      </svg>
    );
  }
  // A ring: an empty seat, as the chart draws one (hemicycle.css).
  return (
    <svg className={`swatch swatch-${shape}`} viewBox="0 0 10 10" aria-hidden="true">
      <circle className="party-fill" cx="5" cy="5" r="5" color={color ?? '#888888'} />
    </svg>
  );
}
