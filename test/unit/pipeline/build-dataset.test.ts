import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleIdFromStem, buildDataset } from '../../../pipeline/build-dataset.ts';
import { formatIssue } from '../../../pipeline/issues.ts';
import { readInputs } from '../../../pipeline/read-inputs.ts';
import { seedWorkspace } from '../../support/seed-workspace.ts';

const C003 = 'seeds/curation/003_209ec3550312bc1b.yaml';
const C002 = 'seeds/curation/002_f6827184a85c8d0d.yaml';

let ws: ReturnType<typeof seedWorkspace>;
beforeEach(() => {
  ws = seedWorkspace();
});
afterEach(() => ws.remove());

const run = () => {
  const { output, issues } = buildDataset(readInputs(ws.root));
  return { output, errors: issues.filter((i) => i.severity === 'error').map(formatIssue) };
};
const lineOf = (path: string, text: string) => ws.read(path).split('\n').findIndex((l) => l.includes(text)) + 1;

describe('buildDataset on the seeds', () => {
  it('builds without issues', () => {
    const { output, errors } = run();
    expect(errors).toEqual([]);
    expect(output?.dataset.articles.map((a) => a.id)).toEqual([
      '000-ad52e1e9c47da241',
      '001-20d88a0b9a200e20',
      '002-f6827184a85c8d0d',
      '003-209ec3550312bc1b',
      '004-e63b7962d350ce36',
    ]);
  });

  it('is deterministic: two runs give the same dataset', () => {
    expect(JSON.stringify(run().output)).toBe(JSON.stringify(run().output));
  });

  it('ingests a seed without curation and marks it not curated', () => {
    ws.write('seeds/005_new.txt', 'A new headline about talks\n\nLloyd Austin spoke with Chinese officials on Monday about the hotline.\n');
    const { output, errors } = run();
    expect(errors).toEqual([]);
    const article = output?.dataset.articles.find((a) => a.id === '005-new');
    expect(article).toMatchObject({ curated: false, title: 'A new headline about talks', eventIds: [], actorIds: ['lloyd-austin'] });
  });
});

describe('buildDataset on bad input', () => {
  it('rejects an empty seed, naming the file', () => {
    ws.write('seeds/005_empty.txt', '');
    expect(run().errors).toEqual([expect.stringMatching(/^seeds\/005_empty\.txt: .*empty/)]);
  });

  it('rejects a binary seed', () => {
    ws.write('seeds/005_binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
    expect(run().errors).toEqual([expect.stringMatching(/^seeds\/005_binary\.txt: .*(UTF-8|binary)/)]);
  });

  it('rejects invalid YAML with its line', () => {
    ws.write(C003, 'events:\n  - id: [oops\n');
    expect(run().errors).toEqual([expect.stringMatching(/^seeds\/curation\/003_209ec3550312bc1b\.yaml:\d+: invalid YAML/)]);
  });

  it('rejects an unknown actor id, with file, line and field', () => {
    ws.edit(C003, 'actors: [john-aquilino, xu-qiling,', 'actors: [john-aquilino, xu-qiliing,');
    const line = lineOf(C003, 'xu-qiliing');
    expect(run().errors).toEqual([`${C003}:${line} events[0].actors[1]: unknown actor id "xu-qiliing" (not in seeds/registry/actors.yaml)`]);
  });

  it('rejects an unknown channel id', () => {
    ws.edit(C003, 'channels: [multilateral-sidelines]', 'channels: [sidelines]');
    expect(run().errors).toEqual([
      expect.stringContaining('events[0].channels[0]: unknown channel id "sidelines"'),
      expect.stringContaining('events[0].status[0].channel: status names channel "multilateral-sidelines", which is not among'),
    ]);
  });

  it('rejects a duplicate event id across files, naming the first definition', () => {
    ws.edit(C003, 'id: evt-2023-02-balloon-incident', 'id: evt-2022-08-china-suspends-military-channels');
    expect(run().errors).toEqual([
      expect.stringMatching(
        /^seeds\/curation\/003_209ec3550312bc1b\.yaml:\d+ events\[2\]\.id: duplicate event id "evt-2022-08-china-suspends-military-channels" \(already defined in seeds\/curation\/002_f6827184a85c8d0d\.yaml\)$/,
      ),
    ]);
  });

  it('rejects a date that does not parse', () => {
    ws.edit(C003, 'start: 2023-08-31', 'start: 2023-08-32');
    expect(run().errors).toEqual([expect.stringMatching(/events\[1\]\.date\.start: must be a calendar day written YYYY-MM-DD$/)]);
  });

  it('rejects a date span that contradicts its precision', () => {
    ws.edit(C003, 'start: 2023-02-01\n      end: 2023-02-28', 'start: 2023-02-01\n      end: 2023-03-28');
    expect(run().errors).toEqual([expect.stringContaining('events[2].date: precision "month" needs the first and last day of one month')]);
  });

  it('rejects a quote that is not in the article, with file, event and quote', () => {
    ws.edit(C003, 'suggests that Xu Qiling and Aquilino likely held talks in Fiji.', 'suggests that Xu Qiling and Aquilino held talks in Fiji.');
    // The quote's line is the one with `quote: >-`, just above its text.
    const line = lineOf(C003, 'Although neither defense department') - 1;
    expect(run().errors).toEqual([
      `${C003}:${line} events[0].evidence[3].quote: quote not found in the article text: "Although neither defense department divulged further details, the shared info…"`,
    ]);
  });

  it('says when a quote differs only in punctuation', () => {
    ws.edit(C003, 'Pentagon spokesperson Pat Ryder expressed hope that Aquilino’s meeting', "Pentagon spokesperson Pat Ryder expressed hope that Aquilino's meeting");
    expect(run().errors).toEqual([expect.stringContaining('quote not found verbatim: the article has it with different quote marks')]);
  });

  it('rejects corroboration of an event no file defines', () => {
    ws.edit(C002, 'event: evt-2023-08-aquilino-meets-pla-official-in-fiji', 'event: evt-2023-08-fiji');
    expect(run().errors).toEqual([expect.stringContaining('corroborates[0].event: no event "evt-2023-08-fiji" is defined in any curation file')]);
  });

  it('rejects curation for a seed that does not exist', () => {
    ws.write('seeds/curation/009_missing.yaml', 'events: []\n');
    expect(run().errors).toEqual(['seeds/curation/009_missing.yaml: curation for "009_missing", but there is no seeds/009_missing.txt']);
  });

  it('rejects a duplicate actor id in the registry', () => {
    ws.edit('seeds/registry/actors.yaml', '  - id: wei-fenghe', '  - id: wu-qian');
    expect(run().errors).toEqual(expect.arrayContaining([expect.stringMatching(/^seeds\/registry\/actors\.yaml:\d+ actors\[\d+\]\.id: duplicate actor id "wu-qian"$/)]));
  });

  it('collects problems from every file before failing', () => {
    ws.write('seeds/005_empty.txt', '');
    ws.edit(C003, 'actors: [john-aquilino, xu-qiling,', 'actors: [john-aquilino, nobody,');
    expect(run().errors.length).toBe(2);
  });

  it('produces no output when there is any error', () => {
    ws.write('seeds/005_empty.txt', '   \n');
    expect(run().output).toBeNull();
  });
});

describe('articleIdFromStem', () => {
  it.each([
    ['000_ad52e1e9c47da241', '000-ad52e1e9c47da241'],
    ['My Article (2)', 'my-article-2'],
    ['__', 'article'],
  ])('%s → %s', (stem, id) => expect(articleIdFromStem(stem)).toBe(id));
});
