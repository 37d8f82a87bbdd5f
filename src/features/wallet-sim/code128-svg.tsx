import { useMemo } from 'react';
import { encodeCode128 } from '../../lib/barcode/code128.ts';

const QUIET = 10;
const HEIGHT = 40;

export function Code128Svg({ text, label }: { text: string; label: string }) {
  const { width, path } = useMemo(() => {
    const widths = encodeCode128(text);
    let x = QUIET;
    let d = '';
    widths.forEach((w, i) => {
      if (i % 2 === 0) d += `M${x} 0h${w}v${HEIGHT}h-${w}z`;
      x += w;
    });
    return { width: x + QUIET, path: d };
  }, [text]);

  return (
    <svg
      className="barcode"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={width} height={HEIGHT} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
