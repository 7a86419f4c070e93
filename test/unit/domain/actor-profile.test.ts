import { describe, expect, it } from 'vitest';
import { actorStatements, actorTimelinePoints, axisTicks, involvement, mentionContexts } from '../../../src/domain/actor-profile.ts';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { daysBetween } from '../../../src/domain/days.ts';
import type { ArticleBody } from '../../../src/schema/dataset.ts';
import { makeSourceViewBody, makeSourceViewDataset, QUOTES } from '../../support/source-view-fixture.ts';

const index = indexDataset(makeSourceViewDataset());
const day = (d: string) => daysBetween('1970-01-01', d);

describe('actorStatements', () => {
  it('lists the quotes whose speakers include the actor, with event, evidence index and article', () => {
    expect(actorStatements(index, 'wu-qian').map((s) => [s.event.id, s.evidenceIndex, s.evidence.quote, s.article?.id])).toEqual([
      ['evt-delta-talks', 0, QUOTES.talks0, 'art-delta'],
      ['evt-delta-talks', 1, QUOTES.talks1, 'art-delta'],
    ]);
  });

  it('is empty for an actor who is never quoted, even one who takes part in events', () => {
    expect(actorStatements(index, 'lloyd-austin')).toEqual([]);
    expect(actorStatements(index, 'nobody')).toEqual([]);
  });
});

describe('involvement', () => {
  it.each([
    ['lloyd-austin', 'participant'],
    ['wu-qian', 'both'],
  ])('%s in evt-delta-talks: %s', (actorId, expected) => {
    expect(involvement(index.eventsById.get('evt-delta-talks')!, actorId)).toBe(expected);
  });

  it('quoted only', () => {
    const event = { ...index.eventsById.get('evt-delta-talks')!, actorIds: ['lloyd-austin'] };
    expect(involvement(event, 'wu-qian')).toBe('quoted');
  });
});

describe('actorTimelinePoints', () => {
  it('places each event mid-span on a day axis, chronologically, with its label and draft mark', () => {
    expect(actorTimelinePoints(index, 'charles-brown')).toEqual([
      {
        eventId: 'evt-delta-draft',
        x: (day('2023-12-01') + day('2023-12-31')) / 2,
        xStart: day('2023-12-01'),
        xEnd: day('2023-12-31'),
        type: 'planned',
        summary: 'Officials plan to meet again in December.',
        dateLabel: 'Dec 2023',
        draft: true,
        involvement: 'participant',
      },
      {
        eventId: 'evt-chiefs-call',
        x: day('2023-12-21'),
        xStart: day('2023-12-21'),
        xEnd: day('2023-12-21'),
        type: 'video-conference',
        summary: 'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.',
        dateLabel: '21 Dec 2023',
        draft: false,
        involvement: 'participant',
      },
    ]);
  });
});

describe('axisTicks', () => {
  it.each<[string, string, string[]]>([
    ['2020-06-01', '2023-12-31', ['2021', '2022', '2023']],
    ['2023-08-14', '2023-12-21', ['Sep 2023', 'Oct 2023', 'Nov 2023', 'Dec 2023']],
    ['2022-03-15', '2023-09-30', ['Apr 2022', 'Jul 2022', 'Oct 2022', 'Jan 2023', 'Apr 2023', 'Jul 2023']],
    ['2000-01-01', '2020-01-01', ['2000', '2003', '2006', '2009', '2012', '2015', '2018']],
  ])('%s … %s', (from, to, labels) => {
    const ticks = axisTicks(day(from), day(to));
    expect(ticks.map((t) => t.label)).toEqual(labels);
    expect(ticks.every((t) => t.x >= day(from) && t.x <= day(to))).toBe(true);
  });
});

describe('mentionContexts', () => {
  const contexts = (body: ArticleBody, actorId: string, max?: number) =>
    mentionContexts(body, actorId, max).map((c) => ({
      paragraph: c.paragraph,
      text: c.parts.map((p) => (p.mention ? `[${p.text}]` : p.text)).join(''),
      mentions: c.mentions.map((m) => m.start),
      cut: [c.range.cutBefore, c.range.cutAfter],
    }));

  it('gives one context per sentence, with every mention of the actor in it marked', () => {
    expect(contexts(makeSourceViewBody('art-delta'), 'wu-qian')).toEqual([
      { paragraph: 0, text: '[Wu Qian] said the hotline would reopen, and Gen. Brown agreed with [Wu].', mentions: [0, 66], cut: [false, false] },
      { paragraph: 1, text: 'Austin met [Wu Qian] in Beijing.', mentions: [11], cut: [false, false] },
    ]);
  });

  it('marks nested mentions of one actor as one run', () => {
    expect(contexts(makeSourceViewBody('art-delta'), 'charles-brown')).toEqual([
      { paragraph: 0, text: 'Wu Qian said the hotline would reopen, and [Gen. Brown] agreed with Wu.', mentions: [43, 48], cut: [false, false] },
    ]);
  });

  it('keeps hostile markup in a context as plain text', () => {
    const body = makeSourceViewBody('art-delta');
    const hostile: ArticleBody = { ...body, mentions: [{ actorId: 'x', paragraph: 1, start: 47, end: 53, match: 'name' }] };
    expect(contexts(hostile, 'x')[0]!.text).toBe(
      'A comment read <[script]>alert("x")</script> <img src=x onerror="alert(1)"> and <a href="javascript:alert(2)">click me</a> there.',
    );
  });

  it('cuts a long sentence to a window around the mention', () => {
    const [context] = contexts(makeSourceViewBody('art-delta'), 'lloyd-austin', 12);
    expect(context).toEqual({ paragraph: 1, text: '[Austin] met', mentions: [0], cut: [false, true] });
  });

  it('is empty for an actor the text does not name', () => {
    expect(contexts(makeSourceViewBody('art-delta'), 'liu-zhenli')).toEqual([]);
  });
});
