import { describe, expect, it } from 'vitest';
import { CurationFile } from '../../../pipeline/input-schemas.ts';
import { formatIssue } from '../../../pipeline/issues.ts';
import { formatPath, parseYamlInput } from '../../../pipeline/yaml-input.ts';

const file = 'seeds/curation/x.yaml';
const messages = (text: string) => parseYamlInput(file, text, CurationFile).issues.map(formatIssue);

const oneEvent = (overrides: string) => `events:
  - id: evt-1
    type: call
    date: { start: 2020-10-20, precision: day, basis: relative, note: "on October 20" }
    channels: [mmca]
    summary: A call.
${overrides}
    evidence:
      - quote: They spoke by phone.
        reporting: reported
`;

describe('parseYamlInput', () => {
  it('accepts a valid curation file and fills defaults', () => {
    const { value, issues } = parseYamlInput(file, oneEvent(''), CurationFile);
    expect(issues).toEqual([]);
    expect(value?.value.events[0]).toMatchObject({ id: 'evt-1', actors: [], status: [], draft: false });
    expect(value?.value.corroborates).toEqual([]);
  });

  it('reports invalid YAML with its line', () => {
    expect(messages('events:\n  - id: [unclosed\n')).toEqual([expect.stringMatching(/^seeds\/curation\/x\.yaml:\d+: invalid YAML: /)]);
  });

  it('names the line and field of a date that does not parse', () => {
    const text = oneEvent('').replace('start: 2020-10-20', 'start: 2020-02-30');
    expect(messages(text)).toEqual([`${file}:4 events[0].date.start: must be a calendar day written YYYY-MM-DD`]);
  });

  it('names an unknown key on its own line', () => {
    expect(messages(oneEvent('    chanels: [dpct]'))).toEqual([`${file}:7 events[0]: unknown key "chanels"`]);
  });

  it('reports a missing required field', () => {
    const text = oneEvent('').replace('    summary: A call.\n', '');
    expect(messages(text)).toEqual([`${file}:2 events[0].summary: is required`]);
  });

  it('reports a bad enum value with the allowed ones', () => {
    const text = oneEvent('').replace('type: call', 'type: phonecall');
    expect(messages(text)[0]).toMatch(/^seeds\/curation\/x\.yaml:3 events\[0\]\.type: .*"call"/);
  });

  it('reports a duplicate key', () => {
    expect(messages('events: []\nevents: []\n')[0]).toMatch(/:2: invalid YAML: .*[Uu]nique/);
  });
});

describe('formatPath', () => {
  it.each([
    [['events', 2, 'evidence', 0, 'quote'], 'events[2].evidence[0].quote'],
    [['article'], 'article'],
    [[], ''],
  ])('%j → %s', (path, out) => expect(formatPath(path)).toBe(out));
});

describe('parseYamlInput on hostile YAML', () => {
  it.each([
    ['an unresolved alias', 'events: *nothing\n', /invalid YAML: Unresolved alias/],
    ['an alias bomb', `a: &a [x,x,x,x,x,x,x,x,x,x]\n${['b', 'c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcde'[i]}`).join(',')}]`).join('\n')}\n`, /invalid YAML: Excessive alias count/],
    ['a wrong type', 'events: !!set { a, b }\n', /events: Invalid input: expected array/],
  ])('reports %s as an issue instead of throwing', (_, text, message) => {
    expect(messages(text)).toEqual([expect.stringMatching(message)]);
  });
});
