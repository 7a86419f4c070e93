import { describe, expect, it } from 'vitest';
import { findDateExpressions, type Reference } from '../../../../pipeline/ingest/date-expressions.ts';
import { chooseExpression, fallbackDate } from '../../../../pipeline/ingest/event-date.ts';
import { findTrigger } from '../../../../pipeline/ingest/event-triggers.ts';

const REF: Reference = { date: '2023-09-02', precision: 'day', basis: 'stated' };
const chosen = (text: string, ref = REF) => chooseExpression(findDateExpressions(text, ref), findTrigger(text)!, text)?.text ?? null;

describe('chooseExpression: which date is the event’s', () => {
  it.each([
    ['the one nearest the event word', 'Wu stated on Thursday (August 31) that Xu led a delegation that met officials from August 12th to 18th.', 'from August 12th to 18th'],
    ['the report’s date when nothing else is near', 'China said on Friday it was cancelling a planned call between theatre commanders, after a visit this week.', 'on Friday'],
    ['not a comparison after "since"', 'It was the first MMCA meeting since December 2021, as China suspended the mechanism in August 2022.', 'August 2022'],
    ['but the date inside the since-clause when the event is there', 'The talks were the first since China suspended the mechanism in August 2022.', 'August 2022'],
    ['the finer of two near dates', 'This year, Austin finally met Dong face to face in Singapore in May.', 'May'],
  ])('%s', (_name, text, expected) => {
    expect(chosen(text)).toBe(expected);
  });

  it('none when the only date is a comparison', () => {
    expect(chosen('They met in Beijing, the first such meeting since 2016.')).toBeNull();
  });
});

describe('fallbackDate', () => {
  it('the date carried from the sentence before, inferred', () => {
    const [carried] = findDateExpressions('On Wednesday, they agreed.', REF);
    expect(fallbackDate(carried!, REF)).toMatchObject({ start: '2023-08-30', end: '2023-08-30', precision: 'day', basis: 'inferred' });
  });

  it('else the publication date, at its own precision', () => {
    expect(fallbackDate(null, { date: '2023-12-01', precision: 'month', basis: 'inferred' })).toEqual({
      start: '2023-12-01',
      end: '2023-12-31',
      precision: 'month',
      basis: 'inferred',
      note: 'No date in the sentence; the publication date, 2023-12 (inferred).',
    });
  });

  it('null without either', () => {
    expect(fallbackDate(null, null)).toBeNull();
  });
});
