import { describe, expect, it } from 'vitest';
import { ActorInput } from '../../../../pipeline/input-schemas.ts';
import { compileMentionMatcher, findMentions } from '../../../../pipeline/steps/mentions.ts';

const actor = (a: Partial<ActorInput> & { id: string; name: string }) =>
  ActorInput.parse({ side: 'us', kind: 'military-officer', ...a });

const registry = [
  actor({ id: 'charles-brown', name: 'Charles Q. Brown', shortNames: ['Brown'] }),
  actor({ id: 'xu-qiliang', name: 'Xu Qiliang', side: 'prc', shortNames: ['Xu'] }),
  actor({ id: 'xu-qiling', name: 'Xu Qiling', side: 'prc', shortNames: ['Xu'] }),
  actor({ id: 'ely-ratner', name: 'Ely Ratner', kind: 'civilian-official', shortNames: ['Ratner'], misspellings: [{ text: 'Rather', onlyIn: ['art-2'] }] }),
  actor({ id: 'prc-mnd', name: 'Ministry of National Defense', side: 'prc', kind: 'organization', aliases: ['Defence Ministry'] }),
  actor({ id: 'cmc', name: 'Central Military Commission', side: 'prc', kind: 'organization', aliases: ['CMC'] }),
  actor({ id: 'cmc-jsd', name: 'Joint Staff Department of the Central Military Commission', side: 'prc', kind: 'organization' }),
  actor({ id: 'pla', name: "People's Liberation Army", side: 'prc', kind: 'organization', aliases: ['PLA'] }),
];
const matcher = compileMentionMatcher(registry);
const found = (paragraphs: string[], articleId = 'art-1') =>
  findMentions(paragraphs, matcher, articleId).map((m) => [m.actorId, paragraphs[m.paragraph]!.slice(m.start, m.end), m.match]);

describe('findMentions', () => {
  it('finds full names with offsets into their paragraph', () => {
    const paragraphs = ['Intro.', 'General Charles Q. Brown spoke.'];
    const [m] = findMentions(paragraphs, matcher, 'art-1');
    expect(m).toEqual({ actorId: 'charles-brown', paragraph: 1, start: 8, end: 24, match: 'name' });
  });

  it('links a surname once the article names the actor in full, possessive included', () => {
    expect(found(['Charles Q. Brown met Liu.', 'Brown’s office said so.'])).toEqual([
      ['charles-brown', 'Charles Q. Brown', 'name'],
      ['charles-brown', 'Brown', 'surname'],
    ]);
  });

  it('does not link a surname in an article that never names the actor in full', () => {
    expect(found(['Brown said the talks went well.'])).toEqual([]);
  });

  it('keeps two people with near-identical names apart', () => {
    expect(found(['Xu Qiling led a delegation.', 'Xu Qiliang did not.'])).toEqual([
      ['xu-qiling', 'Xu Qiling', 'name'],
      ['xu-qiliang', 'Xu Qiliang', 'name'],
    ]);
  });

  it('resolves a shared surname only when one of its owners is named in full', () => {
    expect(found(['Xu Qiliang is vice-chairman.', 'The US wants to meet Xu.'])).toEqual([
      ['xu-qiliang', 'Xu Qiliang', 'name'],
      ['xu-qiliang', 'Xu', 'surname'],
    ]);
    // Both named: a bare "Xu" is ambiguous and stays unlinked.
    expect(found(['Xu Qiliang and Xu Qiling.', 'Xu said.']).map((m) => m[1])).toEqual(['Xu Qiliang', 'Xu Qiling']);
  });

  it('links a scoped misspelling only in the article it occurs in', () => {
    expect(found(['Ely Ratner spoke.', 'Rather discussed it.'], 'art-2')).toContainEqual(['ely-ratner', 'Rather', 'misspelling']);
    expect(found(['Ely Ratner spoke.', 'Rather than talk, they left.'], 'art-1')).toEqual([['ely-ratner', 'Ely Ratner', 'name']]);
  });

  it('ignores case in several-word names but not in one-word names', () => {
    expect(found(['the defence ministry spokesman'])).toEqual([['prc-mnd', 'defence ministry', 'alias']]);
    expect(found(['a pla unit and the PLA'])).toEqual([['pla', 'PLA', 'alias']]);
  });

  it('matches straight and curly apostrophes alike', () => {
    expect(found(['the People’s Liberation Army'])).toEqual([['pla', 'People’s Liberation Army', 'name']]);
  });

  it('does not match inside a longer word', () => {
    expect(found(['CMCs and PLAN exercises'])).toEqual([]);
  });

  it('takes the leftmost, longest match where names overlap', () => {
    expect(found(['the Joint Staff Department of the Central Military Commission (CMC)'])).toEqual([
      ['cmc-jsd', 'Joint Staff Department of the Central Military Commission', 'name'],
      ['cmc', 'CMC', 'alias'],
    ]);
  });

  it('matches across a line break or double space inside a name', () => {
    expect(found(['Central  Military Commission'])).toEqual([['cmc', 'Central  Military Commission', 'name']]);
  });
});
