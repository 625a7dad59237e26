import type { CopyResult } from '../../components/ui/chart-export';

/** Copies a PNG to the clipboard where the browser allows it (secure context, Clipboard API with images). */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return { ok: false, reason: 'unsupported' };
  try {
    // Passing the promise keeps Safari's user-activation window open while the image renders.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'denied' };
  }
}
