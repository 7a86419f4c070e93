// The component-test fixture (dataset-fixture.ts) extended for the actor profiles and the source
// view: bodies with mentions, quotes that overlap and nest (a mention inside a quote, a quote that
// starts mid-mention, two quotes overlapping), a draft event, an unregistered name, an uncurated
// article with a recognised actor, and a paragraph of hostile markup that must stay text.
// Offsets are computed from the texts, never typed by hand; source-view-fixture.test.tsx checks
// the result against the schema and checkIntegrity.
import type { ArticleBody, Dataset, Evidence, Mention } from '../../src/schema/dataset.ts';
import { makeActor, makeArticle, makeEvent, makeEvidence, makeFixtureBody, makeFixtureDataset } from './dataset-fixture.ts';

export const HOSTILE =
  'A comment read <script>alert("x")</script> <img src=x onerror="alert(1)"> and <a href="javascript:alert(2)">click me</a> there.';

export const DELTA = [
  'Wu Qian said the hotline would reopen, and Gen. Brown agreed with Wu.',
  `Austin met Wu Qian in Beijing. ${HOSTILE}`,
  'Officials may meet again in December, a draft note says.',
] as const;

export const CHARLIE = ['Analysts expect Liu Zhenli to call his US counterpart in 2024.'] as const;

/** The `occurrence`-th (0-based) place `text` appears in `paragraph`. */
function at(paragraph: string, text: string, occurrence = 0): number {
  let from = -1;
  for (let i = 0; i <= occurrence; i++) {
    from = paragraph.indexOf(text, from + 1);
    if (from < 0) throw new Error(`fixture text not found: ${text}`);
  }
  return from;
}

function mention(paragraphs: readonly string[], paragraph: number, actorId: string, text: string, occurrence = 0): Mention {
  const start = at(paragraphs[paragraph]!, text, occurrence);
  return { actorId, paragraph, start, end: start + text.length, match: text.includes(' ') ? 'name' : 'surname' };
}

function quote(articleId: string, paragraphs: readonly string[], paragraph: number, text: string, extra: Partial<Evidence> = {}): Evidence {
  return makeEvidence({ articleId, quote: text, paragraph, start: at(paragraphs[paragraph]!, text), ...extra });
}

export const QUOTES = {
  /** A quote that begins with a whole mention ("Wu Qian"). */
  talks0: 'Wu Qian said the hotline would reopen',
  /** Starts inside the mention "Wu Qian" and overlaps talks0. */
  talks1: 'Qian said the hotline would reopen, and Gen. Brown agreed',
  /** Holds two mentions and the start of the hostile markup. */
  talks2: 'Austin met Wu Qian in Beijing. A comment read <script>alert("x")</script>',
  draft0: 'Officials may meet again in December',
} as const;

