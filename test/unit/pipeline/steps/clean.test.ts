import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../pipeline/steps/clean.ts';
import { PROJECT_ROOT } from '../../../support/seed-workspace.ts';

const FILE = 'seeds/test.txt';
const clean = (text: string) => cleanArticle(text, FILE);
/** [role, text] per block, text trimmed: the shape most assertions read best in. */
const roles = (text: string) => clean(text).value.blocks.map((b) => [b.role, b.text.trim()]);
const lines = (...ls: string[]) => ls.join('\n');

const P1 = 'Chinese and US defense officials held a video call on Tuesday, the ministry said.';
const P2 = 'The two sides agreed to keep the channel open and to meet again before the end of the year.';
const P3 = 'Analysts said the call was a small but meaningful step after months of silence.';

describe('cleanArticle: input that is not an article', () => {
  const error = (message: string, line?: number) => ({ file: FILE, message, severity: 'error', ...(line ? { line } : {}) });

  it.each([
    ['empty', '', error('the article is empty')],
    ['whitespace only', ' \n\t\n\u00a0 \r\n', error('the article contains only whitespace')],
    ['a BOM and nothing else', '\ufeff\n', error('the article contains only whitespace')],
    ['NUL bytes', `Headline of the day\n\n${P1}\u0000\u0000\n`, error('looks like binary data, not text: it contains NUL bytes', 3)],
    [
      'replacement characters',
      `Headline of the day\n${P1} caf\ufffd\n`,
      error('contains U+FFFD replacement characters: it was not valid text in its encoding; save it as UTF-8', 2),
    ],
    [
      'mostly control characters',
      `${P1}\u0001\u0002\u0003\u0004\u0005\u0006`,
      error('looks like binary data, not text: 6.9% of its characters are control characters'),
    ],
  ])('%s → one error, an empty article', (_name, text, expected) => {
    const { value, issues } = clean(text);
    expect(issues).toEqual([expected]);
    expect(value).toEqual({ title: '', titleFound: false, paragraphs: [], blocks: [] });
  });

  it('a form feed or a stray escape in long text is not binary', () => {
    expect(clean(`${P1}\f\n${P2}\u001b\n${P3}`).issues).toEqual([]);
  });

  it('only boilerplate → an error naming the file, and every block kept as removed', () => {
    const text = lines(
      '• Home',
      '• About',
      'Related posts',
      'Washington mulls another arms sale',
      '© 2015-2024 Example News',
      'This website uses cookies. By continuing to use this website you are giving consent to cookies being used.',
    );
    const { value, issues } = clean(text);
    expect(issues).toEqual([
      error('no body paragraphs left after cleaning: all 6 blocks look like navigation, page furniture or a headline (an article needs at least one line of prose)'),
    ]);
    expect(value.paragraphs).toEqual([]);
    expect(value.blocks.map((b) => [b.role, b.reason, b.paragraph])).toEqual([
      ['boilerplate', 'site navigation', null],
      ['boilerplate', 'site navigation', null],
      ['boilerplate', 'links to other articles ("Related posts")', null],
      ['boilerplate', 'links to other articles ("Related posts")', null],
      ['boilerplate', 'copyright footer', null],
      ['boilerplate', 'cookie banner', null],
    ]);
  });

  it('a headline alone is not an article', () => {
    expect(clean('China and US hold talks\n').issues.map((i) => i.message)).toEqual([
      'no body paragraphs left after cleaning: all 1 blocks look like navigation, page furniture or a headline (an article needs at least one line of prose)',
    ]);
  });
});

describe('cleanArticle: encodings and whitespace', () => {
  const text = lines('China and US hold military talks', '', P1, '', P2);

  it('CRLF and CR line endings give the same article as LF', () => {
    const lf = clean(text).value;
    expect(clean(text.replace(/\n/g, '\r\n')).value).toEqual(lf);
    expect(clean(text.replace(/\n/g, '\r')).value).toEqual(lf);
  });

  it('a BOM does not stick to the headline', () => {
    const { value } = clean(`\ufeff${text}`);
    expect(value.title).toBe('China and US hold military talks');
    expect(value.blocks[0]!.text).toBe('China and US hold military talks');
  });

  it('tabs and NBSPs become single spaces in paragraphs; blocks keep the raw line', () => {
    const raw = 'Chinese and\u00a0US defense officials\theld a  video call on Tuesday, the ministry said.  ';
    const { value } = clean(lines('China and US hold military talks', raw));
    expect(value.paragraphs).toEqual([P1]);
    expect(value.blocks[1]).toEqual({ role: 'body', text: raw, reason: '', paragraph: 0 });
  });

  it('joins a hard-wrapped paragraph back into one block', () => {
    const { value } = clean(lines(
      'China and US hold military talks',
      '',
      'Chinese and US defense officials held a video call on Tuesday,',
      'the ministry said, and agreed to talk again.',
      'A second paragraph starts here with a capital letter and a full stop.',
    ));
    expect(value.paragraphs).toEqual([
      'Chinese and US defense officials held a video call on Tuesday, the ministry said, and agreed to talk again.',
      'A second paragraph starts here with a capital letter and a full stop.',
    ]);
    expect(value.blocks[1]!.text).toBe('Chinese and US defense officials held a video call on Tuesday,\nthe ministry said, and agreed to talk again.');
  });
});

