import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EventList, ROW_HEIGHT, WINDOW_ABOVE } from '../../src/features/timeline/event-list.tsx';
import { makeEvent, makeEvidence } from '../support/dataset-fixture.ts';

const evidence = [makeEvidence({ articleId: 'a', quote: 'q' })];
const events = (n: number) =>
  Array.from({ length: n }, (_, i) => makeEvent({ id: `evt-${String(i).padStart(5, '0')}`, channelIds: ['c'], evidence, summary: `Event number ${i}.` }));

function renderList(n: number, selectedId?: string) {
  const onSort = vi.fn();
  const list = (rows: ReturnType<typeof events>) => (
    <MemoryRouter>
      <h2 id="h">Events</h2>
      <EventList
        labelledBy="h"
        rows={rows}
        sort="date"
        selectedId={selectedId}
        channelsById={new Map()}
        actorsById={new Map()}
        articlesById={new Map()}
        eventLink={(id) => `/?event=${id}`}
        onSort={onSort}
      />
    </MemoryRouter>
  );
  const { rerender } = render(list(events(n)));
  return { table: screen.getByRole('table', { name: 'Events' }), onSort, setRows: (rows: ReturnType<typeof events>) => rerender(list(rows)) };
}

const summaries = (table: HTMLElement) => within(table).queryAllByRole('rowheader').map((th) => th.textContent);

describe('EventList windowing', () => {
  it('renders a short list whole', () => {
    const { table } = renderList(WINDOW_ABOVE);
    expect(summaries(table)).toHaveLength(WINDOW_ABOVE);
  });

  it('renders only the rows in view of a long list, and tells assistive technology the real size and positions', () => {
    const { table } = renderList(50_000);
    const shown = within(table).getAllByRole('row').filter((r) => r.hasAttribute('aria-rowindex'));
    expect(shown.length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', '50001');
    expect(shown[1]).toHaveAttribute('aria-rowindex', '2');
    expect(summaries(table)[0]).toBe('Event number 0.');

    const scroller = table.closest('.event-list') as HTMLElement;
    scroller.scrollTop = 1000 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    const after = summaries(table);
    expect(after).toContain('Event number 1000.');
    expect(after).not.toContain('Event number 0.');
    expect(within(table).getByRole('rowheader', { name: 'Event number 1000.' }).closest('tr')).toHaveAttribute('aria-rowindex', '1002');
  });

  it('scrolls a selected row into view, with its row drawn on the first render', () => {
    const { table } = renderList(5_000, 'evt-04000');
    const scroller = table.closest('.event-list') as HTMLElement;
    expect(scroller.scrollTop).toBe(3999 * ROW_HEIGHT);
    // No scroll event has fired: the window was placed from the selection itself.
    expect(summaries(table)).toContain('Event number 4000.');
  });

  it('follows the selected row when a filter moves it', () => {
    const { table, setRows } = renderList(5_000, 'evt-04000');
    const scroller = table.closest('.event-list') as HTMLElement;
    // Every other event filtered out: the selected one is now row 2000.
    setRows(events(5_000).filter((_, i) => i % 2 === 0));
    expect(scroller.scrollTop).toBe(1999 * ROW_HEIGHT);
    expect(summaries(table)).toContain('Event number 4000.');
  });

  it('keeps no scroll position for a short list, which the page scrolls', () => {
    const { table, setRows } = renderList(WINDOW_ABOVE, 'evt-00150');
    const scroller = table.closest('.event-list') as HTMLElement;
    expect(scroller.scrollTop).toBe(0);
    // Grown past the window threshold with the selection at the same place: the window starts at the top, where the scroller is.
    setRows(events(5_000));
    expect(scroller.scrollTop).toBe(0);
    expect(summaries(table)[0]).toBe('Event number 0.');
  });

  it('leaves the scroll alone when the selected row is already in view', () => {
    const { table } = renderList(5_000, 'evt-00003');
    expect((table.closest('.event-list') as HTMLElement).scrollTop).toBe(0);
    expect(summaries(table)[0]).toBe('Event number 0.');
  });

  it('asks for the reverse order when the sorted column is chosen again', () => {
    const { table, onSort } = renderList(3);
    fireEvent.click(within(table).getByRole('button', { name: 'Date' }));
    fireEvent.click(within(table).getByRole('button', { name: 'Sources' }));
    expect(onSort.mock.calls).toEqual([['-date'], ['sources']]);
  });
});
