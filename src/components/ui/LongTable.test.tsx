import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { LONG_TABLE_WINDOW_FROM, LongTable } from './LongTable';

const names = (count: number) => Array.from({ length: count }, (_, i) => `Kota Contoh ${i + 1}`);

function Table({ rows }: { rows: readonly string[] }) {
  return (
    <LongTable
      rows={rows}
      columnCount={2}
      testId="t"
      tableClassName=""
      headClassName=""
      headCells={
        <>
          <th scope="col">Peringkat</th>
          <th scope="col">Instansi</th>
        </>
      }
      renderRow={(name, index, rowProps) => (
        <tr key={name} {...rowProps}>
          <td>{index + 1}</td>
          <th scope="row">{name}</th>
        </tr>
      )}
    />
  );
}

const bodyRows = () =>
  within(screen.getByTestId('t'))
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== '1' && r.getAttribute('aria-hidden') !== 'true');

describe('LongTable', () => {
  it('renders every row of a short table, with its place in the table', () => {
    render(<Table rows={names(40)} />);
    const table = screen.getByTestId('t');
    expect(table).toHaveAttribute('aria-rowcount', '41');
    const rows = bodyRows();
    expect(rows).toHaveLength(40);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rows[39]).toHaveAttribute('aria-rowindex', '41');
    expect(within(rows[39]!).getByRole('rowheader')).toHaveTextContent('Kota Contoh 40');
  });

  it('renders only the rows in view of a long table, and still says how long it is', () => {
    const rows = names(5870);
    render(<Table rows={rows} />);
    const table = screen.getByTestId('t');
    expect(table).toHaveAttribute('aria-rowcount', '5871');
    const shown = bodyRows();
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(shown[0]!).getByRole('rowheader')).toHaveTextContent('Kota Contoh 1');
    // The header row stays a real header row.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Peringkat', 'Instansi']);
  });

  it('windows from the threshold on, not before', () => {
    const { unmount } = render(<Table rows={names(LONG_TABLE_WINDOW_FROM)} />);
    expect(bodyRows()).toHaveLength(LONG_TABLE_WINDOW_FROM);
    unmount();
    render(<Table rows={names(LONG_TABLE_WINDOW_FROM + 1)} />);
    expect(bodyRows().length).toBeLessThan(LONG_TABLE_WINDOW_FROM);
  });
});