describe('cleanArticle: headline and what sits around it', () => {
  it('every non-blank line is a block, in order; body blocks index the paragraphs', () => {
    const text = lines('• Home', '', 'China and US hold military talks', '', P1, '', 'Subheading about the call', P2);
    const { value } = clean(text);
    expect(value.blocks.map((b) => b.text)).toEqual(text.split('\n').filter((l) => l.trim() !== ''));
    expect(value.blocks.map((b) => b.paragraph)).toEqual([null, null, 0, 1, 2]);
    expect(value.paragraphs).toEqual([P1, 'Subheading about the call', P2]);
  });

  it('the headline comes after the navigation; a row of menu words is not a headline', () => {
    expect(roles(lines('• Home', '• World', 'World News Politics Business Tech', 'Home > World > Asia', 'China and US hold military talks', P1))).toEqual([
      ['boilerplate', '• Home'],
      ['boilerplate', '• World'],
      ['boilerplate', 'World News Politics Business Tech'],
      ['boilerplate', 'Home > World > Asia'],
      ['headline', 'China and US hold military talks'],
      ['body', P1],
    ]);
  });

  it('headlines listed under "Trending" above the article are links, not the headline', () => {
    expect(roles(lines('Trending', 'Navy tests a new destroyer', 'Army parade in the capital', 'China and US hold military talks', P1))).toEqual([
      ['boilerplate', 'Trending'],
      ['boilerplate', 'Navy tests a new destroyer'],
      ['boilerplate', 'Army parade in the capital'],
      ['headline', 'China and US hold military talks'],
      ['body', P1],
    ]);
  });

  it('a date above the headline is the page header; one just below it is the dateline', () => {
    const { value } = clean(lines('Thursday, June 12, 2025', 'China and US hold military talks', 'September 2, 2023', 'in General', P1));
    expect(value.blocks.map((b) => [b.role, b.reason])).toEqual([
      ['boilerplate', 'page header date: the day the page was saved, not the publication date'],
      ['headline', 'the headline'],
      ['dateline', 'publication date printed beside the headline'],
      ['boilerplate', 'category label'],
      ['body', ''],
    ]);
  });

  it('without a headline, only a date just above the body is a dateline', () => {
    const { value } = clean(lines('June 12, 2025', '• Home', '• World', '• Politics', 'September 2, 2023', P1));
    expect(value.blocks.map((b) => b.role)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'dateline', 'body']);
    expect(value.blocks[0]!.reason).toBe('page header date: the day the page was saved, not the publication date');
  });

  it('a dek and summary bullets under the headline stay, bullets stripped; short furniture goes', () => {
    const { value } = clean(lines(
      'China and US hold military talks',
      "US Assistant Defense Secretary 'Concerned'",
      '  • Telephone call in January being considered, sources say',
      'Reading Time: 3 mins read',
      'A A',
      '319',
      'SHARES',
      'Share on FacebookShare on Twitter',
      P1,
    ));
    expect(value.title).toBe('China and US hold military talks');
    expect(value.paragraphs).toEqual([
      "US Assistant Defense Secretary 'Concerned'",
      'Telephone call in January being considered, sources say',
      P1,
    ]);
    expect(value.blocks.filter((b) => b.role === 'boilerplate').map((b) => b.reason)).toEqual([
      'reading time',
      'text-size buttons',
      'counter (shares, views or comments)',
      'counter (shares, views or comments)',
      'share buttons',
    ]);
  });

  it('drops a photo credit', () => {
    expect(roles(lines('China and US hold military talks', '▲Photo: VCG', P1, 'Photo: Reuters', P2))).toEqual([
      ['headline', 'China and US hold military talks'],
      ['boilerplate', '▲Photo: VCG'],
      ['body', P1],
      ['boilerplate', 'Photo: Reuters'],
      ['body', P2],
    ]);
  });

  it('without a headline, the title is the lead’s first sentence; "U.S." and "Gen." do not end it', () => {
    const lead = 'Gen. Brown of the U.S. Air Force spoke with his counterpart on Thursday. It was their first call.';
    const { value } = clean(lines(lead, P2));
    expect(value.titleFound).toBe(false);
    expect(value.title).toBe('Gen. Brown of the U.S. Air Force spoke with his counterpart on Thursday');
    expect(value.paragraphs).toEqual([lead, P2]);
    expect(value.blocks.map((b) => b.role)).toEqual(['body', 'body']);
  });
});

