import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from '../lib/service-worker';
import { bundledDatasetQuery } from '../data/sources';
import { App } from './App';
import { createAppQueryClient } from './query-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createAppQueryClient();
// The bundled data is requested before React's first render, so the download overlaps it: the first
// screen shows it unless a stored dataset comes first (or a `?data=` link loads; then only if that fails).
void queryClient.prefetchQuery(bundledDatasetQuery());

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);

registerServiceWorker();
