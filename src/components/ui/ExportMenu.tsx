import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useRegisterChart } from './chart-registry';
import { useChartExporter, type ChartExport } from './chart-export';

type Format = 'png' | 'svg' | 'copy' | 'csv';

interface ExportMenuProps {
  title: string;
  subtitle?: string;
  description: string;
  chart: ReactElement;
  spec: ChartExport;
}

/**
 * PNG, SVG, clipboard and CSV for one chart, done by the exporter the app provides (which loads the
 * export code on first use, so it costs nothing until someone exports). Without one, no menu.
 */
export function ExportMenu({ title, subtitle, description, chart, spec }: ExportMenuProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const exporter = useChartExporter();
  useRegisterChart({ title, ...(subtitle ? { subtitle } : {}), description, chart, spec });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  // The message floats over the chart: it goes with the next click or Escape, so it never hides the chart for good.
  useEffect(() => {
    if (message === null) return;
    const dismiss = () => setMessage(null);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') dismiss();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', dismiss);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', dismiss);
    };
  }, [message]);

  const run = async (format: Format) => {
    if (!exporter) return;
    setOpen(false);
    setBusy(true);
    setMessage(null);
    try {
      const entry = { title, ...(subtitle ? { subtitle } : {}), description, chart, spec };
      if (format === 'copy') {
        const result = await exporter.copy(entry, i18n);
        setMessage(
          result.ok
            ? t.exporting.copied
            : result.reason === 'unsupported'
              ? t.exporting.copyUnsupported
              : t.exporting.copyDenied,
        );
      } else {
        await exporter.download(entry, format, i18n);
      }
    } catch (error) {
      setMessage(t.exporting.failed({ message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const items: { format: Format; label: string }[] = [
    { format: 'png', label: t.exporting.png },
    { format: 'svg', label: t.exporting.svg },
    { format: 'copy', label: t.exporting.copy },
    { format: 'csv', label: t.exporting.csv },
  ];

  if (!exporter) return null;

  return (
    <div className="relative print:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t.exporting.menuLabel({ title })}
        disabled={busy}
        onClick={() => setOpen((v) => !v)}
        className="rounded-md border border-line px-2.5 py-1 text-sm text-ink hover:bg-sunken disabled:opacity-60"
      >
        {busy ? t.exporting.working : `${t.exporting.menu} ▾`}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="group"
          aria-label={t.exporting.menuLabel({ title })}
          className="absolute right-0 z-20 mt-1 w-44 rounded-md border border-line bg-raised py-1 shadow-lg"
          onKeyDown={(e) => {
            if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
            e.preventDefault();
            const buttons = Array.from(menuRef.current?.querySelectorAll('button') ?? []);
            const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
            const next = buttons[(index + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
            next?.focus();
          }}
        >
          {items.map((item) => (
            <button
              key={item.format}
              type="button"
              data-export={item.format}
              onClick={() => void run(item.format)}
              className="block w-full px-3 py-1.5 text-left text-sm text-ink hover:bg-sunken focus:bg-sunken"
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {message && (
        <p
          role="status"
          className="absolute right-0 z-10 mt-1 w-64 rounded-md border border-line bg-raised p-2 text-xs text-ink shadow"
        >
          {message}
        </p>
      )}
    </div>
  );
}
