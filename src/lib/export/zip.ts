import { zipSync } from 'fflate';

/** One ZIP of already-compressed images: stored, not deflated again, which is faster and no larger. */
export async function zipFiles(files: readonly { name: string; blob: Blob }[]): Promise<Blob> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const file of files) {
    let name = file.name;
    for (let n = 2; name in entries; n += 1) name = file.name.replace(/(\.\w+)$/, `-${n}$1`);
    entries[name] = [new Uint8Array(await file.blob.arrayBuffer()), { level: 0 }];
  }
  const zipped = zipSync(entries);
  return new Blob([zipped.buffer], { type: 'application/zip' });
}
