import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../format';
import { messagesId } from '../i18n/messages-id';
import { chartJob } from './chart-job';

const zoneOfTheRun = process.env.TZ;

describe('chartJob credit line', () => {
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zoneOfTheRun;
  });

  it('is dated with the reader’s local day, not the UTC day', () => {
    // 03:00 on 1 January in Jakarta is still 31 December in UTC.
    process.env.TZ = 'Asia/Jakarta';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.UTC(2024, 11, 31, 20, 0)));
    const job = chartJob(
      {
        title: 'Peringkat',
        description: 'Diagram',
        chart: <svg />,
        spec: { legend: [], csv: { columns: [], rows: [] }, sourceLine: 'Sumber', illustrative: false },
      },
      { t: messagesId, fmt: createFormatters('id'), lang: 'id' },
    );
    expect(job.frame.credit).toBe('Rapor · dibuat 1 Januari 2025');
  });
});
