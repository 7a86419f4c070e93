import { describe, expect, it } from 'vitest';
import { CurationFile } from '../../../../pipeline/input-schemas.ts';
import { formatIssue } from '../../../../pipeline/issues.ts';
import { buildEvents, type CuratedArticle } from '../../../../pipeline/steps/events.ts';
import { parseYamlInput } from '../../../../pipeline/yaml-input.ts';

const known = { actors: new Set(['wu-qian', 'us-dod', 'cmc-oimc']), channels: new Set(['working-level', 'mmca']) };

const article = (articleId: string, yaml: string, paragraphs: string[], blocks: CuratedArticle['blocks'] = []): CuratedArticle => {
  const parsed = parseYamlInput(`seeds/curation/${articleId}.yaml`, yaml, CurationFile);
  if (!parsed.value) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return { articleId, source: parsed.value, paragraphs, blocks };
};

const callYaml = (quote: string, extra = '') => `events:
  - id: evt-call
    type: call
    date: { start: 2020-10-20, precision: day, basis: relative, note: on October 20 }
    channels: [working-level]
    actors: [us-dod, cmc-oimc]
    summary: A call.
    status: [{ channel: working-level, status: open }]
    evidence:
      - quote: >-
          ${quote}
        reporting: reported
        speakers: [wu-qian]
${extra}`;

const p0 = 'According Wu, senior officers spoke by phone on October 20. More text.';

describe('buildEvents', () => {
  it('locates a quote across a YAML line break and records verbatim text and offsets', () => {
    const { value, issues } = buildEvents([article('a', callYaml('senior officers spoke\n          by phone'), ['Intro.', p0])], known);
    expect(issues).toEqual([]);
    expect(value[0]?.evidence).toEqual([
      { articleId: 'a', quote: 'senior officers spoke by phone', paragraph: 1, start: 14, end: 44, reporting: 'reported', speakerIds: ['wu-qian'] },
    ]);
    expect(value[0]?.statusEffects).toEqual([{ channelId: 'working-level', status: 'open', effective: '2020-10-20', precision: 'day' }]);
    expect(value[0]?.date.end).toBe('2020-10-20');
  });

  it('adds a later article’s evidence to the event instead of creating a second one', () => {
    const later = article(
      'b',
      `corroborates:\n  - event: evt-call\n    evidence:\n      - { quote: "The officers had spoken in October.", reporting: recalled }\n`,
      ['The officers had spoken in October.'],
    );
    const { value, issues } = buildEvents([later, article('a', callYaml('spoke by phone'), [p0])], known);
    expect(issues).toEqual([]);
    expect(value).toHaveLength(1);
    expect(value[0]?.evidence.map((e) => `${e.articleId}:${e.reporting}`)).toEqual(['a:reported', 'b:recalled']);
  });

  it('says when a quote is in removed boilerplate', () => {
    const blocks = [{ role: 'boilerplate' as const, text: 'Related posts: officers spoke by phone', reason: 'related posts', paragraph: null }];
    const { issues } = buildEvents([article('a', callYaml('Related posts: officers spoke by phone'), [p0], blocks)], known);
    expect(issues.map(formatIssue)).toEqual([
      'seeds/curation/a.yaml:10 events[0].evidence[0].quote: quote is in text the cleaning step removed (boilerplate: related posts), not in the article body: "Related posts: officers spoke by phone"',
    ]);
  });

  it('says when a quote spans two paragraphs', () => {
    const { issues } = buildEvents([article('a', callYaml('Intro. According Wu'), ['Intro.', p0])], known);
    expect(issues.map((i) => i.message)).toEqual(['quote spans two paragraphs; split it into one quote per paragraph: "Intro. According Wu"']);
  });

  it('rejects an unknown speaker', () => {
    const yaml = callYaml('spoke by phone').replace('speakers: [wu-qian]', 'speakers: [wu-qiang]');
    expect(buildEvents([article('a', yaml, [p0])], known).issues.map((i) => i.message)).toEqual([
      'unknown actor id "wu-qiang" (not in seeds/registry/actors.yaml)',
    ]);
  });

  it('fills the end of a month-precision date and keeps an explicit effective day', () => {
    const yaml = callYaml('spoke by phone')
      .replace('{ start: 2020-10-20, precision: day,', '{ start: 2020-02-01, precision: month,')
      .replace('status: open }', 'status: open, effective: 2020-01-15 }');
    const { value, issues } = buildEvents([article('a', yaml, [p0])], known);
    expect(issues).toEqual([]);
    expect(value[0]?.date).toMatchObject({ start: '2020-02-01', end: '2020-02-29', precision: 'month' });
    expect(value[0]?.statusEffects[0]).toMatchObject({ effective: '2020-01-15', precision: 'day' });
  });
});
