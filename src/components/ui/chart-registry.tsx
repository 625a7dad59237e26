import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ExportableChart } from './chart-export';

/** Every exportable chart on the page, in page order, for "download all charts". */
export interface ChartRegistry {
  register: (id: string, entry: () => ExportableChart) => () => void;
  list: () => ExportableChart[];
}

const ChartRegistryContext = createContext<ChartRegistry | null>(null);

export function ChartRegistryProvider({ children }: { children: ReactNode }) {
  const [registry] = useState<ChartRegistry>(() => {
    const entries = new Map<string, () => ExportableChart>();
    return {
      register: (id, entry) => {
        entries.set(id, entry);
        return () => entries.delete(id);
      },
      // Map keeps insertion (mount) order, which is the page order of the cards.
      list: () => Array.from(entries.values(), (entry) => entry()),
    };
  });
  return <ChartRegistryContext value={registry}>{children}</ChartRegistryContext>;
}

export function useChartRegistry(): ChartRegistry | null {
  return useContext(ChartRegistryContext);
}

/** Registers a chart card while it is mounted; the entry is read when needed, so it is always current. */
export function useRegisterChart(entry: ExportableChart | null): void {
  const registry = useChartRegistry();
  const id = useId();
  const latest = useRef(entry);
  useEffect(() => {
    latest.current = entry;
  });
  const registered = entry !== null;
  useEffect(() => {
    if (!registry || !registered) return;
    return registry.register(id, () => latest.current as ExportableChart);
  }, [registry, registered, id]);
}
