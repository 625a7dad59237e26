import { useEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useOnline } from '../../lib/online';
import { relativeAge } from '../../lib/relative-age';
import { Notice } from '../../components/ui/Notice';

const MINUTE = 60_000;

/** Says, while the browser is offline, that the data on screen is what was loaded earlier, and when. */
export function OfflineNotice({ loadedAt }: { loadedAt: string | undefined }) {
  const online = useOnline();
  if (online || loadedAt === undefined) return null;
  return <OfflineAge loadedAt={loadedAt} />;
}

/** Mounted when the connection goes: its clock starts then and moves on each minute. */
function OfflineAge({ loadedAt }: { loadedAt: string }) {
  const { t, fmt, lang } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Notice tone="info" testId="offline-notice">
      <p>{t.offline.notice({ when: fmt.dateTime(loadedAt), age: relativeAge(loadedAt, now, lang) })}</p>
    </Notice>
  );
}
