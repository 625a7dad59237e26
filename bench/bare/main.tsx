// The benchmark's baseline: React and one Recharts bar chart of the six Batang 2024 units, nothing else.
// `npm run bench` builds it with the same Vite as the app and compares the app's load to it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

const units = [
  { unit: 'Disdukcapil', total: 93.77 },
  { unit: 'Disdikbud', total: 89.07 },
  { unit: 'Dinsos', total: 95.07 },
  { unit: 'Puskesmas Batang I', total: 95.86 },
  { unit: 'DPMPTSP', total: 97.55 },
  { unit: 'Puskesmas Batang III', total: 90.9 },
];

function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 960, margin: '0 auto', padding: 16 }}>
      <h1>Kabupaten Batang 2024</h1>
      <BarChart
        responsive
        style={{ width: '100%', height: 320 }}
        data={units}
        layout="vertical"
        margin={{ top: 8, right: 48, bottom: 4, left: 4 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="unit" width={150} />
        <Tooltip />
        <Bar dataKey="total" fill="#2563eb" isAnimationActive={false} />
      </BarChart>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