export function makeSourceViewDataset(): Dataset {
  const base = makeFixtureDataset();
  const articles = base.articles.map((a) =>
    a.id === 'art-charlie' ? { ...a, actorIds: ['liu-zhenli'], mentionCount: 1 } : a,
  );
  articles.push(
    makeArticle({
      id: 'art-delta',
      title: 'Hotline to reopen, spokesman says',
      outlet: 'Example Wire',
      originalSource: 'Xinhua',
      authors: ['A. Writer'],
      published: { date: '2023-11-20', precision: 'day', basis: 'stated', note: 'Printed below the headline.' },
      paragraphCount: 3,
      mentionCount: 6,
      actorIds: ['charles-brown', 'lloyd-austin', 'wu-qian'],
      eventIds: ['evt-delta-draft', 'evt-delta-talks'],
      unlinkedNames: [{ text: 'Zhang Youxia', count: 2 }],
    }),
  );

  const actors = base.actors.map((a) => {
    switch (a.id) {
      case 'charles-brown':
        return { ...a, mentionCount: 4, articleIds: ['art-bravo', 'art-delta'], eventIds: ['evt-chiefs-call', 'evt-delta-draft'] };
      case 'liu-zhenli':
        return { ...a, mentionCount: 2, articleIds: ['art-bravo', 'art-charlie'], eventIds: ['evt-chiefs-call', 'evt-delta-draft'] };
      default:
        return a;
    }
  });
  actors.push(
    makeActor({
      id: 'wu-qian',
      name: 'Wu Qian',
      side: 'prc',
      kind: 'spokesperson',
      aliases: ['Wu'],
      roles: [
        {
          title: 'Spokesperson, Ministry of National Defense',
          organizationId: 'prc-mnd',
          from: { date: '2015-08-01', precision: 'month' },
          to: null,
          articleIds: ['art-delta'],
          note: '',
        },
      ],
      mentionCount: 3,
      articleIds: ['art-delta'],
      eventIds: ['evt-delta-talks'],
    }),
    makeActor({
      id: 'lloyd-austin',
      name: 'Lloyd Austin',
      aliases: ['Austin'],
      mentionCount: 1,
      articleIds: ['art-delta'],
      eventIds: ['evt-delta-talks'],
    }),
  );

  const events = [
    ...base.events,
    makeEvent({
      id: 'evt-delta-talks',
      type: 'meeting',
      date: { start: '2023-11-18', end: '2023-11-18', precision: 'day', basis: 'relative', note: '"on Saturday".' },
      channelIds: ['chiefs'],
      actorIds: ['lloyd-austin', 'wu-qian'],
      summary: 'Austin and Wu Qian agree the hotline will reopen.',
      evidence: [
        quote('art-delta', DELTA, 0, QUOTES.talks0, { speakerIds: ['wu-qian'] }),
        quote('art-delta', DELTA, 0, QUOTES.talks1, { speakerIds: ['wu-qian'], reporting: 'recalled' }),
        quote('art-delta', DELTA, 1, QUOTES.talks2),
      ],
    }),
    makeEvent({
      id: 'evt-delta-draft',
      type: 'planned',
      date: { start: '2023-12-01', end: '2023-12-31', precision: 'month', basis: 'stated', note: '"in December".' },
      channelIds: ['mmca'],
      actorIds: ['charles-brown', 'liu-zhenli'],
      summary: 'Officials plan to meet again in December.',
      draft: true,
      evidence: [quote('art-delta', DELTA, 2, QUOTES.draft0, { reporting: 'anticipated' })],
    }),
  ];
  return { ...base, articles, actors, events };
}

export function makeSourceViewBody(articleId: 'art-alpha' | 'art-bravo' | 'art-charlie' | 'art-delta'): ArticleBody {
  if (articleId === 'art-delta') {
    const paragraphs = [...DELTA];
    return {
      schemaVersion: 1,
      id: 'art-delta',
      paragraphs,
      blocks: [
        { role: 'boilerplate', text: '• Home  • World  • Login', reason: 'site navigation', paragraph: null },
        { role: 'headline', text: 'Hotline to reopen, spokesman says', reason: 'the headline', paragraph: null },
        ...paragraphs.map((text, i) => ({ role: 'body' as const, text, reason: '', paragraph: i })),
        { role: 'boilerplate', text: 'Share on Facebook', reason: 'share buttons', paragraph: null },
      ],
      mentions: [
        mention(DELTA, 0, 'wu-qian', 'Wu Qian'),
        mention(DELTA, 0, 'charles-brown', 'Gen. Brown'),
        mention(DELTA, 0, 'wu-qian', 'Wu', 1),
        mention(DELTA, 1, 'lloyd-austin', 'Austin'),
        mention(DELTA, 1, 'wu-qian', 'Wu Qian'),
        // A second, nested mention: "Brown" inside "Gen. Brown" (two matches of one name).
        mention(DELTA, 0, 'charles-brown', 'Brown'),
      ],
    };
  }
  if (articleId === 'art-charlie') {
    const paragraphs = [...CHARLIE];
    return {
      schemaVersion: 1,
      id: 'art-charlie',
      paragraphs,
      blocks: paragraphs.map((text, i) => ({ role: 'body', text, reason: '', paragraph: i })),
      mentions: [mention(CHARLIE, 0, 'liu-zhenli', 'Liu Zhenli')],
    };
  }
  return makeFixtureBody(articleId.slice(4) as 'alpha' | 'bravo');
}

/** fetch stubs for every body, by the URL the app requests in tests (BASE_URL is '/'). */
export function sourceViewFiles(): Record<string, { body: string }> {
  const ids = ['art-alpha', 'art-bravo', 'art-charlie', 'art-delta'] as const;
  return Object.fromEntries(ids.map((id) => [`/data/articles/${id}.json`, { body: JSON.stringify(makeSourceViewBody(id)) }]));
}
