import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../pipeline/steps/clean.ts';
import { extractMetadata } from '../../../../pipeline/steps/metadata.ts';
import { findPublicationDate, parseDateLine } from '../../../../pipeline/steps/publication-date.ts';

// The page furniture of news sites other than the seeds' (wire services, state media, the
// Pentagon, a blog), as found by the ingest evaluation (test/ingest-eval/). General rules,
// each with the kind of line it is for; the evaluation measures them on whole articles.

const P1 = 'U.S. and Chinese defense officials held a video call on Tuesday, the ministry said in a statement.';
const P2 = 'The two sides agreed to keep the channel open and to meet again before the end of the year.';
const clean = (...lines: string[]) => cleanArticle(lines.join('\n'), 'seeds/test.txt').value;
const role = (lines: string[], line: string) => clean(...lines).blocks.find((b) => b.text === line)?.role;

describe('parseDateLine: date lines as sites print them', () => {
  it.each([
    ['May 31, 20248:05 PM GMT+8Updated May 31, 2024', '2024-05-31'],
    ['Updated 5:48 PM EDT, September 10, 2024', '2024-09-10'],
    ['Published: 7:40pm, 29 Aug 2024', '2024-08-29'],
    ['April 16, 2024 |', '2024-04-16'],
    ['Posted on December 12, 2024 by Rebecca Lindqvist', '2024-12-12'],
    ['(Xinhua) 09:08, August 07, 2020', '2020-08-07'],
    ['Source: Xinhua| 2024-01-10 10:12:45|Editor: huaxia', '2024-01-10'],
    ['By ZHAO LEI | China Daily | Updated: 2025-09-11 07:16', '2025-09-11'],
    ['KYODO NEWS - May 28, 2024 - 12:34 | World, All', '2024-05-28'],
    ['Thu, Sep 16, 2021 - page 7', '2021-09-16'],
  ])('%s', (line, date) => {
    expect(parseDateLine(line)?.date).toBe(date);
  });

  it.each(['US, China hold talks | World News', 'Talks resume - a new start for both militaries', 'Updated guidance on May 3, 2024 for all staff'])('not a date line: %s', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('cleanArticle: the headline is the line above the byline or date', () => {
  it('not a tagline or promotion higher up', () => {
    const c = clean('Exclusive news, data and analytics for professionals', 'Asia Pacific', 'US and China hold military talks', 'By Jane Roe', 'May 31, 2024', P1);
    expect(c.title).toBe('US and China hold military talks');
  });

  it('not a dek or a line of author names below it, nor a topic label above it', () => {
    const c = clean('Japan, U.S., China', 'US and China hold military talks in Singapore', 'The dek says more about what happened there', 'Mark Magnier and Jiaxing Li', 'Published: 7:40pm, 29 Aug 2024', P1);
    expect(c.title).toBe('US and China hold military talks in Singapore');
    expect(extractMetadata(c).authors.value).toEqual(['Mark Magnier', 'Jiaxing Li']);
    expect(c.paragraphs[0]).toBe('The dek says more about what happened there');
  });

  it('a dek written as a sentence stays, and the byline and date below it are found', () => {
    const c = clean('US and China hold military talks', 'The talks focused on how to reach the right person in the first hours of an incident.', 'By Jane Roe', 'Staff Reporter', 'DECEMBER 2, 2024', P1);
    expect(findPublicationDate(c).published).toMatchObject({ date: '2024-12-02', basis: 'stated' });
    expect(c.paragraphs).toEqual(['The talks focused on how to reach the right person in the first hours of an incident.', P1]);
  });

  it('an author and the outlet on the line below: "Tessa Wong / BBC News"', () => {
    const c = clean('US and China hold military talks', '22 December 2023', 'Tessa Wong', 'BBC News', P1, 'Copyright 2023 BBC. All rights reserved. The BBC is not responsible for external sites.');
    expect(extractMetadata(c).authors.value).toEqual(['Tessa Wong']);
    expect(extractMetadata(c).outlet.value).toBe('BBC News');
  });
});

describe('cleanArticle: site furniture', () => {
  const page = (line: string) => ['US and China hold military talks', 'May 31, 2024', P1, line, P2];
  it.each([
    'U.S. Secretary of Defense Lloyd Austin meets Dong Jun in Singapore, May 31, 2024. REUTERS/Edgar Su Purchase Licensing Rights, opens new tab',
    'FILE - Adm. Samuel Paparo speaks in Hawaii, May 3, 2024. (AP Photo/Marco Garcia, File)',
    'A Chinese naval vessel sails in the South China Sea. Photo: VCG',
    'U.S. and Chinese vessels have had close encounters. (Photo courtesy of U.S. Indo-Pacific Command)',
    'Reporting by Greg Torode in Singapore; Editing by Lincoln Feast.',
    'Associated Press writer Didi Tang contributed from Washington.',
    'The Associated Press is an independent global news organization dedicated to factual reporting.',
    'Stars and Stripes is an editorially independent, First Amendment-compliant newspaper publication.',
    'Join ST’s Telegram channel and get the latest breaking news delivered to you.',
    'Sign up to receive a daily email of today’s top military news stories.',
    '(Web editor: Xian Jiangnan, Liang Jun)',
    'ADVERTISEMENT',
    '___',
    'Click to share on X (Opens in new window)',
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.',
  ])('%s', (line) => {
    expect(role(page(line), line)).toBe('boilerplate');
  });

  it('the US government banner above the headline is not the headline', () => {
    const c = clean('An official website of the United States government', "Here's how you know", 'Readout of the Secretary of Defense call with his Chinese counterpart', 'April 16, 2024 |', P1);
    expect(c.title).toBe('Readout of the Secretary of Defense call with his Chinese counterpart');
  });

  it('a long copyright notice ends the article; a comment count does too', () => {
    const c = clean('US and China hold military talks', 'May 31, 2024', P1, '3 thoughts on “US and China hold military talks”', 'Great piece, but what about the hotline and the rest of it?', P2);
    expect(c.paragraphs).toEqual([P1]);
    const d = clean('US and China hold military talks', 'May 31, 2024', P1, 'Copyright 1995 - 2025. All rights reserved. The content published in this site belongs to the company and shall not be republished.', P2);
    expect(d.paragraphs).toEqual([P1]);
  });

  it('short lines below the last paragraph are page furniture, not subheadings', () => {
    const c = clean('US and China hold military talks', 'May 31, 2024', P1, 'Read 3 articles and stand to win rewards', 'Spin the wheel now');
    expect(c.paragraphs).toEqual([P1]);
  });

  it('a teaser question in a list of links is a link', () => {
    const c = clean('US and China hold military talks', 'May 31, 2024', P1, 'More on this story', 'What did Biden and Xi agree at their summit in California?');
    expect(c.paragraphs).toEqual([P1]);
  });
});
