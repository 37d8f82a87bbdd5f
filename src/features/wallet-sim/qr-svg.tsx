import { useMemo } from 'react';
import { encodeQr } from '../../lib/barcode/qr-matrix.ts';

const QUIET = 4;

type QrSvgProps = { text: string; label: string; className?: string };

/** A QR code of `text`; the text is also in `data-text`, for copying and for tests. */
export function QrSvg({ text, label, className = 'qr' }: QrSvgProps) {
  const { size, path } = useMemo(() => {
    const matrix = encodeQr(text);
    let d = '';
    for (let y = 0; y < matrix.size; y++) {
      for (let x = 0; x < matrix.size; x++) {
        if (matrix.dark(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
      }
    }
    return { size: matrix.size + 2 * QUIET, path: d };
  }, [text]);

  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      data-text={text}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