describe('cleanArticle: scraped previews', () => {
  it('the first copy of lines repeated below is the duplicate (lead paragraphs)', () => {
    const { value } = clean(lines(P1, P2, 'Subheading about the call', '', P1, P2, 'Subheading about the call', P3));
    expect(value.blocks.map((b) => [b.role, b.reason])).toEqual([
      ['duplicate', 'repeated below: scraped preview'],
      ['duplicate', 'repeated below: scraped preview'],
      ['duplicate', 'repeated below: scraped preview'],
      ['body', ''],
      ['body', ''],
      ['body', ''],
      ['body', ''],
    ]);
    expect(value.paragraphs).toEqual([P1, P2, 'Subheading about the call', P3]);
    expect(value.titleFound).toBe(false);
  });

  it('the first copy of a headline with its bullets is the duplicate', () => {
    const top = ['China and US hold military talks', '', '  • Talks in January being considered, sources say', '  • Arms control among the topics'];
    const { value } = clean(lines(...top, '', ...top, '', P1, P2));
    expect(value.blocks.map((b) => b.role)).toEqual(['duplicate', 'duplicate', 'duplicate', 'headline', 'body', 'body', 'body', 'body']);
    expect(value.title).toBe('China and US hold military talks');
    expect(value.paragraphs).toEqual(['Talks in January being considered, sources say', 'Arms control among the topics', P1, P2]);
  });

  it('a teaser cut off with "…" counts as a repeat of its line', () => {
    const { value } = clean(lines('China and US hold military talks', 'Chinese and US defense officials held a video call on Tuesday…', '', 'China and US hold military talks', P1, P2));
    expect(value.blocks.map((b) => b.role)).toEqual(['duplicate', 'duplicate', 'headline', 'body', 'body']);
  });

  it('a short line printed twice (a site name) is not a preview', () => {
    expect(roles(lines('Example News', 'China and US hold military talks', P1, 'Example News')).map((r) => r[0])).toEqual([
      'boilerplate',
      'headline',
      'body',
      'outlet',
    ]);
  });
});

describe('cleanArticle: after the body', () => {
  it('a "You Might Also Like" list inside the body is dropped and the body resumes', () => {
    const { value } = clean(lines(
      'China and US hold military talks',
      P1,
      'You Might Also Like',
      'H-6 and Y-20 Deployed to South China Sea Ahead of Security Forum',
      'Egypt Negotiates with China on Submarine Purchase',
      P2,
    ));
    expect(value.paragraphs).toEqual([P1, P2]);
    expect(value.blocks.slice(2, 5).map((b) => [b.role, b.reason])).toEqual([
      ['boilerplate', 'links to other articles ("You Might Also Like")'],
      ['boilerplate', 'links to other articles ("You Might Also Like")'],
      ['boilerplate', 'links to other articles ("You Might Also Like")'],
    ]);
  });

  it('an outlet signature, a "Related posts" list, and a subheading that stays', () => {
    expect(roles(lines('China and US hold military talks', P1, 'What comes next', P2, 'Global Times', 'Related posts', 'Washington mulls another arms sale', 'Teaser that ends in the middle of a sentence and is cut off...'))).toEqual([
      ['headline', 'China and US hold military talks'],
      ['body', P1],
      ['body', 'What comes next'],
      ['body', P2],
      ['outlet', 'Global Times'],
      ['boilerplate', 'Related posts'],
      ['boilerplate', 'Washington mulls another arms sale'],
      ['boilerplate', 'Teaser that ends in the middle of a sentence and is cut off...'],
    ]);
  });

  it('everything from "Tags:" on is dropped, prose included', () => {
    const { value } = clean(lines('China and US hold military talks', P1, 'Source: Lianhe Zaobao', 'Tags: China-US tensions', 'Previous Post', P2, 'Leave a Reply Cancel reply', 'Your email address will not be published.'));
    expect(value.paragraphs).toEqual([P1]);
    expect(value.blocks.slice(2).map((b) => [b.role, b.reason])).toEqual([
      ['source', 'original source: the outlet the article was taken from'],
      ['boilerplate', 'tags'],
      ['boilerplate', 'links to the previous and next posts'],
      ['boilerplate', 'links to the previous and next posts'],
      ['boilerplate', 'comment box'],
      ['boilerplate', 'comment box'],
    ]);
  });

  it('a byline is set aside; a sentence that starts with "By" is not a byline', () => {
    const by = 'By the end of the year, the two militaries will hold a video conference.';
    expect(roles(lines('China and US hold military talks', 'By Jane Doe and John Roe', P1, by, 'Authors: Catherine Wong, Reuters'))).toEqual([
      ['headline', 'China and US hold military talks'],
      ['byline', 'By Jane Doe and John Roe'],
      ['body', P1],
      ['body', by],
      ['byline', 'Authors: Catherine Wong, Reuters'],
    ]);
  });

  it('the site name in the header is the outlet when the copyright line names it', () => {
    expect(roles(lines('• Home', 'EXAMPLE-NEWS', 'China and US hold military talks', P1, 'Tags', '© 2015-2024 Example-News')).map((r) => r[0])).toEqual([
      'boilerplate',
      'outlet',
      'headline',
      'body',
      'boilerplate',
      'boilerplate',
    ]);
  });
});

