import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { csvField, eventsToCsv, eventsToJson } from '../../../src/domain/export-events.ts';
import { elapsedLabel, lastContact } from '../../../src/domain/last-contact.ts';
import { makeEvent, makeEvidence, makeFixtureDataset } from '../../support/dataset-fixture.ts';

const dataset = makeFixtureDataset();
const index = indexDataset(dataset);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@cmd', "'@cmd"],
    ['-x', "'-x"],
  ])('%j → %s', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('eventsToCsv', () => {
  it('writes a header and one row per event, with quotes, source ids and status effects', () => {
    const csv = eventsToCsv(index.events, index);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'id,date_start,date_end,date_precision,date_label,date_basis,type,draft,channel_ids,channels,status_effects,actor_ids,actors,summary,source_ids,source_count,evidence',
    );
    expect(lines[1]).toBe(
      'evt-suspension,2022-08-01,2022-08-31,month,Aug 2022,stated,suspension,no,chiefs,Chiefs\' channel,chiefs: suspended from 2022-08-01 (month),,,Beijing severs military communication channels with Washington.,art-alpha,1,' +
        '"[art-alpha #0, reported] ""Beijing severed military communication channels with Washington"""',
    );
    expect(lines[2]).toContain('evt-chiefs-call,2023-12-21,2023-12-21,day,21 Dec 2023,stated,video-conference,no,chiefs');
    expect(lines[2]).toContain('charles-brown; liu-zhenli,Charles Q. Brown; Liu Zhenli');
    expect(lines).toHaveLength(4); // header, two events, and the empty string after the final CRLF
    expect(lines[3]).toBe('');
  });

  it('is the same bytes every time', () => {
    expect(eventsToCsv(index.events, index)).toBe(eventsToCsv(index.events, index));
  });
});

describe('eventsToJson', () => {
  it('carries the dataset version, the query, and each event with its evidence and names', () => {
    const doc = JSON.parse(eventsToJson(index.events.slice(0, 1), index, 'channel=chiefs'));
    expect(doc.format).toBe('hotline-events');
    expect(doc.datasetVersion).toBe('0123456789ab');
    expect(doc.query).toBe('channel=chiefs');
    expect(doc.count).toBe(1);
    expect(doc.events[0].id).toBe('evt-suspension');
    expect(doc.events[0].channelNames).toEqual(["Chiefs' channel"]);
    expect(doc.events[0].evidence[0]).toMatchObject({ articleId: 'art-alpha', quote: 'Beijing severed military communication channels with Washington' });
    expect(doc.articles).toEqual([{ id: 'art-alpha', title: 'Beijing cuts military channels', outlet: 'Example News', published: dataset.articles[0]!.published }]);
  });
});

describe('lastContact and elapsedLabel', () => {
  const evidence = [makeEvidence({ articleId: 'a', quote: 'q' })];
  const e = (id: string, type: 'call' | 'statement' | 'meeting', start: string, end = start, draft = false) =>
    makeEvent({ id, type, channelIds: ['c'], evidence, draft, date: { start, end, precision: 'day', basis: 'stated', note: 'n' } });

  it('is the latest confirmed meeting, call, video conference or contact; statements and drafts do not count', () => {
    expect(lastContact([e('a', 'call', '2021-01-01'), e('b', 'meeting', '2022-08-01', '2022-08-31'), e('c', 'statement', '2023-01-01'), e('d', 'call', '2023-06-01', '2023-06-01', true)])?.id).toBe('b');
    expect(lastContact([e('c', 'statement', '2023-01-01')])).toBeUndefined();
  });

  it.each([
    ['2023-12-21', '2024-01-01', '11 days'],
    ['2021-08-31', '2024-01-01', '2 years 4 months'],
    ['2023-01-15', '2023-02-15', '1 month'],
    ['2023-01-15', '2023-02-14', '30 days'],
    ['2020-01-01', '2023-01-01', '3 years'],
    ['2023-01-01', '2023-01-01', '0 days'],
  ])('from %s to %s: %s', (from, to, label) => expect(elapsedLabel(from, to)).toBe(label));
});
