import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../pipeline/steps/clean.ts';
import { findDateMentions, findPublicationDate, parseDateLine } from '../../../../pipeline/steps/publication-date.ts';
import { PROJECT_ROOT } from '../../../support/seed-workspace.ts';

const P1 = 'Chinese and US defense officials held a video call on Tuesday, the ministry said.';
const dateOf = (...lines: string[]) => findPublicationDate(cleanArticle(lines.join('\n'), 'seeds/test.txt').value);
const seedDate = (stem: string) =>
  findPublicationDate(cleanArticle(readFileSync(join(PROJECT_ROOT, 'seeds', `${stem}.txt`), 'utf8'), stem).value);

describe('findPublicationDate on the seeds', () => {
  it('003: the date beside the headline, not the page header date', () => {
    const note = 'Printed beside the headline: "September 2, 2023".';
    expect(seedDate('003_209ec3550312bc1b')).toEqual({
      published: { date: '2023-09-02', precision: 'day', basis: 'stated', note },
      note,
    });
  });

  it('002: no date printed; "August 2022" is the latest mention', () => {
    const note = 'No date printed; the latest date the text mentions is "August 2022" (paragraph 6), so published on or after it.';
    expect(seedDate('002_f6827184a85c8d0d')).toEqual({
      published: { date: '2022-08-01', precision: 'month', basis: 'inferred', note },
      note,
    });
  });

  it('000: only a year to go on', () => {
    expect(seedDate('000_ad52e1e9c47da241').published).toMatchObject({ date: '2020-01-01', precision: 'year', basis: 'inferred' });
  });

  it('004: nothing datable, so null with the reason', () => {
    expect(seedDate('004_e63b7962d350ce36')).toEqual({
      published: null,
      note: 'No date printed, and the text mentions no full date, month and year, or year to infer one from.',
    });
  });
});

describe('findPublicationDate on crafted text', () => {
  it('a page header date alone is never the publication date', () => {
    const { published } = dateOf('Thursday, June 12, 2025', 'China and US hold military talks', P1, 'The talks were first proposed in March 2023.');
    expect(published).toMatchObject({ date: '2023-03-01', precision: 'month', basis: 'inferred' });
  });

  it('a month and year beside the headline is stated at month precision', () => {
    expect(dateOf('China and US hold military talks', 'August 2023', P1).published).toMatchObject({
      date: '2023-08-01',
      precision: 'month',
      basis: 'stated',
    });
  });

  it('prefers the published date over an "Updated" line', () => {
    expect(dateOf('China and US hold military talks', 'Updated: 4 September 2023', 'Published: 2 September 2023', P1).published?.date).toBe('2023-09-02');
  });

  it('the latest mention wins, a full date over its own year', () => {
    const { published } = dateOf(
      'China and US hold military talks',
      'Talks were cut in August 2022 and the ministers met on June 4, 2023, in Singapore.',
      'Both sides said 2023 had been a difficult year for the relationship overall.',
    );
    expect(published).toMatchObject({ date: '2023-06-04', precision: 'day' });
    expect(published?.note).toBe('No date printed; the latest date the text mentions is "June 4, 2023" (paragraph 1), so published on or after it.');
  });

  it('a deadline is not a lower bound', () => {
    const { published } = dateOf('China and US hold military talks', 'Officials met in 2021 and want the PLA ready by 2027, or before the end of 2030.');
    expect(published).toMatchObject({ date: '2021-01-01', precision: 'year' });
  });
});

describe('parseDateLine', () => {
  it.each([
    ['September 2, 2023', { date: '2023-09-02', precision: 'day' }],
    ['Thursday, June 12, 2025', { date: '2025-06-12', precision: 'day' }],
    ['2 Sept 2023', { date: '2023-09-02', precision: 'day' }],
    ['Published: Sep. 2, 2023 10:30 AM GMT', { date: '2023-09-02', precision: 'day' }],
    ['Updated on 2023-09-02', { date: '2023-09-02', precision: 'day' }],
    ['August 2023', { date: '2023-08-01', precision: 'month' }],
    ['February 30, 2023', null],
    ['September 2, 2023 in General', null],
    ['Reading Time: 3 mins read', null],
    ['in General', null],
  ])('%j', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });
});

describe('findDateMentions', () => {
  const found = (text: string) => findDateMentions(text).map((m) => [m.text, m.date, m.precision]);

  it.each([
    ['a full date, and not its year again', 'They met on June 4, 2023.', [['June 4, 2023', '2023-06-04', 'day']]],
    ['day first', 'On 31 August 2023 he said so.', [['31 August 2023', '2023-08-31', 'day']]],
    ['ordinal', 'By then, on August 12th, 2023, the delegation left.', [['August 12th, 2023', '2023-08-12', 'day']]],
    ['month and year', 'In August 2022, Beijing severed the channels.', [['August 2022', '2022-08-01', 'month']]],
    ['bare year', 'The Chinese government ceased communications in 2022.', [['2022', '2022-01-01', 'year']]],
    ['no year: nothing', 'He spoke on October 20 and again on Thursday (August 31).', []],
    ['not a year', 'Around 319 shares, 2.5k views, Type 055 and 12000 troops.', []],
    ['no such day: ignored whole', 'On February 30, 2023 nothing happened.', []],
    ['deadlines left out', 'Ready by 2027, until June 2025, ahead of the end of 2026.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