describe('cleanArticle on the seeds (facts checked by hand against the text)', () => {
  const seed = (stem: string) => clean(readFileSync(join(PROJECT_ROOT, 'seeds', `${stem}.txt`), 'utf8')).value;
  const block = (blocks: { text: string }[], text: string) => blocks.find((b) => b.text.trim() === text);

  it('000: headline, photo credit, signature, related posts', () => {
    const a = seed('000_ad52e1e9c47da241');
    expect(a.title).toBe('China, US hold military talks for crisis communication; ‘October Surprise’ a rumor: Chinese MOD');
    expect(a.titleFound).toBe(true);
    expect(block(a.blocks, '▲Photo: VCG')).toMatchObject({ role: 'boilerplate', reason: 'photo credit' });
    expect(block(a.blocks, 'Global Times')).toMatchObject({ role: 'outlet', paragraph: null });
    expect(block(a.blocks, 'Related posts')).toMatchObject({ role: 'boilerplate' });
    expect(a.paragraphs).toHaveLength(9);
    expect(a.paragraphs.at(-1)).toMatch(/^“China is willing .* the spokesperson said\.$/);
  });

  it('001: no headline; both subheadings stay in the body', () => {
    const a = seed('001_20d88a0b9a200e20');
    expect(a.titleFound).toBe(false);
    expect(a.title).toBe('Senior military officials from the United States and China held a virtual meeting on Thursday');
    expect(a.paragraphs[4]).toBe('US stressed maintaining open lines of military-to-military communications');
    expect(a.paragraphs[9]).toBe('China asks US to respect its territorial sovereignty and maritime rights');
    expect(a.blocks.every((b) => b.role === 'body')).toBe(true);
  });

  it('002: the dek stays in the body', () => {
    const a = seed('002_f6827184a85c8d0d');
    expect(a.title).toBe('The US Attempts To Thaw Frozen Defense Talks With China');
    expect(a.paragraphs[0]).toBe("US Assistance Defense Secretary 'Concerned'");
  });

  it('003: header date, dateline, inline list, and nothing from "Tags:" on', () => {
    const a = seed('003_209ec3550312bc1b');
    expect(block(a.blocks, 'Thursday, June 12, 2025')).toMatchObject({
      role: 'boilerplate',
      reason: 'page header date: the day the page was saved, not the publication date',
    });
    expect(block(a.blocks, 'September 2, 2023')).toMatchObject({ role: 'dateline' });
    expect(block(a.blocks, 'Source: Lianhe Zaobao')).toMatchObject({ role: 'source' });
    expect(a.paragraphs.some((p) => p.startsWith('H-6 and Y-20'))).toBe(false);
    const tags = a.blocks.findIndex((b) => b.text === 'Tags: China-US tensions');
    expect(a.blocks.slice(tags).filter((b) => b.role !== 'boilerplate')).toEqual([]);
    expect(a.paragraphs).toHaveLength(17);
  });

  it('004: bullets kept without their marker; byline; no duplicates', () => {
    const a = seed('004_e63b7962d350ce36');
    expect(a.title).toBe('China, US set for meeting of top military officials amid Taiwan tensions');
    expect(a.paragraphs.slice(0, 2)).toEqual([
      'Telephone call in January being considered after consensus was reached during Xi-Biden summit on setting up discussions, sources say',
      'Arms control predicted to be among the main topics of discussion in the proposed talks',
    ]);
    expect(block(a.blocks, 'Authors: Catherine Wong, Minnie Chan, Reuters')).toMatchObject({ role: 'byline' });
    expect(block(a.blocks, 'You might also like')).toMatchObject({ role: 'boilerplate' });
    expect(a.blocks.filter((b) => b.role === 'duplicate')).toEqual([]);
  });
});
