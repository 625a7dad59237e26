import interWoff2Url from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';

let fontCss: Promise<string> | null = null;

/**
 * An SVG drawn onto a canvas cannot see the page's fonts, so the app's font travels inside the
 * SVG as a data URL. Fetched once; without it (offline, blocked) the system sans-serif is used.
 */
function embeddedFontCss(): Promise<string> {
  fontCss ??= fetch(interWoff2Url)
    .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
    .then(
      (blob) =>
        new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
          reader.onerror = () => reject(reader.error ?? new Error('font read failed'));
          reader.readAsDataURL(blob);
        }),
    )
    .then(
      (dataUrl) => `@font-face{font-family:'Inter Variable';font-weight:100 900;src:url(${dataUrl}) format('woff2');}`,
    )
    .catch(() => '');
  return fontCss;
}

function withFont(svg: string, css: string): string {
  if (!css) return svg;
  return svg.replace(/<svg([^>]*)>/, `<svg$1><style>${css}</style>`);
}

/** Draws the SVG on a white canvas at `scale`× its size and returns a PNG. */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([withFont(svg, await embeddedFontCss())], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
