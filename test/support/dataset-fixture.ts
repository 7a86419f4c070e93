// A small, valid, hand-written dataset for component tests: deterministic (no random data),
// small enough to read, and covering the cases the views must handle — a curated and an
// uncurated article, day / month / year publication dates, stated and inferred bases, a
// channel whose status changes twice, a channel with no evidence (stays `unknown`), and
// event dates of every precision. test/components/fixture.test.tsx checks it against the
// schema and checkIntegrity, so it cannot drift from the contract.
import type {
  Actor,
  Article,
  ArticleBody,
  Channel,
  Dataset,
  Event,
  Evidence,
  StatusInterval,
} from '../../src/schema/dataset.ts';

export function makeArticle(overrides: Partial<Article> & Pick<Article, 'id'>): Article {
  const { id } = overrides;
  return {
    seedFile: `${id}.txt`,
    title: `Title of ${id}`,
    outlet: 'Example News',
    originalSource: null,
    authors: [],
    published: { date: '2023-01-01', precision: 'day', basis: 'stated', note: 'Printed below the headline.' },
    curated: true,
    provenance: {
      title: { method: 'extracted', note: 'The first line of the text.' },
      outlet: { method: 'extracted', note: 'The site name in the header.' },
      originalSource: { method: 'missing', note: 'No "Source:" line.' },
      authors: { method: 'missing', note: 'No byline.' },
      published: { method: 'extracted', note: 'Printed below the headline.' },
    },
    paragraphCount: 2,
    removedBlockCount: 0,
    mentionCount: 0,
    actorIds: [],
    eventIds: [],
    unlinkedNames: [],
    bodyFile: `articles/${id}.json`,
    ...overrides,
  };
}

export function makeActor(overrides: Partial<Actor> & Pick<Actor, 'id' | 'name'>): Actor {
  return {
    side: 'us',
    kind: 'civilian-official',
    aliases: [],
    misspellings: [],
    roles: [],
    description: `${overrides.name}.`,
    mentionCount: 0,
    articleIds: [],
    eventIds: [],
    ...overrides,
  };
}

export function makeChannel(overrides: Partial<Channel> & Pick<Channel, 'id' | 'name' | 'order'>): Channel {
  return {
    shortName: overrides.name,
    description: `What the ${overrides.name} is.`,
    mechanism: 'Talks',
    us: { offices: ['Department of Defense'], actorIds: [] },
    prc: { offices: ['Ministry of National Defense'], actorIds: [] },
    ...overrides,
  };
}

