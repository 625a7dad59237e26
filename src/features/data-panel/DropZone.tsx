import { useEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Lets a file be dropped anywhere on the page; shows a full-page target while one is dragged over. */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/leave fire for every child element crossed
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);

  if (!over) return null;
  return (
    <div
      aria-hidden
      className="pointer-events-none fixed inset-0 z-50 grid place-items-center bg-accent/15 p-6 backdrop-blur-sm"
    >
      <p className="rounded-xl border-2 border-dashed border-accent bg-raised px-8 py-6 text-lg font-semibold text-ink">
        {t.data.dropHere}
      </p>
    </div>
  );
}