export function makeEvidence(overrides: Partial<Evidence> & Pick<Evidence, 'articleId' | 'quote'>): Evidence {
  const start = overrides.start ?? 0;
  return {
    paragraph: 0,
    start,
    end: start + overrides.quote.length,
    reporting: 'reported',
    speakerIds: [],
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<Event> & Pick<Event, 'id' | 'channelIds' | 'evidence'>): Event {
  return {
    type: 'statement',
    date: { start: '2023-01-01', end: '2023-01-01', precision: 'day', basis: 'stated', note: 'Dated in the text.' },
    actorIds: [],
    summary: `Summary of ${overrides.id}.`,
    statusEffects: [],
    notes: [],
    draft: false,
    ...overrides,
  };
}

// Paragraph texts, so evidence offsets are computed, not typed by hand.
export const PARAGRAPHS = {
  alpha: [
    'In August 2022, Beijing severed military communication channels with Washington.',
    'Officials said the talks would not resume soon.',
  ],
  bravo: [
    'Defense chiefs held a video call on 21 December 2023, the first in over a year.',
    'A reader comment pasted here read <script>alert(1)</script> and nothing else.',
  ],
  charlie: ['Analysts expect more contact in 2024.'],
} as const;

const quote = (articleId: keyof typeof PARAGRAPHS, paragraph: number, text: string): Evidence => {
  const start = PARAGRAPHS[articleId][paragraph]!.indexOf(text);
  if (start < 0) throw new Error(`fixture quote not in ${articleId}[${paragraph}]: ${text}`);
  return makeEvidence({ articleId: `art-${articleId}`, quote: text, paragraph, start });
};

export function makeFixtureDataset(): Dataset {
  const articles: Article[] = [
    makeArticle({
      id: 'art-alpha',
      title: 'Beijing cuts military channels',
      published: { date: '2022-08-05', precision: 'day', basis: 'stated', note: 'Printed below the headline.' },
      actorIds: ['prc-mnd'],
      eventIds: ['evt-suspension'],
      mentionCount: 1,
    }),
    makeArticle({
      id: 'art-bravo',
      title: 'Defense chiefs talk again',
      outlet: null,
      published: { date: '2023-12-01', precision: 'month', basis: 'inferred', note: 'The call "last week" was in December.' },
      provenance: {
        title: { method: 'extracted', note: 'The first line of the text.' },
        outlet: { method: 'missing', note: 'No outlet named.' },
        originalSource: { method: 'missing', note: 'No "Source:" line.' },
        authors: { method: 'missing', note: 'No byline.' },
        published: { method: 'inferred', note: 'From "last week" and the December call.' },
      },
      actorIds: ['charles-brown', 'liu-zhenli'],
      eventIds: ['evt-chiefs-call'],
      mentionCount: 3,
    }),
    makeArticle({
      id: 'art-charlie',
      title: 'Outlook for 2024',
      published: { date: '2024-01-01', precision: 'year', basis: 'inferred', note: 'Looks ahead to 2024.' },
      curated: false,
      paragraphCount: 1,
    }),
  ];

  const actors: Actor[] = [
    makeActor({
      id: 'charles-brown',
      name: 'Charles Q. Brown',
      kind: 'military-officer',
      aliases: ['Gen. Brown', 'CQ Brown'],
      roles: [
        {
          title: 'Chief of Staff of the Air Force',
          organizationId: null,
          from: { date: '2020-08-01', precision: 'month' },
          to: { date: '2023-09-01', precision: 'month' },
          articleIds: [],
          note: 'Public record.',
        },
        {
          title: 'Chairman of the Joint Chiefs of Staff',
          organizationId: null,
          from: { date: '2023-10-01', precision: 'month' },
          to: null,
          articleIds: ['art-bravo'],
          note: '',
        },
      ],
      mentionCount: 2,
      articleIds: ['art-bravo'],
      eventIds: ['evt-chiefs-call'],
    }),
    makeActor({
      id: 'liu-zhenli',
      name: 'Liu Zhenli',
      side: 'prc',
      kind: 'military-officer',
      mentionCount: 1,
      articleIds: ['art-bravo'],
      eventIds: ['evt-chiefs-call'],
    }),
    makeActor({
      id: 'prc-mnd',
      name: 'Ministry of National Defense',
      side: 'prc',
      kind: 'organization',
      misspellings: ['Ministry of Defence'],
      mentionCount: 1,
      articleIds: ['art-alpha'],
      eventIds: [],
    }),
  ];

  const channels: Channel[] = [
    makeChannel({ id: 'chiefs', name: "Chiefs' channel", shortName: 'Chiefs', order: 0 }),
    makeChannel({ id: 'mmca', name: 'MMCA talks', shortName: 'MMCA', order: 1 }),
  ];

  const events: Event[] = [
    makeEvent({
      id: 'evt-chiefs-call',
      type: 'video-conference',
      date: { start: '2023-12-21', end: '2023-12-21', precision: 'day', basis: 'stated', note: '"on 21 December 2023".' },
      channelIds: ['chiefs'],
      actorIds: ['charles-brown', 'liu-zhenli'],
      summary: 'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.',
      statusEffects: [{ channelId: 'chiefs', status: 'open', effective: '2023-12-21', precision: 'day' }],
      evidence: [quote('bravo', 0, 'Defense chiefs held a video call on 21 December 2023')],
    }),
    makeEvent({
      id: 'evt-suspension',
      type: 'suspension',
      date: { start: '2022-08-01', end: '2022-08-31', precision: 'month', basis: 'stated', note: '"In August 2022".' },
      channelIds: ['chiefs'],
      summary: 'Beijing severs military communication channels with Washington.',
      statusEffects: [{ channelId: 'chiefs', status: 'suspended', effective: '2022-08-01', precision: 'month' }],
      evidence: [quote('alpha', 0, 'Beijing severed military communication channels with Washington')],
    }),
  ];

  const statusIntervals: StatusInterval[] = [
    { channelId: 'chiefs', status: 'unknown', start: '2022-01-01', end: '2022-08-01', eventId: null, precision: null },
    { channelId: 'chiefs', status: 'suspended', start: '2022-08-01', end: '2023-12-21', eventId: 'evt-suspension', precision: 'month' },
    { channelId: 'chiefs', status: 'open', start: '2023-12-21', end: '2025-01-01', eventId: 'evt-chiefs-call', precision: 'day' },
    { channelId: 'mmca', status: 'unknown', start: '2022-01-01', end: '2025-01-01', eventId: null, precision: null },
  ];

  return {
    schemaVersion: 1,
    version: '0123456789ab',
    coverage: { start: '2022-01-01', end: '2025-01-01' },
    articles,
    actors,
    channels,
    events,
    statusIntervals,
  };
}

export function makeFixtureBody(articleId: keyof typeof PARAGRAPHS): ArticleBody {
  const paragraphs = [...PARAGRAPHS[articleId]];
  return {
    schemaVersion: 1,
    id: `art-${articleId}`,
    paragraphs,
    blocks: paragraphs.map((text, i) => ({ role: 'body', text, reason: '', paragraph: i })),
    mentions: [],
  };
}
